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
import { classifySentences, isSectionWritten, readSentenceFeatures, type ClassifyItem, type SentenceFeatures } from './classify';
import { countPos, formalityOf, type PosCounts } from './formality';
import { readTerms, type Term } from './nlp';
import { splitSentences, type SentenceSpan } from './sentences';
import type { AnalyzeOptions, Finding, Report, RuleId, SectionReport, SentenceReport } from './types';
import { countWords } from './words';

const ALL_RULES_ON: Record<RuleId, boolean> = {
  passive: true,
  formal: true,
  'long-sentence': true,
  'missing-section': true,
  impersonal: true,
};


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
      for (const f of runRule(() => rule.check(input, resolved))) findings.push({ ...f, rule: rule.id });
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
      // One slice per sentence, shared by the cache lookup and the classifier (a 50,000-word text has ~3,000).
      const texts: string[] = new Array(spans.length);
      const facts: SentenceFacts[] = new Array(spans.length);
      for (let i = 0; i < spans.length; i++) {
        const sentence = text.slice(spans[i].start, spans[i].end);
        texts[i] = sentence;
        const known = previous.get(sentence) ?? cache.get(sentence);
        if (known) {
          cache.set(sentence, known);
          facts[i] = known;
        } else {
          facts[i] = factsOf(sentence);
        }
      }

      const items: ClassifyItem[] = new Array(spans.length);
      for (let i = 0; i < spans.length; i++) {
        items[i] = { text: texts[i], kind: spans[i].kind, paragraph: spans[i].paragraph, features: facts[i].features };
      }
      const decisions = classifySentences(items);

      const sentences: SentenceReport[] = new Array(spans.length);
      for (let i = 0; i < spans.length; i++) {
        const move = decisions[i]?.move ?? 'other';
        sentences[i] = {
          start: spans[i].start,
          end: spans[i].end,
          section: move === 'other' ? 'other' : framework.moves[move],
          move,
          cues: decisions[i]?.cues ?? [],
          grounded: decisions[i]?.grounded ?? false,
          words: facts[i].words,
        };
      }

      const sections = tallySections(framework, sentences);

      const sentenceFindings: Finding[] = [];
      for (let i = 0; i < spans.length; i++) {
        const shift = spans[i].start;
        // A heading names a topic ("What was learned", "Actions to Be Taken"); it is not prose to make active. A
        // lead-in line that ends in a colon is a sentence ("The following actions have been agreed:").
        const heading = spans[i].kind === 'heading' && !/:\s*$/.test(texts[i]);
        for (const f of facts[i].findings) {
          if (heading && f.rule === 'passive') continue;
          sentenceFindings.push({ ...f, start: f.start + shift, end: f.end + shift });
        }
      }

      const essay: EssayInput = {
        text,
        sentences,
        terms: facts.map((f) => f.terms),
        framework,
        findings: sentenceFindings,
        sections,
      };
      const essayFindings = essayRules.flatMap((rule) => runRule(() => rule.check(essay, resolved)));

      const pos: PosCounts = { words: 0, formal: 0, deictic: 0 };
      for (const f of facts) {
        pos.words += f.pos.words;
        pos.formal += f.pos.formal;
        pos.deictic += f.pos.deictic;
      }

      return {
        framework: framework.id,
        length: text.length,
        words: countTextWords(text, spans, facts),
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

/**
 * `countWords(text)`, without re-reading the sentences: the words of each sentence are cached, so only the gaps
 * between sentences (whitespace, list markers) are read. Exact, because a word can only run across a span edge
 * when the characters on both sides could belong to one word; if any edge looks like that, count the whole text.
 * (Counting a 50,000-word text with the regex took ~9 ms of each update.)
 */
function countTextWords(text: string, spans: SentenceSpan[], facts: SentenceFacts[]): number {
  let words = 0;
  let from = 0;
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i];
    if (start < from || !isWordEdge(text, start) || !isWordEdge(text, end)) return countWords(text);
    words += countGapWords(text, from, start) + facts[i].words;
    from = end;
  }
  return words + countGapWords(text, from, text.length);
}

/** Could a word (letters/digits joined by ' ’ -) run across offset `at`? Non-ASCII counts as "could". */
function isWordEdge(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  return !(mayJoinWord(text.charCodeAt(at - 1)) && mayJoinWord(text.charCodeAt(at)));
}

function mayJoinWord(c: number): boolean {
  return c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
}

/** Words in [from, to): usually whitespace only, so scan for a letter or digit before running the regex. */
function countGapWords(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      return countWords(text.slice(from, to));
    }
  }
  return 0;
}

/**
 * A rule that throws on some odd input loses its findings for that sentence or essay, not the whole report: the
 * engine promises never to throw, and the sections and other rules are still worth showing.
 */
function runRule<T>(check: () => T[]): T[] {
  try {
    return check();
  } catch {
    return [];
  }
}

function tallySections(framework: Framework, sentences: SentenceReport[]): SectionReport[] {
  const classifiedWords = sentences.reduce((n, s) => (s.section === 'other' ? n : n + s.words), 0);
  return framework.sections.map((def) => {
    const mine = sentences.filter((s) => s.section === def.id);
    const words = mine.reduce((n, s) => n + s.words, 0);
    return {
      id: def.id,
      title: def.title,
      present: isSectionWritten(mine, framework.sentencesToCount),
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
