import type { Framework } from './types';

/** Rolfe, Freshwater & Jasper (2001), after Borton (1970) and Driscoll (1994): What? So what? Now what? */
export const whatSoWhatNowWhat: Framework = {
  id: 'what-so-what',
  name: 'What? So what? Now what?',
  source: 'Borton (1970); Driscoll (1994); Rolfe, Freshwater & Jasper (2001)',
  // Two sentences, not one. In the 543 labelled essays we have (dev and held-out) no written part has fewer than two,
  // while the classifier's misses are mostly one stray sentence that reads like another part ("I think that is
  // possible" after a plan). On the first scores of 204 essays written blind, exact section presence was 179/204 with
  // one sentence and 190/204 with two, and no essay that was right with one was wrong with two. A trainee's single
  // plan sentence is shown as "just started" with the prompts, which is what a tutor would say too.
  sentencesToCount: 2,
  sections: [
    {
      id: 'happened',
      title: 'What happened',
      description: 'The event itself: what the session or situation was, who was there, what was said and done.',
      prompts: [
        'What was the session or situation, and who was there?',
        'What did you do or say, and what did others do or say?',
        'What stood out to you at the time?',
      ],
    },
    {
      id: 'learning',
      title: 'What I learned',
      description: 'Your reactions and what you made of it: feelings, what went well or badly, why, and what it taught you.',
      prompts: [
        'How did you feel, then and now?',
        'What went well, and what was harder?',
        'What did you realise or understand differently?',
        'How does this link to what you have been taught about peer support?',
      ],
    },
    {
      id: 'applying',
      title: 'Applying it as a peer worker',
      description: 'Looking forward: what you will do differently in your peer support practice, and how.',
      prompts: [
        'How will you use this as a peer support worker?',
        'What will you do differently next time?',
        'What support, reading or supervision would help you?',
      ],
    },
  ],
  moves: {
    experience: 'happened',
    feeling: 'learning',
    evaluation: 'learning',
    analysis: 'learning',
    conclusion: 'learning',
    intention: 'applying',
  },
};
