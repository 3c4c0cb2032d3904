/**
 * Fields Reflect Lens must leave alone: password, email and one-line inputs, a CodeMirror-6-like code editor and a
 * field marked data-reflect-lens="off". Absence needs a clock, so the test first measures how fast the launcher
 * comes for a normal field on this page, then gives each excluded field several times that long.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, launcher, openFixture, sidebar, useExtensionBrowser } from './harness';
import { REFLECTION_WITHOUT_PLAN } from './text';

const e2e = useExtensionBrowser();

const ourHosts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('reflect-lens-launcher, reflect-lens-sidebar, reflect-lens-overlay').length);

describe('fields that get nothing', () => {
  let launcherDelay = 0;

  it('a normal textarea on the same page gets the launcher (the control)', async () => {
    const page = await openFixture(e2e.browser, e2e.server, '/fixtures/excluded.html');
    const started = Date.now();
    await page.locator('#control').click();
    await launcher(page).waitFor({ state: 'attached', timeout: 20_000 });
    launcherDelay = Date.now() - started;
    await page.close();
  });

  const excluded = [
    { name: 'password input', selector: '#password', text: 'correct horse battery staple' },
    { name: 'email input', selector: '#email', text: 'trainee@example.org' },
    { name: 'one-line text input', selector: '#one-line', text: 'The session was facilitated by Sam.' },
    { name: 'CodeMirror-like code editor', selector: '#code', text: REFLECTION_WITHOUT_PLAN },
    { name: 'field marked data-reflect-lens="off"', selector: '#opted-out', text: REFLECTION_WITHOUT_PLAN },
  ];

  it.each(excluded)('$name: no launcher, no sidebar after focusing and typing', async ({ selector, text }) => {
    const page = await openFixture(e2e.browser, e2e.server, '/fixtures/excluded.html');
    await page.locator(selector).click();
    await page.keyboard.insertText(text);
    // Watch for several times the control's launcher delay plus the analysis debounce: nothing may appear.
    const watchUntil = Date.now() + Math.max(2_500, 3 * launcherDelay + 1_000);
    while (Date.now() < watchUntil) {
      expect(await ourHosts(page)).toBe(0);
      await page.waitForTimeout(100);
    }
    expect(await launcher(page).count()).toBe(0);
    expect(await sidebar(page).count()).toBe(0);
    // The extension is alive on this very page: the control still gets its launcher.
    await page.locator('#control').click();
    await launcher(page).waitFor({ state: 'attached', timeout: 20_000 });
    await page.close();
  });

  it('sends nothing to any host but the fixture server', () => {
    expect(foreignRequests(e2e.browser.requests, e2e.server.origin)).toEqual([]);
  });
});
