import nlp from 'compromise/two';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFast, type CTerm } from '../../lib/analysis/nlp-fast';

/**
 * nlp-fast re-implements how compromise's post-tagger picks its patterns (for speed) and leans on compromise's
 * internals, so any compromise upgrade must keep it identical to plain `nlp()`. tests/bench/nlp-equivalence.ts
 * checks ~18,000 sentences; this is the quick guard that runs with every test.
 */
function plain(text: string): CTerm[][] {
  const doc = nlp(text) as unknown as { compute(step: string): void; docs: CTerm[][] };
  doc.compute('root');
  doc.compute('offset');
  return doc.docs;
}

const shape = (docs: CTerm[][]) =>
  docs.map((terms) =>
    terms.map((t) => ({
      text: t.text,
      normal: t.normal,
      root: t.root,
      pre: t.pre,
      post: t.post,
      offset: t.offset,
      tags: [...t.tags].sort(),
    })),
  );

const SENTENCES = [
  'Prior to commencing the module, minimal preparation had been undertaken by the group.',
  'The session was facilitated by two experienced peer workers and was attended by eleven trainees.',
  "I was tired, but I'm glad we'd been told what to expect; it's fine.",
  'It was recognised that mutuality does not require the two parties to disclose equally.',
  'Next time I will ask the person what they need before I offer anything.',
  'Dr. Lee said, “You can’t fix everything,” and then she left at 3.30 p.m. on 12 March 2025.',
  'Brief check-in questions will be utilised at the close of each session in order to ascertain progress.',
  'The volunteers repeatedly skipped the check-in question, which was being discussed by the staff.',
  'Having my emotional needs met was never something I got used to; I got told off twice.',
  'We paid £40 for 3 books from Amazon and emailed jo@example.org about https://example.org/a?b=c.',
  'Although I was nervous, I volunteered first 😀👍🏽 and the others clapped.',
  'Sam, John and Priya from London were quickly paired and asked to role-play a difficult phone call.',
];

const WORDS =
  'I we they the a trainer group session was were had been being be can will should not quickly carefully felt realised noted asked told given used involved to of by in and but because next time plan listen support peer worker person Dr. Lee London 2025 £5 , ; : . ? !'.split(
    ' ',
  );

describe('parseFast', () => {
  it.each(SENTENCES)('tags exactly as compromise does: %s', (text) => {
    expect(shape(parseFast(text))).toEqual(shape(plain(text)));
  });

  it('tags exactly as compromise does on random word sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(shape(parseFast(text))).toEqual(shape(plain(text)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
