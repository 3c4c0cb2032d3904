/**
 * Every rule, registered in one place. A rule is one file; adding one means adding it here and to RuleId.
 * Sentence rules run per sentence (and are cached per sentence text); essay rules run on the whole report.
 */
import { formalRule } from './formal';
import { impersonalRule } from './impersonal';
import { longSentenceRule } from './long-sentence';
import { missingSectionRule } from './missing-section';
import { passiveRule } from './passive';
import type { EssayRule, SentenceRule } from './types';

export const SENTENCE_RULES: readonly SentenceRule[] = [passiveRule, formalRule, longSentenceRule];
export const ESSAY_RULES: readonly EssayRule[] = [missingSectionRule, impersonalRule];

export type { EssayRule, SentenceRule, Rule, LocalFinding, SentenceInput } from './types';
