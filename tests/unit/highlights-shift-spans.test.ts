import { describe, expect, it } from 'vitest';
import { findEdit, shiftSpans } from '../../lib/highlights/shift-spans';

const before = 'The plan was explained to me. I felt calm.';
const passive = { start: before.indexOf('was explained'), end: before.indexOf('was explained') + 13, kind: 'passive' };

describe('spans follow the text while the writer types', () => {
  it('finds the edit between the common prefix and suffix', () => {
    expect(findEdit('I felt calm.', 'I felt very calm.')).toEqual({ start: 7, oldEnd: 7, newEnd: 12 });
    expect(findEdit('same', 'same')).toBeNull();
  });

  it('moves spans after an edit and keeps spans before it', () => {
    const after = 'Today the plan was explained to me. I felt calm.';
    const [moved] = shiftSpans(before, after, [passive], 'drop');
    expect(after.slice(moved.start, moved.end)).toBe('was explained');
    const typedAtEnd = before + ' Next week I will ask.';
    expect(shiftSpans(before, typedAtEnd, [passive], 'drop')).toEqual([passive]);
  });

  it('drops a finding whose words the edit touched, but stretches a sentence tint over it', () => {
    const after = 'The plan was clearly explained to me. I felt calm.';
    expect(shiftSpans(before, after, [passive], 'drop')).toEqual([]);
    const sentence = { start: 0, end: before.indexOf('.') + 1, section: 'happened' };
    const [stretched] = shiftSpans(before, after, [sentence], 'stretch');
    expect(after.slice(stretched.start, stretched.end)).toBe('The plan was clearly explained to me.');
  });

  it('keeps a span when typing right at its edges', () => {
    const atStart = before.replace('was explained', 'Xwas explained');
    const [shifted] = shiftSpans(before, atStart, [passive], 'drop');
    expect(atStart.slice(shifted.start, shifted.end)).toBe('was explained');
  });
});
