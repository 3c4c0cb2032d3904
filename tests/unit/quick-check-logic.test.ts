/**
 * The popup's and side panel's pure parts: the site switch, picking a selection from several frames, choosing
 * the frame the trainee is writing in, the panel messages, and the analysis options built from settings.
 */
import { describe, expect, it } from 'vitest';
import { currentFrame } from '../../lib/quick-check/panel-link';
import { isPanelActionMessage, isPanelStateMessage, type PanelFieldState } from '../../lib/quick-check/panel-protocol';
import { pickSelection } from '../../lib/quick-check/selection';
import { analyzeOptionsFor, frameworkFor } from '../../lib/quick-check/settings-view';
import { siteOfUrl, withSiteSwitched } from '../../lib/quick-check/site';
import { isSiteDisabled, normalizeSettings } from '../../lib/settings/settings';

describe('site switch', () => {
  it('reads the host of web pages only', () => {
    expect(siteOfUrl('https://Moodle.Example.ac.uk/mod/assign/view.php?id=3')).toBe('moodle.example.ac.uk');
    expect(siteOfUrl('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOfUrl('about:blank')).toBeNull();
    expect(siteOfUrl(undefined)).toBeNull();
    expect(siteOfUrl('not a url')).toBeNull();
  });

  it('switches a site off once, and on again even when a parent domain kept it off', () => {
    const off = withSiteSwitched([], 'www.example.org', true);
    expect(off).toEqual(['www.example.org']);
    expect(withSiteSwitched(off, 'www.example.org', true)).toEqual(['www.example.org']);
    // Already covered by its parent domain: nothing added.
    expect(withSiteSwitched(['example.org'], 'www.example.org', true)).toEqual(['example.org']);
    // Switching on removes whatever covers it, and leaves other sites alone.
    const on = withSiteSwitched(['example.org', 'other.net', 'www.example.org'], 'www.example.org', false);
    expect(on).toEqual(['other.net']);
    expect(isSiteDisabled({ disabledSites: on }, 'www.example.org')).toBe(false);
  });
});

describe('selection from several frames', () => {
  it('takes the one frame that has a selection', () => {
    expect(pickSelection([{ result: '' }, { result: 'I felt nervous.' }, { result: '  ' }])).toBe('I felt nervous.');
    expect(pickSelection([{ result: undefined }, { result: 42 }])).toBe('');
    expect(pickSelection(undefined)).toBe('');
  });
});

describe('side panel: which frame is current', () => {
  const state = (focusedAt: number): PanelFieldState => ({
    kind: 'field',
    text: 'x',
    report: null,
    status: 'idle',
    framework: 'what-so-what',
    canApply: true,
    canSelect: true,
    focusedAt,
  });

  it('is the frame that gained a field last; frames without a field do not count', () => {
    const states = new Map<string, PanelFieldState | null>([
      ['top', state(100)],
      ['iframe', state(200)],
      ['other', null],
    ]);
    expect(currentFrame(states)?.source).toBe('iframe');
    states.set('iframe', null);
    expect(currentFrame(states)?.source).toBe('top');
    expect(currentFrame(new Map([['a', null]]))).toBeNull();
  });

  it('accepts only well-formed port messages', () => {
    expect(isPanelStateMessage({ type: 'state', source: 'a', state: null })).toBe(true);
    expect(isPanelStateMessage({ type: 'state', source: 'a' })).toBe(false);
    expect(isPanelActionMessage({ type: 'apply', source: 'a', finding: {} })).toBe(true);
    expect(isPanelActionMessage({ type: 'delete-everything', source: 'a' })).toBe(false);
    expect(isPanelActionMessage('apply')).toBe(false);
  });
});

describe('analysis options from settings', () => {
  it('uses the course wording as a framework object, and the plain id otherwise', () => {
    const plain = normalizeSettings({ framework: 'gibbs', spelling: 'us', rules: { passive: false } });
    expect(analyzeOptionsFor(plain)).toEqual({ framework: 'gibbs', rules: { passive: false }, spelling: 'us' });

    const course = normalizeSettings({ customSections: { applying: { title: 'Next steps', prompts: ['What next?'] } } });
    const options = analyzeOptionsFor(course);
    expect(typeof options.framework).toBe('object');
    const framework = frameworkFor(course);
    expect(framework.sections.find((s) => s.id === 'applying')).toMatchObject({ title: 'Next steps', prompts: ['What next?'] });
    // An unknown model id falls back to the default model rather than breaking.
    expect(frameworkFor(normalizeSettings({ framework: 'no-such-model' })).id).toBe('what-so-what');
    // The side panel draws the tab's model.
    expect(frameworkFor(plain, 'what-so-what').id).toBe('what-so-what');
  });
});
