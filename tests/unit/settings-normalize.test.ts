import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMEWORK } from '../../lib/frameworks';
import {
  applyCustomSections,
  DEFAULT_SETTINGS,
  isSiteDisabled,
  normalizeSettings,
  normalizeSite,
} from '../../lib/settings/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and repairs wrong ones field by field', () => {
    const s = normalizeSettings({
      framework: 'gibbs',
      rules: { passive: false, formal: 'yes', bogus: true },
      spelling: 'us',
      autoOpenWords: -5,
      showStructure: true,
      disabledSites: ['https://WWW.Example.org/forms', 42, ''],
    });
    expect(s.framework).toBe('gibbs');
    expect(s.rules).toEqual({ passive: false });
    expect(s.spelling).toBe('us');
    expect(s.autoOpenWords).toBe(DEFAULT_SETTINGS.autoOpenWords);
    expect(s.showStructure).toBe(true);
    expect(s.disabledSites).toEqual(['www.example.org']);
  });

  it('keeps only usable custom section wording', () => {
    const s = normalizeSettings({ customSections: { applying: { title: ' Next steps ', prompts: ['', 'What will you try?'] }, x: 3 } });
    expect(s.customSections).toEqual({ applying: { title: 'Next steps', prompts: ['What will you try?'] } });
  });
});

describe('disabled sites', () => {
  it('matches a listed host and its subdomains, not look-alikes', () => {
    const settings = { disabledSites: ['example.org'] };
    expect(isSiteDisabled(settings, 'example.org')).toBe(true);
    expect(isSiteDisabled(settings, 'moodle.example.org')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.org')).toBe(false);
    expect(isSiteDisabled(settings, '')).toBe(false);
  });

  it('reads a pasted address as its host', () => {
    expect(normalizeSite('http://127.0.0.1:8080/page')).toBe('127.0.0.1');
    expect(normalizeSite('Canvas.Example.edu.')).toBe('canvas.example.edu');
  });
});

describe('applyCustomSections', () => {
  it('lays course wording over the model without touching the original', () => {
    const id = DEFAULT_FRAMEWORK.sections[2].id;
    const custom = applyCustomSections(DEFAULT_FRAMEWORK, { [id]: { title: 'Next steps' } });
    expect(custom.sections[2].title).toBe('Next steps');
    expect(custom.sections[2].prompts).toEqual(DEFAULT_FRAMEWORK.sections[2].prompts);
    expect(DEFAULT_FRAMEWORK.sections[2].title).not.toBe('Next steps');
  });
});
