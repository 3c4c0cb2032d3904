import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/analysis/types';
import { shiftReport } from '../../lib/content/shift';
import { diffTexts } from '../../lib/highlights/shift-spans';

const BEFORE = 'The form was completed by me. I will utilise it next time.';

function reportOn(text: string): Report {
  const at = (word: string) => text.indexOf(word);
  return {
    framework: 'what-so-what',
    length: text.length,
    words: 12,
    sentences: [
      { start: 0, end: 29, section: 'happened', move: 'experience', cues: [], grounded: true, words: 6 },
      { start: 30, end: text.length, section: 'applying', move: 'intention', cues: [], grounded: true, words: 6 },
    ],
    sections: [],
    findings: [
      { rule: 'missing-section', message: 'm', section: 'learning' },
      { rule: 'passive', start: at('was'), end: at('by me') + 5, message: 'p', original: 'was completed by me' },
      { rule: 'formal', start: at('utilise'), end: at('utilise') + 7, message: 'f', original: 'utilise', replacement: 'use' },
    ],
    formality: { score: 50, label: 'balanced' },
  };
}

function spans(report: Report, text: string) {
  return report.findings.filter((f) => f.start !== undefined).map((f) => text.slice(f.start, f.end));
}

describe('diffTexts', () => {
  it('finds a single insertion, deletion or replacement', () => {
    expect(diffTexts('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(diffTexts('abXc', 'abc')).toEqual({ start: 2, oldEnd: 3, newEnd: 2 });
    expect(diffTexts('same', 'same')).toEqual({ start: 4, oldEnd: 4, newEnd: 4 });
  });
});

describe('shiftReport', () => {
  it('moves findings after an insertion onto the same words', () => {
    const after = 'Today the form was completed by me. I will utilise it next time.';
    const shifted = shiftReport(reportOn(BEFORE), BEFORE, after);
    expect(spans(shifted, after)).toEqual(['was completed by me', 'utilise']);
    expect(shifted.length).toBe(after.length);
  });

  it('keeps findings before the edit where they are', () => {
    const after = BEFORE + ' And I will ask for help.';
    const shifted = shiftReport(reportOn(BEFORE), BEFORE, after);
    expect(spans(shifted, after)).toEqual(['was completed by me', 'utilise']);
  });

  it('hides a finding the edit changed, so it can never be applied to other words', () => {
    const after = BEFORE.replace('utilise', 'utilised');
    const shifted = shiftReport(reportOn(BEFORE), BEFORE, after);
    expect(spans(shifted, after)).toEqual(['was completed by me']);
  });

  it('hides a finding whose text was typed over in the middle', () => {
    const after = BEFORE.replace('completed', 'filled in');
    const shifted = shiftReport(reportOn(BEFORE), BEFORE, after);
    expect(spans(shifted, after)).toEqual(['utilise']);
  });

  it('keeps essay-level findings until the next report', () => {
    const shifted = shiftReport(reportOn(BEFORE), BEFORE, 'x' + BEFORE);
    expect(shifted.findings.some((f) => f.rule === 'missing-section')).toBe(true);
  });

  it('stretches the sentence an edit lands in and moves the ones after it', () => {
    const after = BEFORE.replace('The form', 'The long form');
    const shifted = shiftReport(reportOn(BEFORE), BEFORE, after);
    expect(shifted.sentences.map((s) => after.slice(s.start, s.end))).toEqual([
      'The long form was completed by me.',
      'I will utilise it next time.',
    ]);
  });
});
