/**
 * The panels' CSS: readable in both themes (WCAG AA 4.5:1 for every text/background pair), isolated from the page,
 * and self-contained (nothing fetched: no fonts, images or imports, so no request leaves and page CSP is moot).
 */
import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, DARK_COLORS, LAUNCHER_CSS, LIGHT_COLORS, REPORT_CSS, SIDEBAR_CSS } from '../../lib/ui/styles';
import { SECTION_TINTS } from '../../lib/ui/tints';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('panel colours', () => {
  for (const [name, colors] of [
    ['light', LIGHT_COLORS],
    ['dark', DARK_COLORS],
  ] as const) {
    it(`${name}: every text/background pair reaches 4.5:1`, () => {
      const failing = CONTRAST_PAIRS.map(([text, bg]) => ({ text, bg, ratio: contrast(colors[text], colors[bg]) })).filter(
        (p) => p.ratio < 4.5,
      );
      expect(failing).toEqual([]);
    });

    it(`${name}: the focus ring stands out from the panel (3:1 for non-text)`, () => {
      expect(contrast(colors.focus, colors.bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(colors.focus, colors.surface)).toBeGreaterThanOrEqual(3);
    });
  }

  it('section swatches are distinct', () => {
    expect(new Set(SECTION_TINTS.map((t) => t.swatch)).size).toBe(SECTION_TINTS.length);
  });
});

describe('panel CSS', () => {
  for (const [name, css] of [
    ['sidebar', SIDEBAR_CSS],
    ['launcher', LAUNCHER_CSS],
    ['report', REPORT_CSS],
  ] as const) {
    it(`${name}: resets the host, follows the colour scheme, shows focus`, () => {
      expect(css).toContain(':host { all: initial !important; }');
      expect(css).toContain('@media (prefers-color-scheme: dark)');
      expect(css).toContain('[data-theme="dark"]');
      expect(css).toMatch(/:focus-visible\s*\{[^}]*outline: 2px solid/);
    });

    it(`${name}: fetches nothing`, () => {
      expect(css).not.toMatch(/url\(|@import|@font-face|https?:/i);
    });
  }

  it('the sidebar becomes a bottom sheet on narrow screens', () => {
    const narrow = SIDEBAR_CSS.slice(SIDEBAR_CSS.indexOf('@media (max-width: 600px)'));
    expect(narrow).toMatch(/bottom: 0/);
    expect(narrow).toMatch(/max-height: 55vh/);
  });
});
