/**
 * CSS of the popup and side panel pages, on top of lib/ui's REPORT_CSS (the one report view). Uses the same colour
 * variables, so light/dark and the contrast checks carry over. These are our own pages: no shadow root needed.
 */
import { REPORT_CSS } from '../ui/styles';

export const QUICK_CHECK_CSS = `${REPORT_CSS}
html, body { margin: 0; padding: 0; }
body { min-width: 360px; }
.rl-root { min-height: 100vh; background: var(--rl-bg); }
.rl-page { display: flex; flex-direction: column; gap: 12px; padding: 12px 14px 16px; }
.rl-page-header { display: flex; align-items: center; gap: 8px; }
.rl-page-title { font-size: 16px; font-weight: 700; flex: 1 1 auto; display: inline-flex; align-items: center; gap: 6px; }
.rl-page-title svg { color: var(--rl-accent); }
.rl-link-button {
  border: 1px solid var(--rl-border); background: var(--rl-surface); color: var(--rl-text);
  border-radius: 6px; padding: 3px 10px; font-size: 13px; font-weight: 600;
}
.rl-link-button:hover { border-color: var(--rl-accent); }
.rl-h2 { font-size: 14px; font-weight: 700; }
.rl-label { font-size: 13px; font-weight: 650; }
.rl-box {
  width: 100%; min-height: 120px; max-height: 40vh; resize: vertical; padding: 8px 10px;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--rl-text); background: var(--rl-bg); border: 1px solid var(--rl-border); border-radius: 8px;
}
.rl-box:focus-visible { outline: 2px solid var(--rl-focus); outline-offset: 1px; }
.rl-box::placeholder { color: var(--rl-muted); opacity: 1; }
.rl-hint { font-size: 12px; color: var(--rl-muted); }
.rl-tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.rl-status-line { font-size: 13px; background: var(--rl-surface); border-radius: 6px; padding: 6px 10px; }
.rl-switch {
  display: inline-flex; align-items: center; gap: 8px; border: 1px solid var(--rl-border); background: var(--rl-bg);
  color: var(--rl-text); border-radius: 16px; padding: 3px 10px 3px 4px; font-size: 13px; font-weight: 600;
}
.rl-switch-track {
  position: relative; width: 30px; height: 18px; border-radius: 9px; background: var(--rl-bar-track);
  border: 1px solid var(--rl-border); flex: none;
}
.rl-switch-thumb {
  position: absolute; top: 1px; left: 1px; width: 14px; height: 14px; border-radius: 50%; background: var(--rl-muted);
  transition: left 0.12s ease;
}
.rl-switch[aria-checked="true"] .rl-switch-track { background: var(--rl-accent); border-color: var(--rl-accent); }
.rl-switch[aria-checked="true"] .rl-switch-thumb { left: 13px; background: var(--rl-accent-text); }
.rl-tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--rl-border); }
.rl-tab {
  border: 0; background: transparent; padding: 6px 10px; font-size: 13px; font-weight: 600; color: var(--rl-muted);
  border-bottom: 2px solid transparent; margin-bottom: -1px;
}
.rl-tab[aria-selected="true"] { color: var(--rl-text); border-bottom-color: var(--rl-accent); }
.rl-notice { font-size: 13px; background: var(--rl-thin-bg); color: var(--rl-thin-text); border-radius: 6px; padding: 6px 10px; }
.rl-section-gap { display: flex; flex-direction: column; gap: 8px; }
@media (prefers-reduced-motion: reduce) { .rl-switch-thumb { transition: none; } }
`;
