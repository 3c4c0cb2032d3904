import type { EssayRule } from './types';

/**
 * One finding per section of the chosen model that has no sentence of substance, with the section's prompt
 * questions: the quickest help for a trainee is a question they can answer.
 */
export const missingSectionRule: EssayRule = {
  id: 'missing-section',
  scope: 'essay',
  check(essay) {
    return essay.sections
      .filter((s) => !s.present)
      .map((s) => {
        const def = essay.framework.sections.find((d) => d.id === s.id);
        return {
          rule: 'missing-section' as const,
          section: s.id,
          message: `“${s.title}” seems to be missing. ${def?.description ?? ''}`.trim(),
          suggestion: def?.prompts[0] ? `Try answering: ${def.prompts[0]}` : undefined,
          prompts: def?.prompts ?? [],
        };
      });
  },
};
