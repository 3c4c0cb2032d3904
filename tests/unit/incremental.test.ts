/**
 * The incremental engine must be invisible: after any sequence of edits, `createAnalyzer().update(text)` returns
 * exactly what a fresh `analyze(text)` returns. Random edit sequences (typing, deletions, pastes, paragraph splits,
 * undo) are replayed on invented essays and compared after every edit. fast-check runs with a fixed seed so a
 * failure is reproducible; it prints the shrunk edit sequence.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze, createAnalyzer, type AnalyzeOptions } from '../../lib/analysis';
import * as nlp from '../../lib/analysis/nlp';
import { generateEssay, inventSentence, seededRandom } from '../bench/prose';

// Count the sentences that go through compromise, to show an edit re-reads only what changed.
vi.mock('../../lib/analysis/nlp', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../lib/analysis/nlp')>();
  return { ...original, readTerms: vi.fn(original.readTerms) };
});
const readTerms = vi.mocked(nlp.readTerms);

/** Pieces a writer pastes or types: structure the splitter and classifier treat specially, and plain prose. */
const SNIPPETS = [
  '\n\n',
  '\n',
  ' ',
  '.',
  '. ',
  '? ',
  'x',
  'I',
  '\n\nWhat I learned\n\n',
  '\n\nNext steps:\n- ask open questions\n- wait before I speak\n\n',
  '\n1. What happened\n',
  '\n\n## Reflection\n\n',
  'Dear diary,\n',
  '\n\nBest wishes,\nSam',
  ' It went well. 👍',
  ' The form was completed by the duty nurse. ',
  ' Prior to the session I endeavoured to utilise the checklist. ',
  ' e.g. the NHS leaflet ',
  ' Dr. Patel said no. Then she left. ',
  '\n\n---\n\n',
  '“Why?” she asked. ',
  ` I ${'really '.repeat(38)}wanted it to go well. `,
  ' It was noted that the room was cold. ',
  ' I realise now that silence can help. ',
  ' Next time I will wait. ',
];

type Edit =
  | { kind: 'type'; at: number; pick: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace-word'; at: number; pick: number }
  | { kind: 'paste-sentence'; at: number; seed: number }
  | { kind: 'split-paragraph'; at: number }
  | { kind: 'join-paragraphs'; at: number }
  | { kind: 'undo'; back: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('replace-word' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('paste-sentence' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ kind: fc.constant('split-paragraph' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('join-paragraphs' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }),
);

const WORDS = ['was', 'helped', 'utilise', 'I', 'we', 'nervous', 'Next', 'time', 'will', 'felt', 'realised', 'given'];

/** Apply one edit; `history` holds earlier texts for undo. Positions are taken modulo the text length. */
function applyEdit(text: string, edit: Edit, history: string[]): string {
  const at = (n: number): number => (text.length ? n % (text.length + 1) : 0);
  switch (edit.kind) {
    case 'type': {
      const i = at(edit.at);
      return text.slice(0, i) + SNIPPETS[edit.pick % SNIPPETS.length] + text.slice(i);
    }
    case 'delete': {
      const i = at(edit.at);
      return text.slice(0, i) + text.slice(i + edit.length);
    }
    case 'replace-word': {
      const re = /[A-Za-z’']+/g;
      re.lastIndex = at(edit.at);
      const m = re.exec(text) ?? /[A-Za-z’']+/.exec(text);
      if (!m) return text + WORDS[edit.pick % WORDS.length];
      return text.slice(0, m.index) + WORDS[edit.pick % WORDS.length] + text.slice(m.index + m[0].length);
    }
    case 'paste-sentence': {
      const i = at(edit.at);
      return `${text.slice(0, i)} ${inventSentence(seededRandom(edit.seed))} ${text.slice(i)}`;
    }
    case 'split-paragraph': {
      // At the next sentence end if there is one, else right here.
      const i = at(edit.at);
      const end = text.indexOf('. ', i);
      const cut = end >= 0 ? end + 1 : i;
      return `${text.slice(0, cut)}\n\n${text.slice(cut).replace(/^ +/, '')}`;
    }
    case 'join-paragraphs': {
      const i = text.indexOf('\n\n', at(edit.at));
      return i < 0 ? text : `${text.slice(0, i)} ${text.slice(i + 2)}`;
    }
    case 'undo':
      return history[Math.max(0, history.length - edit.back)] ?? text;
  }
}

function replay(base: string, edits: Edit[], options?: AnalyzeOptions): void {
  const analyzer = createAnalyzer(options);
  expect(analyzer.update(base)).toEqual(analyze(base, options));
  const history = [base];
  let text = base;
  for (const edit of edits) {
    text = applyEdit(text, edit, history);
    history.push(text);
    const report = analyzer.update(text);
    expect(report, JSON.stringify(edit)).toEqual(analyze(text, options));
  }
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 140 }),
        fc.nat(1000),
        fc.array(editArb, { minLength: 4, maxLength: 15 }),
        (words, seed, edits) => replay(generateEssay(words, seed), edits),
      ),
      { seed: 20251127, numRuns: 30 },
    );
  }, 120_000);

  it('equals a fresh analysis with other options (framework, rules off, US spelling, short sentences)', () => {
    const options: AnalyzeOptions[] = [
      { framework: 'gibbs' },
      { rules: { passive: false, formal: false }, spelling: 'us', longSentenceWords: 12 },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...options),
        fc.nat(1000),
        fc.array(editArb, { minLength: 3, maxLength: 8 }),
        (opts, seed, edits) => replay(generateEssay(80, seed), edits, opts),
      ),
      { seed: 7, numRuns: 6 },
    );
  }, 120_000);

  it('handles edge texts: empty, whitespace only, one word, the same text twice', () => {
    const analyzer = createAnalyzer();
    for (const text of ['', '   ', 'Hi', 'Hi', '\n\n\n', 'I went. I went. I went.', '', 'What happened\n\nI froze.']) {
      expect(analyzer.update(text)).toEqual(analyze(text));
    }
  });

  it('re-reads only the edited sentence after a one-word edit, and forgets sentences no longer in the text', () => {
    const base = generateEssay(400, 3);
    const analyzer = createAnalyzer();
    analyzer.update(base);
    const sentences = analyze(base).sentences.length;
    expect(analyzer.cacheSize).toBeGreaterThan(20);
    expect(analyzer.cacheSize).toBeLessThanOrEqual(sentences);

    // Insert a word after the first word of a sentence in the middle: one sentence changes, one is read.
    const reference = analyze(base);
    const middle = reference.sentences.filter((x) => x.section !== 'other')[10];
    const at = base.indexOf(' ', middle.start);
    const edited = `${base.slice(0, at)} really${base.slice(at)}`;
    readTerms.mockClear();
    const report = analyzer.update(edited);
    expect(readTerms).toHaveBeenCalledTimes(1);
    expect(readTerms.mock.calls[0][0]).toContain(' really ');
    expect(report).toEqual(analyze(edited));

    // Undo: the cache holds only the current text's sentences, so the old sentence is read once more.
    readTerms.mockClear();
    expect(analyzer.update(base)).toEqual(reference);
    expect(readTerms).toHaveBeenCalledTimes(1);

    // Cutting the text in half drops the other half from the cache.
    const half = edited.slice(0, edited.length >> 1);
    expect(analyzer.update(half)).toEqual(analyze(half));
    expect(analyzer.cacheSize).toBeLessThanOrEqual(analyze(half).sentences.length);
    expect(analyzer.cacheSize).toBeLessThan(sentences / 2 + 2);
  });
});
