import type { Framework } from './types';

/** Gibbs, G. (1988) Learning by Doing: the reflective cycle. */
export const gibbs: Framework = {
  id: 'gibbs',
  name: "Gibbs' reflective cycle",
  source: 'Gibbs (1988), Learning by Doing',
  sections: [
    {
      id: 'description',
      title: 'Description',
      description: 'What happened, plainly told.',
      prompts: ['What happened, where and when?', 'Who was there, and what did you and others do?'],
    },
    {
      id: 'feelings',
      title: 'Feelings',
      description: 'What you were thinking and feeling.',
      prompts: ['How did you feel before, during and after?', 'What were you thinking at the time?'],
    },
    {
      id: 'evaluation',
      title: 'Evaluation',
      description: 'What was good and bad about the experience.',
      prompts: ['What went well?', 'What did not go so well?'],
    },
    {
      id: 'analysis',
      title: 'Analysis',
      description: 'Making sense of it: why things went as they did.',
      prompts: [
        'Why do you think things went the way they did?',
        'What does your training or reading say about situations like this?',
      ],
    },
    {
      id: 'conclusion',
      title: 'Conclusion',
      description: 'What you learned, and what else you could have done.',
      prompts: ['What have you learned from this?', 'What else could you have done?'],
    },
    {
      id: 'action-plan',
      title: 'Action plan',
      description: 'What you will do if it arises again.',
      prompts: [
        'If it happened again, what would you do?',
        'How will you use this as a peer support worker?',
        'What support or training would help?',
      ],
    },
  ],
  moves: {
    experience: 'description',
    feeling: 'feelings',
    evaluation: 'evaluation',
    analysis: 'analysis',
    conclusion: 'conclusion',
    intention: 'action-plan',
  },
};
