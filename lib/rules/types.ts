import type { Term } from '../analysis/nlp';
import type { AnalyzeOptions, Finding, Report, RuleId, SentenceReport } from '../analysis/types';
import type { Framework } from '../frameworks/types';

/** One sentence as a sentence rule sees it. Offsets in findings it returns are relative to `text`. */
export interface SentenceInput {
  text: string;
  terms: Term[];
}

/** A finding whose offsets are relative to the sentence; the engine shifts them into essay offsets. */
export type LocalFinding = Omit<Finding, 'rule'> & { start: number; end: number };

/**
 * A rule that looks at one sentence at a time. Its result must depend only on the sentence text and the
 * options, because the engine caches it per sentence text (that is what makes re-analysis cheap).
 */
export interface SentenceRule {
  id: RuleId;
  scope: 'sentence';
  check(sentence: SentenceInput, options: ResolvedOptions): LocalFinding[];
}

/** What an essay rule sees: the whole text and everything already decided about it. */
export interface EssayInput {
  text: string;
  sentences: SentenceReport[];
  /** Terms per sentence, same order as `sentences`, offsets relative to each sentence. */
  terms: Term[][];
  framework: Framework;
  /** Findings of the sentence rules (essay offsets), e.g. to count agentless passives. */
  findings: Finding[];
  sections: Report['sections'];
}

export interface EssayRule {
  id: RuleId;
  scope: 'essay';
  check(essay: EssayInput, options: ResolvedOptions): Finding[];
}

export type Rule = SentenceRule | EssayRule;

export interface ResolvedOptions {
  spelling: 'uk' | 'us';
  longSentenceWords: number;
  rules: Record<RuleId, boolean>;
}

export type { AnalyzeOptions };
