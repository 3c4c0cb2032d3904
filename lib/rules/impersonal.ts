import type { Finding } from '../analysis/types';
import type { EssayRule } from './types';

/** Words that show the writer is in the text. Reflective writing is expected in the first person. */
const FIRST_PERSON = /\b(i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself|we|we're|we’re|we've|we’ve|us|our|ours|ourselves)\b/i;

/** How many sentences in a row with a passive and no first person make a stretch worth mentioning. */
const STRETCH = 4;
/** Below this many sentences an essay is too short to call impersonal as a whole. */
const MIN_SENTENCES = 3;

export const impersonalRule: EssayRule = {
  id: 'impersonal',
  scope: 'essay',
  check(essay) {
    const body = essay.sentences.filter((s) => s.section !== 'other');
    if (body.length === 0) return [];
    const personal = body.map((s) => FIRST_PERSON.test(essay.text.slice(s.start, s.end)));
    if (body.length >= MIN_SENTENCES && !personal.some(Boolean)) {
      return [
        {
          rule: 'impersonal',
          message:
            'The essay never says “I” or “we”. A reflection is about your own experience, so tutors expect the first person.',
          suggestion: 'Try telling it as it happened to you: “I noticed…”, “I felt…”, “next time I will…”.',
        },
      ];
    }
    // A long run of agentless, impersonal sentences: point at the start of the stretch.
    const passiveStarts = essay.findings.filter((f) => f.rule === 'passive').map((f) => f.start ?? -1);
    const hasPassive = body.map((s) => passiveStarts.some((p) => p >= s.start && p < s.end));
    const out: Finding[] = [];
    let run = 0;
    for (let i = 0; i <= body.length; i++) {
      const impersonal = i < body.length && !personal[i] && hasPassive[i];
      if (impersonal) {
        run++;
        continue;
      }
      if (run >= STRETCH) {
        const first = body[i - run];
        const last = body[i - 1];
        out.push({
          rule: 'impersonal',
          start: first.start,
          end: last.end,
          original: essay.text.slice(first.start, last.end),
          message: `These ${run} sentences describe things being done without saying who did them. It reads like a report rather than a reflection.`,
          suggestion: 'Try putting yourself back in: who did these things? Start a sentence or two with “I” or “we”.',
        });
      }
      run = 0;
    }
    return out;
  },
};
