import { countWords } from '../analysis/words';
import type { SentenceRule } from './types';

/** Very long sentences are hard to follow; trainees often string three events together with "and". */
export const longSentenceRule: SentenceRule = {
  id: 'long-sentence',
  scope: 'sentence',
  check(sentence, options) {
    const words = countWords(sentence.text);
    if (words <= options.longSentenceWords) return [];
    return [
      {
        start: 0,
        end: sentence.text.length,
        original: sentence.text,
        message: `This sentence is ${words} words long. Long sentences are hard to follow, and the main point can get lost.`,
        suggestion: 'Try splitting it in two where the idea changes, for example at “and”, “but” or “because”.',
      },
    ];
  },
};
