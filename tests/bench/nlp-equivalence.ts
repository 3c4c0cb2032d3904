/**
 * `npx tsx tests/bench/nlp-equivalence.ts [--quick] [--runs N]`: checks that `readTerms` (lib/analysis/nlp.ts) gives
 * exactly the terms that plain compromise gives (`nlp(text)` + `compute('root')` + `json()`, the reader we started
 * with, kept below as the reference), and times both.
 *
 * Texts: invented essays (tests/bench/prose.ts) and a few made-up awkward sentences, plus, when the shared corpus
 * is beside the repo, the sentences of dev.jsonl and CEReD train/val read at run time (never copied). Everything is
 * split into sentences the way the engine does, since the engine reads one sentence at a time.
 *
 * Prints counts of term-level differences in text/normal/root/start/end/pre/post, in the tags our code reads, and in
 * all tags; then CPU ms per 1,000 words for each reader (warm, median of several runs). Exit code 1 on any difference.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise/two';
import { readTerms, readTermsWith, termsOf, type RawTerm, type Term } from '../../lib/analysis/nlp';
import { splitSentences } from '../../lib/analysis/sentences';
import { CORPUS_DIR, loadCered, loadDev } from '../eval/corpus';
import { generateEssay, roughWords } from './prose';
import { cpuMs, median } from './stats';

/** Every tag lib/ reads (grep lib for hasTag / tags.includes / has(term, ...)), plus close relatives. */
const READ_TAGS = [
  'Verb', 'Noun', 'Adjective', 'Adverb', 'Pronoun', 'PastTense', 'PresentTense', 'FutureTense', 'Modal', 'Auxiliary',
  'Copula', 'Participle', 'Passive', 'Gerund', 'Infinitive', 'Preposition', 'Determiner', 'Negative', 'Conjunction',
  'PhrasalVerb', 'Expression', 'Plural', 'QuestionWord', 'Possessive', 'ProperNoun', 'Value', 'Person', 'Acronym',
];

/** Made-up sentences that poke at tokenising and tagging corners (contractions, numbers, dates, urls, emoji...). */
const AWKWARD: readonly string[] = [
  "I'd've stayed longer if they'd asked, but it wasn't my call.",
  'On 3 March 2024 at 2:30pm we spent £12.50 on tea for 14 people at St. Mary’s.',
  'See https://example.org/peer-support or email me at sam@example.com before Friday.',
  'The volunteers who were trained by the NHS team in Leeds felt well-supported 😊 and ready.',
  '"Why," she asked, "would anyone want to listen to me?" — and I didn’t have an answer.',
  'It’s been three weeks; I’ve learned that silence is okay, that hope matters, and that I can wait.',
  'Dr. Patel and Mr O’Neill from the U.K. office said it was 50% better than last year’s.',
  'Going forward, I will utilise supervision more, endeavour to pause, and commence each session calmly.',
  'Was I being judged, or was I judging myself?',
  'Wow!!! That was... well, unexpected (and a bit scary), honestly.',
  'the volunteers arrived late and the group was cancelled by the manager',
  'WE WERE TOLD TO WAIT OUTSIDE UNTIL 10 O’CLOCK.',
  'I—finally—spoke up; they listened; nobody laughed.',
  'Next week I’m going to try sitting with the discomfort instead of fixing it.',
  `${'I listened and waited and noticed how the room felt, '.repeat(60)}and then I spoke.`,
];

interface Source {
  name: string;
  sentences: string[];
}

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

function loadSources(quick: boolean): Source[] {
  const sources: Source[] = [];
  const essays: string[] = [];
  const sizes = quick ? [3000, 5000] : [3000, 5000, 8000, 12000, 20000];
  sizes.forEach((words, i) => essays.push(generateEssay(words, 11 + i)));
  sources.push({ name: 'invented essays', sentences: essays.flatMap(sentencesOf) });
  sources.push({ name: 'awkward sentences', sentences: [...AWKWARD] });
  if (existsSync(resolve(CORPUS_DIR, 'dev.jsonl'))) {
    sources.push({ name: 'dev.jsonl', sentences: loadDev().flatMap((e) => sentencesOf(e.text)) });
    const train = loadCered('train');
    const val = quick ? [] : loadCered('val');
    const rows = quick ? train.slice(0, 1500) : [...train, ...val];
    sources.push({ name: 'CEReD sentences', sentences: rows.map((r) => r.sentence).filter(Boolean) });
    // The eval reads val sentences inside their contexts; a sample of train contexts adds more varied text.
    if (!quick) sources.push({ name: 'CEReD contexts', sentences: [...val, ...train.slice(0, 1500)].flatMap((r) => sentencesOf(r.context ?? '')) });
  } else {
    console.log(`(no shared corpus at ${CORPUS_DIR}: invented text only)`);
  }
  return sources;
}

// ---- reference: the reader as first written (plain nlp() + compute('root') + json()) ----

function referenceReadTerms(text: string): Term[] {
  return readTermsWith(text, referencePiece);
}

function referencePiece(text: string, shift: number): Term[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  let json: { terms: RawTerm[] }[];
  try {
    const doc = nlp(text);
    doc.compute('root');
    json = doc.json({ offset: true, terms: { offset: true } }) as { terms: RawTerm[] }[];
  } catch {
    return [];
  }
  return termsOf(json.map((sentence) => sentence.terms), text, shift);
}

// ---- comparison ----

interface Diffs {
  sentences: number;
  terms: number;
  termCountMismatch: number;
  fields: Record<string, number>;
  readTags: number;
  allTags: number;
  examples: string[];
}

const FIELDS = ['text', 'normal', 'root', 'start', 'end', 'pre', 'post'] as const;

function compare(sentences: string[], diffs: Diffs): void {
  for (const sentence of sentences) {
    const want = referenceReadTerms(sentence);
    const got = readTerms(sentence);
    diffs.sentences++;
    if (want.length !== got.length) {
      diffs.termCountMismatch++;
      if (diffs.examples.length < 12) diffs.examples.push(`term count ${want.length} → ${got.length}: ${sentence.slice(0, 100)}`);
      continue;
    }
    for (let i = 0; i < want.length; i++) {
      const a = want[i];
      const b = got[i];
      diffs.terms++;
      for (const f of FIELDS) {
        if (a[f] !== b[f]) {
          diffs.fields[f] = (diffs.fields[f] ?? 0) + 1;
          if (diffs.examples.length < 12) diffs.examples.push(`${f} of "${a.text}": ${a[f]} → ${b[f]}`);
        }
      }
      const tagsA = [...a.tags].sort().join(' ');
      const tagsB = [...b.tags].sort().join(' ');
      if (tagsA !== tagsB) {
        diffs.allTags++;
        const readA = READ_TAGS.filter((t) => a.tags.includes(t)).join(' ');
        const readB = READ_TAGS.filter((t) => b.tags.includes(t)).join(' ');
        if (readA !== readB) diffs.readTags++;
        if (diffs.examples.length < 12) diffs.examples.push(`tags of "${a.text}" in "${sentence.slice(0, 80)}": [${tagsA}] → [${tagsB}]`);
      }
    }
  }
}

function timeReader(read: (s: string) => Term[], sentences: string[]): number {
  const start = cpuMs();
  for (const s of sentences) read(s);
  return cpuMs() - start;
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
  const sources = loadSources(quick);
  let failed = false;
  for (const source of sources) {
    const diffs: Diffs = { sentences: 0, terms: 0, termCountMismatch: 0, fields: {}, readTags: 0, allTags: 0, examples: [] };
    compare(source.sentences, diffs);
    const fieldDiffs = Object.values(diffs.fields).reduce((a, b) => a + b, 0);
    const bad = diffs.termCountMismatch + fieldDiffs + diffs.allTags;
    if (bad) failed = true;
    console.log(
      `${source.name.padEnd(18)} sentences ${String(diffs.sentences).padStart(6)}  terms ${String(diffs.terms).padStart(7)}  ` +
        `count-mismatch ${diffs.termCountMismatch}  field diffs ${fieldDiffs}  read-tag diffs ${diffs.readTags}  all-tag diffs ${diffs.allTags}`,
    );
    for (const e of diffs.examples) console.log(`    ${e}`);
  }

  // Timing: warm (one untimed pass each), then alternate runs so machine load hits both alike.
  const timed = sources.filter((s) => s.name !== 'awkward sentences').flatMap((s) => s.sentences);
  const words = timed.reduce((n, s) => n + roughWords(s), 0);
  timeReader(referenceReadTerms, timed);
  timeReader(readTerms, timed);
  const ref: number[] = [];
  const cand: number[] = [];
  for (let r = 0; r < runs; r++) {
    ref.push(timeReader(referenceReadTerms, timed));
    cand.push(timeReader(readTerms, timed));
  }
  const perK = (ms: number) => ((ms / words) * 1000).toFixed(1);
  console.log(
    `timing over ${timed.length} sentences, ${words} words, median of ${runs} warm runs (CPU): ` +
      `reference ${perK(median(ref))} ms/1000 words, readTerms ${perK(median(cand))} ms/1000 words ` +
      `(×${(median(ref) / median(cand)).toFixed(2)})`,
  );
  process.exitCode = failed ? 1 : 0;
}

main();
