/**
 * Settings in browser.storage.sync (through WXT storage), so they follow the trainee between computers.
 * Only settings are stored here, never essay text.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
});

/** Current settings; the defaults when storage is empty, unreadable or holds something odd. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return normalizeSettings(undefined);
  }
}

/** Call `onChange` with the new settings whenever they change (from the options page or another device). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    try {
      onChange(normalizeSettings(value));
    } catch {
      // A listener failing must not break storage events for the rest of the extension.
    }
  });
}

/** Save a change to some settings, keeping the rest. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
