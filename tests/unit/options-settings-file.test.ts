/**
 * The settings file (export/import on the options page): settings only, through the normaliser; a file that is
 * not one is refused with a plain message; keys that are not settings are left out and named.
 */
import { describe, expect, it } from 'vitest';
import {
  FILE_ERRORS,
  MAX_SETTINGS_FILE_BYTES,
  SETTINGS_FILE_KIND,
  fitsInSync,
  parseSettingsFile,
  settingsFileContent,
  settingsFileName,
} from '../../lib/options/settings-file';
import { normalizeSettings } from '../../lib/settings/settings';

describe('settings file', () => {
  it('round-trips every setting', () => {
    const settings = normalizeSettings({
      framework: 'gibbs',
      rules: { passive: false, 'long-sentence': true },
      spelling: 'us',
      autoOpenWords: 80,
      showStructure: true,
      disabledSites: ['mail.example.org'],
      customSections: { 'action-plan': { title: 'Next steps', prompts: ['What will you try next shift?'] } },
    });
    const content = settingsFileContent(settings);
    expect(JSON.parse(content).kind).toBe(SETTINGS_FILE_KIND);
    const parsed = parseSettingsFile(content);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(normalizeSettings({ ...normalizeSettings({}), ...parsed.patch })).toEqual(settings);
    expect(parsed.ignored).toEqual([]);
  });

  it('sets only what the file has, and leaves out (and names) what is not a setting', () => {
    const parsed = parseSettingsFile(
      JSON.stringify({ spelling: 'us', essay: 'I felt nervous before the group session.', customSections: { applying: { title: ' Plan ' } } }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.patch).toEqual({ spelling: 'us', customSections: { applying: { title: 'Plan' } } });
    expect(parsed.ignored).toEqual(['essay']);
    expect(JSON.stringify(parsed.patch)).not.toContain('nervous');
  });

  it('refuses files that are not settings, with a plain reason', () => {
    expect(parseSettingsFile('I felt nervous.')).toEqual({ ok: false, error: FILE_ERRORS.notJson });
    expect(parseSettingsFile('[1,2]')).toEqual({ ok: false, error: FILE_ERRORS.notSettings });
    expect(parseSettingsFile('{"colour":"blue"}')).toEqual({ ok: false, error: FILE_ERRORS.notSettings });
    expect(parseSettingsFile(JSON.stringify({ kind: SETTINGS_FILE_KIND, version: 1, settings: 'x' }))).toEqual({
      ok: false,
      error: FILE_ERRORS.notSettings,
    });
    expect(parseSettingsFile(JSON.stringify({ kind: SETTINGS_FILE_KIND, version: 99, settings: {} }))).toEqual({
      ok: false,
      error: FILE_ERRORS.newerVersion,
    });
    expect(parseSettingsFile(' '.repeat(MAX_SETTINGS_FILE_BYTES + 1))).toEqual({ ok: false, error: FILE_ERRORS.tooBig });
  });

  it('keeps the current model when the file names one this version does not know', () => {
    const parsed = parseSettingsFile(JSON.stringify({ framework: 'kolb', spelling: 'us' }));
    expect(parsed.ok && parsed.patch).toEqual({ spelling: 'us' });
    expect(parsed.ok && parsed.ignored).toEqual(['framework']);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseSettingsFile('\uFEFF{"showStructure":true}')).toMatchObject({ ok: true, patch: { showStructure: true } });
  });

  it('knows when course wording is too long for one sync item', () => {
    expect(fitsInSync(normalizeSettings({}))).toBe(true);
    const long = normalizeSettings({ customSections: { applying: { prompts: ['What next? '.repeat(900)] } } });
    expect(fitsInSync(long)).toBe(false);
  });

  it('names the file by date', () => {
    expect(settingsFileName(new Date('2025-03-04T10:00:00Z'))).toBe('reflect-lens-settings-2025-03-04.json');
  });
});
