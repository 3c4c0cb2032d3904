/**
 * CSS for our shadow roots, as strings (mountInShadow puts them in a constructed sheet or a <style> inside the
 * shadow root; nothing goes into the page). `:host { all: initial }` stops the page's inherited styles leaking in;
 * the shadow boundary stops ours leaking out. No external fonts or images: system fonts, inline SVG.
 *
 * Colours: every text/background pair below meets WCAG AA 4.5:1 (checked in tests/unit/ui-styles.test.ts).
 * Theme: `.rl-root[data-theme]` = 'light' | 'dark' | 'auto' (auto follows prefers-color-scheme).
 */

/** Colour variables, by name, so the contrast test can read the pairs. */
export const LIGHT_COLORS = {
  bg: '#ffffff',
  surface: '#f5f6f8',
  border: '#c9d1d9',
  text: '#1f2328',
  muted: '#575f69',
  accent: '#0b57d0',
  'accent-text': '#ffffff',
  focus: '#0b57d0',
  'missing-bg': '#fff1e0',
  'missing-text': '#8a3b00',
  'thin-bg': '#fdf5d8',
  'thin-text': '#6d4c00',
  'present-bg': '#e3f4e8',
  'present-text': '#0d5c2a',
  'bar-track': '#e1e5ea',
  bar: '#0b57d0',
  'quote-bg': '#fff5c2',
  'error-bg': '#fdecea',
  'error-text': '#8c1d18',
  shadow: 'rgba(15, 23, 42, 0.18)',
} as const;

export const DARK_COLORS: Record<keyof typeof LIGHT_COLORS, string> = {
  bg: '#1d2026',
  surface: '#262a32',
  border: '#464e5a',
  text: '#e8edf2',
  muted: '#a9b4c0',
  accent: '#8ab4f8',
  'accent-text': '#0b1a33',
  focus: '#8ab4f8',
  'missing-bg': '#3d2612',
  'missing-text': '#ffbe85',
  'thin-bg': '#383014',
  'thin-text': '#f3d36b',
  'present-bg': '#15321f',
  'present-text': '#86e0a8',
  'bar-track': '#3a414c',
  bar: '#8ab4f8',
  'quote-bg': '#3a3520',
  'error-bg': '#3d1d1b',
  'error-text': '#ffb4ab',
  shadow: 'rgba(0, 0, 0, 0.5)',
};

/** Text-on-background pairs that must reach 4.5:1, as [text, background] variable names. */
export const CONTRAST_PAIRS: readonly [keyof typeof LIGHT_COLORS, keyof typeof LIGHT_COLORS][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['missing-text', 'missing-bg'],
  ['thin-text', 'thin-bg'],
  ['present-text', 'present-bg'],
  ['text', 'quote-bg'],
  ['error-text', 'error-bg'],
];

function vars(colors: Record<string, string>): string {
  return Object.entries(colors)
    .map(([name, value]) => `--rl-${name}: ${value};`)
    .join(' ');
}

const BASE_CSS = `
/* !important: a page rule like "* { letter-spacing: 1px !important }" matches our host and would otherwise win
   over :host and be inherited inside; for !important declarations the shadow tree's rule wins. */
:host { all: initial !important; }
.rl-root {
  ${vars(LIGHT_COLORS)}
  color-scheme: light;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--rl-text);
  -webkit-font-smoothing: antialiased;
  text-align: left;
  direction: ltr;
}
.rl-root[data-theme="dark"] { ${vars(DARK_COLORS)} color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  .rl-root:not([data-theme="light"]) { ${vars(DARK_COLORS)} color-scheme: dark; }
}
.rl-root *, .rl-root *::before, .rl-root *::after { box-sizing: border-box; }
.rl-root p, .rl-root ul, .rl-root h2, .rl-root h3, .rl-root h4 { margin: 0; padding: 0; }
.rl-root ul { list-style: none; }
.rl-root button { font: inherit; color: inherit; cursor: pointer; }
.rl-root :focus { outline: none; }
.rl-root :focus-visible { outline: 2px solid var(--rl-focus); outline-offset: 2px; border-radius: 4px; }
.rl-root svg { display: inline-block; vertical-align: middle; flex: none; }
.rl-sr {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

/** The report view alone (popup and side panel wrap it in ThemeRoot and use REPORT_CSS). */
export const REPORT_CSS = `${BASE_CSS}
.rl-report { display: flex; flex-direction: column; gap: 14px; }
.rl-muted { color: var(--rl-muted); }
.rl-empty { display: flex; flex-direction: column; gap: 6px; padding: 8px 2px; font-size: 15px; }
.rl-empty .rl-muted { font-size: 13px; }
.rl-error {
  background: var(--rl-error-bg); color: var(--rl-error-text);
  border-radius: 8px; padding: 8px 10px; font-size: 13px;
}
.rl-overview { display: flex; flex-direction: column; gap: 2px; font-size: 13px; color: var(--rl-muted); }
.rl-overview-line { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; }
.rl-tone { display: inline-flex; align-items: center; gap: 6px; }
.rl-tone-label { font-weight: 600; }
.rl-tone-label { color: var(--rl-text); }
.rl-gauge {
  position: relative; display: inline-block; width: 64px; height: 6px; border-radius: 3px;
  background: linear-gradient(90deg, #2e9d5b 0%, #2e9d5b 40%, #c9a227 55%, #d9822b 70%, #c2413b 100%);
}
.rl-gauge-mark {
  position: absolute; top: -3px; width: 4px; height: 12px; margin-left: -2px; border-radius: 2px;
  background: var(--rl-text); box-shadow: 0 0 0 1.5px var(--rl-bg);
}
.rl-checking { font-style: italic; }
.rl-h3 { font-size: 12px; font-weight: 650; letter-spacing: 0.04em; text-transform: uppercase; color: var(--rl-muted); margin-bottom: 8px; }
.rl-h4 { font-size: 14px; font-weight: 650; display: flex; align-items: center; gap: 6px; }
.rl-count {
  font-size: 12px; font-weight: 600; min-width: 20px; padding: 0 6px; border-radius: 10px; text-align: center;
  background: var(--rl-surface); border: 1px solid var(--rl-border);
}
.rl-list { display: flex; flex-direction: column; gap: 8px; }
.rl-notes .rl-note {
  border-left: 3px solid var(--rl-accent); background: var(--rl-surface); border-radius: 6px; padding: 8px 10px;
}
.rl-card {
  border: 1px solid var(--rl-border); border-radius: 10px; padding: 10px 12px; background: var(--rl-bg);
  display: flex; flex-direction: column; gap: 6px;
}
.rl-card-missing { border-style: dashed; }
.rl-card-head { display: flex; align-items: center; gap: 8px; }
.rl-card-title { font-weight: 650; flex: 1 1 auto; }
.rl-swatch { width: 12px; height: 12px; border-radius: 3px; flex: none; }
.rl-badge {
  display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 600;
  padding: 1px 8px 1px 6px; border-radius: 10px; white-space: nowrap;
}
.rl-badge svg { width: 13px; height: 13px; }
.rl-badge-present { background: var(--rl-present-bg); color: var(--rl-present-text); }
.rl-badge-thin, .rl-badge-started { background: var(--rl-thin-bg); color: var(--rl-thin-text); }
.rl-badge-missing { background: var(--rl-missing-bg); color: var(--rl-missing-text); }
.rl-card-meta { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: var(--rl-muted); }
.rl-bar { height: 6px; border-radius: 3px; background: var(--rl-bar-track); overflow: hidden; }
.rl-bar-fill { display: block; height: 100%; border-radius: 3px; background: var(--rl-bar); min-width: 0; }
.rl-card-thin .rl-bar-fill, .rl-card-started .rl-bar-fill { background: var(--rl-thin-text); }
.rl-help { display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
.rl-prompts { display: flex; flex-direction: column; gap: 3px; padding-left: 2px; }
.rl-prompts li { padding-left: 14px; position: relative; }
.rl-prompts li::before { content: "?"; position: absolute; left: 0; font-weight: 700; color: var(--rl-accent); }
.rl-cues { font-size: 12px; color: var(--rl-muted); }
.rl-cues summary { cursor: pointer; width: max-content; border-radius: 4px; }
.rl-cues ul { margin-top: 4px; display: flex; flex-direction: column; gap: 2px; }
.rl-cues q { color: var(--rl-text); }
.rl-group { display: flex; flex-direction: column; gap: 6px; margin-bottom: 14px; }
.rl-why { font-size: 12px; color: var(--rl-muted); }
.rl-finding {
  border: 1px solid var(--rl-border); border-radius: 10px; padding: 8px 10px; background: var(--rl-bg);
  display: flex; flex-direction: column; gap: 4px;
}
.rl-quote {
  align-self: flex-start; max-width: 100%; text-align: left; font-size: 13px; quotes: none;
  background: var(--rl-quote-bg); color: var(--rl-text); border: 0; border-radius: 4px; padding: 1px 6px;
  overflow-wrap: anywhere;
}
button.rl-quote:hover { text-decoration: underline; }
.rl-msg { font-size: 13px; }
.rl-suggestion { font-size: 13px; font-weight: 600; }
.rl-actions { display: flex; gap: 6px; margin-top: 2px; }
.rl-button {
  border: 1px solid var(--rl-border); background: var(--rl-surface); border-radius: 6px;
  padding: 3px 12px; font-size: 13px; font-weight: 600;
}
.rl-button-primary { background: var(--rl-accent); color: var(--rl-accent-text) !important; border-color: var(--rl-accent); }
.rl-button:hover { filter: brightness(0.95); }
`;

export const SIDEBAR_CSS = `${REPORT_CSS}
.rl-panel {
  position: fixed; top: 8px; right: 8px; z-index: 2147483646;
  width: 320px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px);
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--rl-bg); color: var(--rl-text);
  border: 1px solid var(--rl-border); border-radius: 12px;
  box-shadow: 0 8px 28px var(--rl-shadow);
}
.rl-header {
  display: grid; grid-template-columns: auto 1fr auto; align-items: center; gap: 2px 8px;
  padding: 8px 8px 8px 12px; border-bottom: 1px solid var(--rl-border); background: var(--rl-surface); flex: none;
}
.rl-subheader { grid-column: 1 / -1; display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.rl-logo { color: var(--rl-accent); display: inline-flex; }
.rl-h2 { font-size: 15px; font-weight: 700; line-height: 1.2; border-radius: 4px; }
.rl-framework { min-width: 0; font-size: 12px; line-height: 1.3; color: var(--rl-muted); }
.rl-icon-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  min-width: 30px; height: 30px; padding: 0 6px; border-radius: 6px;
  border: 1px solid transparent; background: transparent; color: var(--rl-muted);
}
.rl-icon-button:hover { background: var(--rl-bg); color: var(--rl-text); border-color: var(--rl-border); }
.rl-toggle { height: 26px; padding: 0 8px; border-color: var(--rl-border); background: var(--rl-bg); flex: none; }
.rl-toggle-text { font-size: 12px; font-weight: 600; }
.rl-toggle[aria-pressed="true"] { background: var(--rl-accent); color: var(--rl-accent-text); border-color: var(--rl-accent); }
.rl-body { overflow-y: auto; overscroll-behavior: contain; padding: 12px; flex: 1 1 auto; min-height: 0; }
@media (max-width: 600px) {
  .rl-panel {
    top: auto; left: 0; right: 0; bottom: 0; width: auto; max-width: none; max-height: 55vh;
    border-radius: 12px 12px 0 0; border-bottom: 0;
  }
}
@media (forced-colors: active) {
  .rl-panel, .rl-card, .rl-finding { border: 1px solid CanvasText; }
}
`;

export const LAUNCHER_CSS = `${BASE_CSS}
.rl-launcher {
  position: fixed; z-index: 2147483645; width: 32px; height: 32px; padding: 0;
  display: inline-flex; align-items: center; justify-content: center;
  border-radius: 50%; border: 1px solid var(--rl-border);
  background: var(--rl-bg); color: var(--rl-accent);
  box-shadow: 0 2px 8px var(--rl-shadow);
}
.rl-launcher:hover { border-color: var(--rl-accent); }
.rl-root .rl-launcher:focus-visible { border-radius: 50%; }
.rl-launcher-badge {
  position: absolute; top: -6px; right: -8px; min-width: 18px; height: 18px; padding: 0 5px;
  border-radius: 9px; font-size: 11px; font-weight: 700; line-height: 18px; text-align: center;
  background: var(--rl-accent); color: var(--rl-accent-text); box-shadow: 0 0 0 2px var(--rl-bg);
}
.rl-launcher-badge-ok { background: var(--rl-present-bg); color: var(--rl-present-text); padding: 0 2px; }
.rl-launcher-badge-ok svg { width: 12px; height: 12px; margin-top: -2px; }
`;
