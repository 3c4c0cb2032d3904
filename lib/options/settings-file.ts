/**
 * The settings file a tutor hands to trainees (and anyone can export): JSON with a kind marker, a version, and
 * the settings. Importing goes through lib/settings's normaliser, so only known settings with the right types get
 * in; anything else (and any essay text someone pasted into the file) is left out. Pure, for the unit tests.
 */
import { FRAMEWORKS } from '../frameworks';
import { normalizeSettings, type Settings } from '../settings/settings';

export const SETTINGS_FILE_KIND = 'reflect-lens-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is small; anything bigger is not one. */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;
/** browser.storage.sync keeps at most 8 KB per item (QUOTA_BYTES_PER_ITEM = 8192, key included). */
export const SYNC_ITEM_LIMIT_BYTES = 8000;

const KNOWN_KEYS: readonly (keyof Settings)[] = [
  'framework',
  'rules',
  'spelling',
  'autoOpenWords',
  'showStructure',
  'disabledSites',
  'customSections',
];

export interface SettingsFile {
  kind: typeof SETTINGS_FILE_KIND;
  version: number;
  settings: Settings;
}

export function settingsFileContent(settings: Settings): string {
  const file: SettingsFile = { kind: SETTINGS_FILE_KIND, version: SETTINGS_FILE_VERSION, settings: normalizeSettings(settings) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(date = new Date()): string {
  return `reflect-lens-settings-${date.toISOString().slice(0, 10)}.json`;
}

export type ParsedSettingsFile =
  | {
      ok: true;
      /** Only the settings the file sets: the trainee's other settings stay as they are. */
      patch: Partial<Settings>;
      /** Top-level names in the file that are not settings (left out). */
      ignored: string[];
    }
  | { ok: false; error: string };

export const FILE_ERRORS = {
  tooBig: 'That file is too big to be a Reflect Lens settings file.',
  notJson: 'That file is not a Reflect Lens settings file (it isn’t readable JSON).',
  notSettings: 'That file doesn’t contain any Reflect Lens settings.',
  newerVersion: 'That settings file was made by a newer version of Reflect Lens. Please update the extension first.',
  tooMuchForSync: 'The course wording in that file is too long for the browser to keep (about 8 KB at most).',
} as const;

export function parseSettingsFile(text: string): ParsedSettingsFile {
  if (new Blob([text]).size > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: FILE_ERRORS.tooBig };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: FILE_ERRORS.notJson };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: FILE_ERRORS.notSettings };
  let body = data as Record<string, unknown>;
  if (body.kind === SETTINGS_FILE_KIND) {
    if (typeof body.version === 'number' && body.version > SETTINGS_FILE_VERSION) return { ok: false, error: FILE_ERRORS.newerVersion };
    if (!body.settings || typeof body.settings !== 'object' || Array.isArray(body.settings)) {
      return { ok: false, error: FILE_ERRORS.notSettings };
    }
    body = body.settings as Record<string, unknown>;
  }
  const present = KNOWN_KEYS.filter((key) => key in body);
  if (present.length === 0) return { ok: false, error: FILE_ERRORS.notSettings };
  const ignored = Object.keys(body).filter((key) => !(KNOWN_KEYS as readonly string[]).includes(key));
  const normal = normalizeSettings(body);
  const patch: Partial<Settings> = {};
  for (const key of present) {
    if (key === 'framework' && !FRAMEWORKS.some((f) => f.id === normal.framework)) {
      ignored.push('framework');
      continue;
    }
    (patch as Record<string, unknown>)[key] = normal[key];
  }
  if (Object.keys(patch).length === 0) return { ok: false, error: FILE_ERRORS.notSettings };
  return { ok: true, patch, ignored };
}

/** Would these settings fit in one storage.sync item? */
export function fitsInSync(settings: Settings): boolean {
  return new Blob([JSON.stringify({ settings })]).size <= SYNC_ITEM_LIMIT_BYTES;
}
