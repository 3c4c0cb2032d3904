import type { Finding } from '../analysis/types';
import type { EssayRule } from './types';

/**
 * Words that show the writer is in the text. Reflective writing is expected in the first person. Matched against
 * compromise's normal forms (contractions such as "I'm", "we've" keep their pronoun as the term's first word).
 */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
const CONTRACTED = /^(i|we)['’]/;

/** How many sentences in a row with a passive and no first person make a stretch worth mentioning. */
const STRETCH = 4;
/** Below this many sentences an essay is too short to call impersonal as a whole. */
const MIN_SENTENCES = 3;

export const impersonalRule: EssayRule = {
  id: 'impersonal',
  scope: 'essay',
  check(essay) {
    // This runs on every edit over the whole essay, so it reads the cached terms (no slicing, no regex over the
    // text) and sweeps sentences and passive findings together (both are sorted by start).
    const passives = essay.findings.filter((f) => f.rule === 'passive' && f.start !== undefined);
    let nextPassive = 0;
    const body: { start: number; end: number; personal: boolean; passive: boolean }[] = [];
    essay.sentences.forEach((s, i) => {
      while (nextPassive < passives.length && passives[nextPassive].start! < s.start) nextPassive++;
      if (s.section === 'other') return;
      const personal = essay.terms[i].some((t) => FIRST_PERSON.has(t.normal) || CONTRACTED.test(t.normal));
      const passive = nextPassive < passives.length && passives[nextPassive].start! < s.end;
      body.push({ start: s.start, end: s.end, personal, passive });
    });
    if (body.length === 0) return [];
    if (body.length >= MIN_SENTENCES && !body.some((s) => s.personal)) {
      return [
        {
          rule: 'impersonal',
          message:
            'The essay never says “I” or “we”. A reflection is about your own experience, so tutors expect the first person.',
          suggestion: 'Try telling it as it happened to you: “I noticed…”, “I felt…”, “next time I will…”.',
        },
      ];
    }
    // A long run of agentless, impersonal sentences: point at the stretch.
    const out: Finding[] = [];
    let run = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && !body[i].personal && body[i].passive) {
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
