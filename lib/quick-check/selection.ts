/**
 * "Check the selected text on this page": read the selection in the current tab with `scripting.executeScript`,
 * which the `activeTab` permission allows for the tab the trainee opened the popup on (and only then). Nothing
 * is injected at any other time, and the text stays in the popup's memory.
 */
import { browser } from 'wxt/browser';

/**
 * Runs in the page (serialised by executeScript, so it must use nothing from outside itself). A selection inside
 * a text box is not part of window.getSelection() in Chrome or Firefox, so the focused field is read too.
 */
export function selectedTextInPage(): string {
  const active = document.activeElement as HTMLTextAreaElement | HTMLInputElement | null;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    try {
      const { selectionStart, selectionEnd, value } = active;
      if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
        return value.slice(selectionStart, selectionEnd);
      }
    } catch {
      // inputs without a selection API (type=email, number…)
    }
  }
  return window.getSelection()?.toString() ?? '';
}

/** The longest non-empty result wins: a selection lives in one frame, the others answer ''. */
export function pickSelection(results: readonly { result?: unknown }[] | undefined): string {
  let best = '';
  for (const entry of results ?? []) {
    const text = typeof entry?.result === 'string' ? entry.result : '';
    if (text.trim().length > best.trim().length) best = text;
  }
  return best;
}

export type SelectionRead = { ok: true; text: string } | { ok: false; reason: 'no-access' };

export async function readSelectionInTab(tabId: number): Promise<SelectionRead> {
  const scripting = (browser as any).scripting;
  if (!scripting?.executeScript) return { ok: false, reason: 'no-access' };
  try {
    // Every frame first (a selection inside a TinyMCE iframe); activeTab may not reach cross-origin frames.
    const results = await scripting.executeScript({ target: { tabId, allFrames: true }, func: selectedTextInPage });
    return { ok: true, text: pickSelection(results) };
  } catch {
    try {
      const results = await scripting.executeScript({ target: { tabId }, func: selectedTextInPage });
      return { ok: true, text: pickSelection(results) };
    } catch {
      return { ok: false, reason: 'no-access' };
    }
  }
}
