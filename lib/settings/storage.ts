/**
 * Settings in browser.storage.sync, so they follow the trainee between computers. Only settings are stored
 * here, never essay text. The plain storage API (not WXT's storage wrapper) keeps the content script small;
 * the key is the same one `storage.defineItem('sync:settings')` would use, so either can read it.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** Current settings; the defaults when storage is empty, unreadable or holds something odd. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return normalizeSettings(stored?.[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

/** Call `onChange` with the new settings whenever they change (from the options page or another device). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    try {
      onChange(normalizeSettings(changes[SETTINGS_KEY]?.newValue));
    } catch {
      // A listener failing must not break storage events for the rest of the extension.
    }
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => {};
  }
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Save a change to some settings, keeping the rest. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}
