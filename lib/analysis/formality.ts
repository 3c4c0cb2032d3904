/**
 * Heylighen & Dewaele (1999) formality: F = (noun + adjective + preposition + article − pronoun − verb − adverb
 * − interjection + 100) / 2, each a percentage of the words. Deictic (context-bound) speech scores low, explicit
 * written prose high. Counts are kept per sentence so the incremental engine can add them up cheaply.
 */
import type { Term } from './nlp';
import type { FormalityReport } from './types';

export interface PosCounts {
  words: number;
  formal: number; // nouns + adjectives + prepositions + articles
  deictic: number; // pronouns + verbs + adverbs + interjections
}

const ARTICLES = new Set(['a', 'an', 'the']);

export function countPos(terms: Term[]): PosCounts {
  const counts: PosCounts = { words: 0, formal: 0, deictic: 0 };
  for (const t of terms) {
    if (!/[\p{L}]/u.test(t.text)) continue;
    counts.words++;
    const tags = t.tags;
    if (tags.includes('Pronoun') || tags.includes('Verb') || tags.includes('Adverb') || tags.includes('Expression')) {
      counts.deictic++;
    } else if (
      tags.includes('Noun') ||
      tags.includes('Adjective') ||
      tags.includes('Preposition') ||
      ARTICLES.has(t.normal)
    ) {
      counts.formal++;
    }
  }
  return counts;
}

export function formalityOf(counts: PosCounts): FormalityReport {
  if (counts.words === 0) return { score: 50, label: 'balanced' };
  const score = Math.round(((100 * (counts.formal - counts.deictic)) / counts.words + 100) / 2);
  // Thresholds from the paper's genres: conversation ≈ 40-45, essays/reflection ≈ 55, academic/official ≥ 65.
  const label = score < 50 ? 'plain' : score < 62 ? 'balanced' : 'formal';
  return { score, label };
}
