/**
 * The background: hosts the one analysis engine of the browser and forwards the keyboard shortcut to the tab.
 * Text arrives over the in-browser message channel and is analysed here; nothing is sent anywhere else.
 */
import { browser } from 'wxt/browser';
import { createAnalyzer, type AnalyzeOptions, type Analyzer } from '../analysis';
import { onMessage } from '../messaging';
import { AnalyzerRegistry, scopedFieldId, tabPrefix } from './registry';
import { sendToTab, TOGGLE_SIDEBAR_COMMAND } from './tab-messaging';
import { registerDocsFetch } from './docs-fetch';
import { startContextMenu } from './context-menu';

export function startBackground(): void {
  const registry = new AnalyzerRegistry<Analyzer, AnalyzeOptions | undefined>((options) => createAnalyzer(options), 50);

  onMessage('analyze', ({ data, sender }) => {
    const fieldId = scopedFieldId(sender?.tab?.id, sender?.frameId, data.fieldId);
    const analyzer = registry.get(fieldId, data.options);
    const report = analyzer.update(typeof data.text === 'string' ? data.text : '');
    return { fieldId: data.fieldId, seq: data.seq, report };
  });

  onMessage('release', ({ data, sender }) => {
    registry.release(scopedFieldId(sender?.tab?.id, sender?.frameId, data));
  });

  registerDocsFetch();
  // Issue 4: "Check reflection structure" on a selection opens the quick check (lib/background/context-menu.ts).
  startContextMenu();

  warmUp();

  browser.tabs.onRemoved.addListener((tabId) => {
    registry.releasePrefix(tabPrefix(tabId));
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SIDEBAR_COMMAND) return;
    void forwardToggle(tab?.id);
  });
}

/**
 * The first analysis after the engine loads is several times slower than later ones (the NLP code is still being
 * compiled: ~350 ms extra at 3,000 words in `npm run bench`). Pay that once on an invented sentence as soon as the
 * browser is idle, not on the trainee's first pause.
 */
function warmUp(): void {
  const run = () => {
    try {
      createAnalyzer().update('Today we practised listening in pairs. I realised I rush. Next time I will wait.');
    } catch {
      // A failed warm-up only costs speed; the real request reports its own error.
    }
  };
  setTimeout(run, 0);
}

async function forwardToggle(tabId: number | undefined): Promise<void> {
  try {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    // Sent to every frame of the tab; the frame that owns the field (or the top frame) answers.
    if (id !== undefined) await sendToTab('toggleSidebar', undefined, id);
  } catch {
    // No content script in this tab (a browser page, or a site switched off): nothing to toggle.
  }
}
