import { describe, expect, it } from 'vitest';
import { AnalyzerRegistry, scopedFieldId, stableKey, tabPrefix } from '../../lib/background/registry';

function counting() {
  let made = 0;
  const registry = new AnalyzerRegistry<{ n: number }, object | undefined>(() => ({ n: ++made }), 3);
  return { registry, made: () => made };
}

describe('AnalyzerRegistry', () => {
  it('keeps one analyzer per field while the options stay the same', () => {
    const { registry, made } = counting();
    const a = registry.get('1:0:f1', { spelling: 'uk' });
    expect(registry.get('1:0:f1', { spelling: 'uk' })).toBe(a);
    expect(registry.get('1:0:f2', { spelling: 'uk' })).not.toBe(a);
    expect(made()).toBe(2);
  });

  it('makes a new analyzer when the options change (a settings change applies at once)', () => {
    const { registry } = counting();
    const a = registry.get('f', { rules: { passive: true }, spelling: 'uk' });
    expect(registry.get('f', { spelling: 'uk', rules: { passive: true } })).toBe(a);
    expect(registry.get('f', { spelling: 'us', rules: { passive: true } })).not.toBe(a);
  });

  it('forgets the least recently used field past its limit', () => {
    const { registry } = counting();
    registry.get('a', undefined);
    registry.get('b', undefined);
    registry.get('c', undefined);
    registry.get('a', undefined); // a is now the most recent
    registry.get('d', undefined);
    expect(registry.size).toBe(3);
    expect(registry.has('b')).toBe(false);
    expect(registry.has('a')).toBe(true);
  });

  it('releases one field, or every field of a closed tab', () => {
    const { registry } = counting();
    registry.get(scopedFieldId(7, 0, 'f1'), undefined);
    registry.get(scopedFieldId(7, 3, 'f1'), undefined);
    registry.get(scopedFieldId(70, 0, 'f1'), undefined);
    expect(registry.release(scopedFieldId(7, 3, 'f1'))).toBe(true);
    expect(registry.releasePrefix(tabPrefix(7))).toBe(1);
    expect(registry.has(scopedFieldId(70, 0, 'f1'))).toBe(true);
  });

  it('keys options independently of property order', () => {
    expect(stableKey({ a: 1, b: { d: 2, c: 3 } })).toBe(stableKey({ b: { c: 3, d: 2 }, a: 1 }));
  });
});
