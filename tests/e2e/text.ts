/**
 * The reflection the E2E tests type: made up for these tests (not from any corpus). About 140 words on a training
 * session — what happened and what was learned, but no plan (so "applying" is missing) — with one passive
 * ("was facilitated by") and two over-formal wordings ("Prior to", "utilise") for the rules to find.
 */
export const REFLECTION_WITHOUT_PLAN =
  'This week we had a training session about active listening in peer support. ' +
  'The session was facilitated by two experienced peer workers, and there were eight of us in the room. ' +
  'Prior to the role play I felt nervous, because I kept thinking about saying the wrong thing. ' +
  'We worked in pairs, and I tried to utilise the open questions we had read about. ' +
  'When my partner spoke about a hard week at home, I noticed that I wanted to fix it for her straight away. ' +
  'Afterwards she told me that she had felt rushed. ' +
  'I learned that staying quiet and letting someone finish is often more helpful than giving advice. ' +
  'It made me realise that listening is an active thing and not just waiting for my turn to talk. ' +
  'That surprised me, and it also felt like a relief.';

/** Two plan sentences: enough to make the "applying" section present (a part counts from two sentences). */
export const PLAN_SENTENCE =
  'Next time I will ask the group what they need before I start. I also want to practise leaving a pause before I answer.';

/** The passive the underline geometry is checked on, and the word inside it that must be covered. */
export const PASSIVE_WORDS = 'was facilitated by';
export const PASSIVE_CORE = 'facilitated';

/** The over-formal word Apply is tried on. It occurs once in the text. */
export const FORMAL_WORD = 'utilise';
