/**
 * The engine's public data shapes. Everything here is plain JSON-serialisable data so a report can cross
 * a message channel (content script ⇄ background) or be printed by the CLI unchanged.
 *
 * Offsets are always UTF-16 code units into the analysed text (what `String.prototype.slice`, a DOM `Range`
 * and `setSelectionRange` use), end-exclusive.
 */

/** What a sentence is doing, finer than any one model's sections; frameworks map moves to sections. */
export type Move =
  | 'experience' // the event, its context, what people (incl. the writer) did or said
  | 'feeling' // the writer's emotional or bodily reaction, then or now
  | 'evaluation' // judging what was good or bad about it
  | 'analysis' // insight, sense-making, generalisation, links to theory
  | 'conclusion' // what the writer takes away / could have done differently
  | 'intention' // plans, commitments, next steps, steps already taken because of the learning
  | 'other'; // titles, headings, greetings, sign-offs

export const MOVES: readonly Move[] = [
  'experience',
  'feeling',
  'evaluation',
  'analysis',
  'conclusion',
  'intention',
  'other',
];

export type RuleId = 'passive' | 'formal' | 'long-sentence' | 'missing-section' | 'impersonal';

/** One problem in the text. Essay-level findings (a missing section, an impersonal essay) have no span. */
export interface Finding {
  rule: RuleId;
  start?: number;
  end?: number;
  /** What is wrong and why, in plain words for a nervous trainee. */
  message: string;
  /** What to try instead, as words to read ("try: before"). */
  suggestion?: string;
  /**
   * The exact text that an Apply would put in place of [start, end). Only set when a mechanical
   * replacement is safe; the UI refuses to apply it if the text under the span is no longer `original`.
   */
  replacement?: string;
  /** The text the finding was made on (text.slice(start, end) at analysis time), for stale checks. */
  original?: string;
  /** For missing or thin sections: which section, and the questions that help write it. */
  section?: string;
  prompts?: string[];
}

export interface SentenceReport {
  start: number;
  end: number;
  /** Section id of the chosen framework, or 'other'. */
  section: string;
  move: Move;
  /** Human-readable reasons for the decision, e.g. `plan: "next time I will"`. */
  cues: string[];
  /** The sentence has a reason of its own for its section, not only the word model or its neighbours. */
  grounded: boolean;
  words: number;
}

export interface SectionReport {
  id: string;
  title: string;
  present: boolean;
  sentences: number;
  words: number;
  /** Share of the essay's classified (non-other) words, 0..1. */
  share: number;
}

export interface FormalityReport {
  /** Heylighen & Dewaele's F-score, 0..100 (higher = more formal); plain conversation is about 40-50. */
  score: number;
  label: 'plain' | 'balanced' | 'formal';
}

export interface Report {
  framework: string;
  /** Length of the analysed text in UTF-16 code units (to check a report still matches its text). */
  length: number;
  words: number;
  sentences: SentenceReport[];
  sections: SectionReport[];
  findings: Finding[];
  formality: FormalityReport;
}

export interface AnalyzeOptions {
  /** Framework id (see lib/frameworks) or a framework object (e.g. one with course-specific titles). */
  framework?: string | import('../frameworks/types').Framework;
  /** Turn single rules off: `{ passive: false }`. All are on by default. */
  rules?: Partial<Record<RuleId, boolean>>;
  /** Which spelling suggestions use. */
  spelling?: 'uk' | 'us';
  /** Sentences longer than this many words get a long-sentence finding. */
  longSentenceWords?: number;
}
