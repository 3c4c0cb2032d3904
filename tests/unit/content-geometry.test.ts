import { describe, expect, it } from 'vitest';
import { isOnScreen, launcherPosition } from '../../lib/content/geometry';
import { isResponsibleFrame } from '../../lib/content/frames';

const size = { width: 32, height: 32 };
const viewport = { width: 1000, height: 800 };

describe('launcherPosition', () => {
  it('sits inside the bottom-right corner of a roomy field', () => {
    const pos = launcherPosition({ left: 100, top: 100, width: 500, height: 300 }, size, viewport);
    expect(pos).toEqual({ left: 100 + 500 - 32 - 6, top: 100 + 300 - 32 - 6 });
  });

  it('goes beside a field too small to hold it', () => {
    const pos = launcherPosition({ left: 100, top: 100, width: 60, height: 24 }, size, viewport);
    expect(pos.left).toBe(166);
  });

  it('stays on screen when the field runs past the bottom of the viewport', () => {
    const pos = launcherPosition({ left: 100, top: 500, width: 500, height: 900 }, size, viewport);
    expect(pos.top + 32).toBeLessThanOrEqual(800);
  });

  it('knows when a field is scrolled out of view', () => {
    expect(isOnScreen({ left: 0, top: -400, width: 300, height: 200 }, viewport)).toBe(false);
    expect(isOnScreen({ left: 0, top: -100, width: 300, height: 200 }, viewport)).toBe(true);
  });
});

describe('isResponsibleFrame', () => {
  it('works in the top frame, defers to a reachable parent, and works alone under a cross-origin parent', () => {
    const top = {} as Window;
    (top as { top: Window }).top = top;
    expect(isResponsibleFrame(top)).toBe(true);
    const sameOrigin = { top, parent: { document: { documentElement: {} } } } as unknown as Window;
    expect(isResponsibleFrame(sameOrigin)).toBe(false);
    const crossParent = {
      get document(): Document {
        throw new Error('SecurityError');
      },
    };
    const island = { top, parent: crossParent } as unknown as Window;
    expect(isResponsibleFrame(island)).toBe(true);
  });
});
