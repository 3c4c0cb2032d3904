/**
 * Privacy, proven in the browser: while the extension works on every editor fixture page (TinyMCE in its iframe,
 * CKEditor 5, Quill, ProseMirror, a React textarea, a plain textarea) and on a page with cross-origin frames, every
 * request the browser makes (pages, frames, the extension's service worker) goes to the page's own server(s) and
 * nowhere else; and afterwards the extension's storage (sync, local, session) holds settings only, no essay text.
 * (The Google Docs fixture has its own privacy test, next to the Docs support.)
 */
import { describe, expect, it } from 'vitest';
import { EDITORS, findings, foreignRequests, openFixture, startFixtureServer, useExtensionBrowser } from './harness';
import { HOSTILE_ESSAY, openHostile, sleep, startHostileServer, storageDump, writeSettings } from './hostile-helpers';

const WAIT = { timeout: 20_000 };
/** Words of the essay that appear nowhere in our settings or code: finding one in storage means text leaked. */
const ESSAY_MARKERS = ['check-in group', 'utilise silence', 'peer workers', 'open question', 'waiting helped'];

/** Both servers: the editor fixture pages, and the hostile pages with their second origin. */
async function startBothServers() {
  const [fixtures, hostile] = await Promise.all([startFixtureServer(), startHostileServer()]);
  return {
    fixtures,
    hostile,
    close: async () => {
      await Promise.all([fixtures.close(), hostile.close()]);
    },
  };
}

const e2e = useExtensionBrowser({
  startServer: startBothServers,
  // Settings written the way the options page does, so storage is not empty when checked.
  afterLaunch: (browser) => writeSettings(browser, { autoOpenWords: 1 }),
});

describe('privacy', () => {
  it.each(EDITORS)('$kind: no request leaves for any host but the page’s own server', async (fixture) => {
    const from = e2e.browser.requests.length;
    const page = await openFixture(e2e.browser, e2e.server.fixtures, fixture.page);
    const frame = await fixture.frame(page);
    await frame.locator(fixture.field).click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    const apply = findings(page, 'formal').filter({ hasText: 'utilise' }).locator('[data-action="apply"]');
    await apply.waitFor(WAIT);
    await apply.click();
    await findings(page, 'formal').filter({ hasText: 'utilise' }).waitFor({ state: 'detached', ...WAIT });
    await sleep(500);
    await page.close();
    const requests = e2e.browser.requests.slice(from);
    expect(requests.length).toBeGreaterThan(0); // the recorder works: the page itself was loaded
    expect(foreignRequests(requests, e2e.server.fixtures.origin)).toEqual([]);
  });

  it('a page with cross-origin frames: requests go to its two own origins only', async () => {
    const { hostile } = e2e.server;
    const from = e2e.browser.requests.length;
    const page = await openHostile(e2e.browser, hostile, 'frames.html');
    for (const frame of page.frames().filter((f) => f.url().startsWith(hostile.crossOrigin))) {
      await frame.locator('#inner').click();
      await page.keyboard.insertText(HOSTILE_ESSAY);
    }
    await page.locator('#local').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await findings(page, 'formal').filter({ hasText: 'utilise' }).waitFor(WAIT);
    await page.close();
    const requests = e2e.browser.requests.slice(from);
    const elsewhere = foreignRequests(requests, hostile.origin).filter((url) => new URL(url).origin !== hostile.crossOrigin);
    expect(elsewhere).toEqual([]);
  });

  it('storage holds settings only: no essay text in sync, local or session storage', async () => {
    const dump = await storageDump(e2e.browser);
    for (const marker of ESSAY_MARKERS) expect(dump).not.toContain(marker);
    const areas = JSON.parse(dump) as Record<string, Record<string, unknown>>;
    // The only key anywhere is the settings object.
    expect(Object.keys(areas.sync)).toEqual(['settings']);
    expect(Object.keys(areas.local ?? {})).toEqual([]);
    expect(Object.keys(areas.session ?? {})).toEqual([]);
  });
});
