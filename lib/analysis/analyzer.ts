/**
 * The engine. Work is split in two so that re-analysis after an edit is cheap:
 *  1. per sentence, context-free and cached by the sentence's text: NLP terms, classifier features, word and
 *     part-of-speech counts, and the findings of sentence rules (the expensive part: compromise);
 *  2. per essay, every time: sentence splitting, the contextual classification, section tallies and essay rules
 *     (cheap bookkeeping over cached facts).
 * `createAnalyzer().update(text)` keeps the cache between calls; `analyze(text)` is a fresh analyzer, so both give
 * exactly the same report for the same text and options.
 */
import { DEFAULT_FRAMEWORK, getFramework, type Framework } from '../frameworks';
import { ESSAY_RULES, SENTENCE_RULES } from '../rules';
import type { EssayInput, LocalFinding, ResolvedOptions } from '../rules/types';
import { classifySentences, readSentenceFeatures, type SentenceFeatures } from './classify';
import { countPos, formalityOf, type PosCounts } from './formality';
import { readTerms, type Term } from './nlp';
import { splitSentences } from './sentences';
import type { AnalyzeOptions, Finding, Report, RuleId, SectionReport, SentenceReport } from './types';
import { countWords } from './words';

const ALL_RULES_ON: Record<RuleId, boolean> = {
  passive: true,
  formal: true,
  'long-sentence': true,
  'missing-section': true,
  impersonal: true,
};

/** A sentence needs this many words to make its section present ("Next time." alone does not). */
const SUBSTANTIVE_WORDS = 3;

interface SentenceFacts {
  terms: Term[];
  features: SentenceFeatures;
  words: number;
  pos: PosCounts;
  /** Sentence-rule findings, offsets relative to the sentence. */
  findings: (LocalFinding & { rule: RuleId })[];
}

export interface Analyzer {
  /** Analyse `text`, reusing everything already known about unchanged sentences. */
  update(text: string): Report;
  /** Number of cached sentences (for tests and the benchmark). */
  readonly cacheSize: number;
}

export function resolveOptions(options: AnalyzeOptions = {}): { resolved: ResolvedOptions; framework: Framework } {
  const framework =
    typeof options.framework === 'object' && options.framework !== null
      ? options.framework
      : (getFramework(options.framework) ?? DEFAULT_FRAMEWORK);
  return {
    framework,
    resolved: {
      spelling: options.spelling === 'us' ? 'us' : 'uk',
      longSentenceWords: options.longSentenceWords ?? 35,
      rules: { ...ALL_RULES_ON, ...(options.rules ?? {}) },
    },
  };
}

export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const { resolved, framework } = resolveOptions(options);
  const sentenceRules = SENTENCE_RULES.filter((r) => resolved.rules[r.id]);
  const essayRules = ESSAY_RULES.filter((r) => resolved.rules[r.id]);
  let cache = new Map<string, SentenceFacts>();

  function factsOf(sentence: string): SentenceFacts {
    const hit = cache.get(sentence);
    if (hit) return hit;
    const terms = readTerms(sentence);
    const input = { text: sentence, terms };
    const findings: SentenceFacts['findings'] = [];
    for (const rule of sentenceRules) {
      for (const f of rule.check(input, resolved)) findings.push({ ...f, rule: rule.id });
    }
    const facts: SentenceFacts = {
      terms,
      features: readSentenceFeatures(sentence, terms),
      words: countWords(sentence),
      pos: countPos(terms),
      findings,
    };
    cache.set(sentence, facts);
    return facts;
  }

  return {
    get cacheSize() {
      return cache.size;
    },
    update(input: string): Report {
      const text = typeof input === 'string' ? input : String(input ?? '');
      const previous = cache;
      const spans = splitSentences(text);
      // Keep only what this text still uses, so the cache never outgrows the document.
      cache = new Map();
      const facts = spans.map((span) => {
        const sentence = text.slice(span.start, span.end);
        const known = previous.get(sentence) ?? cache.get(sentence);
        if (known) {
          cache.set(sentence, known);
          return known;
        }
        return factsOf(sentence);
      });

      const decisions = classifySentences(
        spans.map((span, i) => ({
          text: text.slice(span.start, span.end),
          kind: span.kind,
          paragraph: span.paragraph,
          features: facts[i].features,
        })),
      );

      const sentences: SentenceReport[] = spans.map((span, i) => {
        const move = decisions[i]?.move ?? 'other';
        return {
          start: span.start,
          end: span.end,
          section: move === 'other' ? 'other' : framework.moves[move],
          move,
          cues: decisions[i]?.cues ?? [],
          words: facts[i].words,
        };
      });

      const sections = tallySections(framework, sentences);

      const sentenceFindings: Finding[] = [];
      spans.forEach((span, i) => {
        for (const f of facts[i].findings) {
          sentenceFindings.push({ ...f, start: f.start + span.start, end: f.end + span.start });
        }
      });

      const essay: EssayInput = {
        text,
        sentences,
        terms: facts.map((f) => f.terms),
        framework,
        findings: sentenceFindings,
        sections,
      };
      const essayFindings = essayRules.flatMap((rule) => rule.check(essay, resolved));

      const pos = facts.reduce<PosCounts>(
        (sum, f) => ({
          words: sum.words + f.pos.words,
          formal: sum.formal + f.pos.formal,
          deictic: sum.deictic + f.pos.deictic,
        }),
        { words: 0, formal: 0, deictic: 0 },
      );

      return {
        framework: framework.id,
        length: text.length,
        words: countWords(text),
        sentences,
        sections,
        findings: [...essayFindings.filter((f) => f.start === undefined), ...sortFindings([
          ...sentenceFindings,
          ...essayFindings.filter((f) => f.start !== undefined),
        ])],
        formality: formalityOf(pos),
      };
    },
  };
}

function tallySections(framework: Framework, sentences: SentenceReport[]): SectionReport[] {
  const classifiedWords = sentences.reduce((n, s) => (s.section === 'other' ? n : n + s.words), 0);
  return framework.sections.map((def) => {
    const mine = sentences.filter((s) => s.section === def.id);
    const words = mine.reduce((n, s) => n + s.words, 0);
    return {
      id: def.id,
      title: def.title,
      present: mine.some((s) => s.words >= SUBSTANTIVE_WORDS),
      sentences: mine.length,
      words,
      share: classifiedWords === 0 ? 0 : words / classifiedWords,
    };
  });
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0));
}

/** Analyse one text from scratch. Deterministic; never throws on any string. */
export function analyze(text: string, options?: AnalyzeOptions): Report {
  return createAnalyzer(options).update(text);
}
