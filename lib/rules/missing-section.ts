import { isSubstantive } from '../analysis/classify';
import type { EssayRule } from './types';

/**
 * One finding per section of the chosen model that is not yet written (fewer sentences of substance than the model's
 * `sentencesToCount`), with the section's prompt questions: the quickest help for a trainee is a question they can
 * answer.
 */
export const missingSectionRule: EssayRule = {
  id: 'missing-section',
  scope: 'essay',
  check(essay) {
    return essay.sections
      .filter((s) => !s.present)
      .map((s) => {
        const def = essay.framework.sections.find((d) => d.id === s.id);
        // A part with a sentence or so is begun, not missing: say so, so the trainee knows it was read. Sentences that
        // lean this way only by their wording (not grounded) are enough to write, but not enough to say it is there.
        const begun = s.sentences > 0;
        const full = essay.sentences.filter((x) => x.section === s.id && isSubstantive(x.words));
        const plain = full.filter((x) => x.grounded).length;
        const unclear = full.length >= (essay.framework.sentencesToCount ?? 1);
        const said = unclear
          ? `“${s.title}” is not clear yet: ${full.length} sentences may belong here, but ${plain === 0 ? 'none of them says so' : plain === 1 ? 'only one says so' : `only ${plain} say so`} plainly.`
          : begun
            ? `“${s.title}” has only just started (${s.sentences === 1 ? 'one sentence' : `${s.sentences} short sentences`} so far): a few more sentences would make it a full part.`
            : `“${s.title}” seems to be missing.`;
        return {
          rule: 'missing-section' as const,
          section: s.id,
          message: `${said} ${def?.description ?? ''}`.trim(),
          suggestion: def?.prompts[0] ? `Try answering: ${def.prompts[0]}` : undefined,
          prompts: def?.prompts ?? [],
        };
      });
  },
};
