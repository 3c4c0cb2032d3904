/** CSS of the settings page, on lib/ui's colour variables (light/dark, contrast-checked pairs). */
import { REPORT_CSS } from '../ui/styles';

export const OPTIONS_CSS = `${REPORT_CSS}
html, body { margin: 0; padding: 0; }
.rl-root { min-height: 100vh; background: var(--rl-surface); }
.rl-options { max-width: 720px; margin: 0 auto; padding: 24px 20px 48px; display: flex; flex-direction: column; gap: 16px; }
.rl-options-title { font-size: 22px; font-weight: 700; margin: 0; display: flex; align-items: center; gap: 8px; }
.rl-options-title svg { color: var(--rl-accent); }
.rl-options-intro { font-size: 14px; color: var(--rl-muted); }
.rl-options-status { min-height: 1.4em; font-size: 14px; font-weight: 600; }
.rl-options-status-ok { color: var(--rl-present-text); }
.rl-options-status-error { color: var(--rl-error-text); }
.rl-fieldset {
  border: 1px solid var(--rl-border); border-radius: 10px; background: var(--rl-bg);
  padding: 12px 16px 16px; margin: 0; display: flex; flex-direction: column; gap: 8px; min-width: 0;
}
.rl-fieldset legend { font-size: 15px; font-weight: 700; padding: 0 6px; margin-left: -6px; }
.rl-help { font-size: 13px; color: var(--rl-muted); display: block; }
.rl-muted { font-size: 13px; }
.rl-choice { display: flex; align-items: flex-start; gap: 10px; cursor: pointer; padding: 2px 0; }
.rl-choice input { margin: 3px 0 0; width: 16px; height: 16px; accent-color: var(--rl-accent); flex: none; }
.rl-choice-title { display: block; font-weight: 600; }
.rl-field { font-size: 13px; font-weight: 600; margin-top: 4px; }
.rl-input {
  font: inherit; color: var(--rl-text); background: var(--rl-bg); border: 1px solid var(--rl-border);
  border-radius: 6px; padding: 6px 8px; width: 100%;
}
.rl-input-number { width: 120px; }
.rl-textarea { resize: vertical; min-height: 64px; }
.rl-input:focus-visible, .rl-file:focus-visible { outline: 2px solid var(--rl-focus); outline-offset: 1px; }
.rl-input::placeholder { color: var(--rl-muted); opacity: 0.85; }
.rl-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.rl-row .rl-input { flex: 1 1 220px; width: auto; }
.rl-button { padding: 5px 12px; }
.rl-site-list { display: flex; flex-direction: column; gap: 6px; }
.rl-site-list li { display: flex; align-items: center; justify-content: space-between; gap: 8px;
  background: var(--rl-surface); border-radius: 6px; padding: 4px 4px 4px 10px; }
.rl-site { font-weight: 600; overflow-wrap: anywhere; }
.rl-inline-form { display: flex; flex-direction: column; gap: 4px; }
.rl-course-section { display: flex; flex-direction: column; gap: 4px; padding: 8px 0; border-top: 1px solid var(--rl-border); }
.rl-file { font: inherit; color: var(--rl-text); }
`;
