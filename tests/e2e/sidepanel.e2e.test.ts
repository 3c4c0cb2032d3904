/**
 * The side panel page (chrome-extension://<id>/sidepanel.html, opened in a tab next to a fixture page and pointed
 * at it with ?tab=<id>, as Chrome's side panel follows the window's active tab): it shows the report of the field
 * the trainee is writing in, follows the writing live, and Apply from the panel changes the page's field. With no
 * field in use it offers the quick check.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS_DIR, foreignRequests, openFixture, sectionCard, useExtensionBrowser } from './harness';
import { allStoredText, extensionUrl, openAndFindTabId, openExtensionPage, settle } from './quick-check-helpers';
import { FORMAL_WORD, PLAN_SENTENCE, REFLECTION_WITHOUT_PLAN } from './text';

const e2e = useExtensionBrowser();

describe('side panel', () => {
  it("shows the focused field's report, live while writing, and applies in the page", async () => {
    const panel = await openExtensionPage(e2e.browser, 'sidepanel.html', { width: 380, height: 1000 });
    const { value: page, tabId } = await openAndFindTabId(panel, () => openFixture(e2e.browser, e2e.server, '/fixtures/textarea.html'));
    const field = page.locator('textarea#reflection');
    await field.click();
    await page.keyboard.insertText(REFLECTION_WITHOUT_PLAN);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), { timeout: 20_000 }).toBe('false');

    await panel.goto(extensionUrl(e2e.browser, `sidepanel.html?tab=${tabId}`));
    const card = (id: string) => panel.locator(`#rl-view-page [data-section="${id}"][data-present]`);
    const presence = () =>
      Promise.all(['happened', 'learning', 'applying'].map((id) => card(id).getAttribute('data-present', { timeout: 1000 }).catch(() => null)));
    await expect.poll(presence, { timeout: 20_000 }).toEqual(['true', 'true', 'false']);
    expect(await panel.locator('main').getAttribute('data-view')).toBe('page');
    await expect.poll(() => panel.locator('#rl-view-page [data-rule="formal"][data-start]').count()).toBeGreaterThan(0);

    await settle(panel);
    await panel.screenshot({ path: join(SCREENSHOTS_DIR, 'sidepanel-light.png') });

    // The trainee keeps writing in the page: the panel follows.
    await field.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(` ${PLAN_SENTENCE}`);
    await expect.poll(presence, { timeout: 20_000 }).toEqual(['true', 'true', 'true']);

    // Apply in the panel goes through the page's own field (the content script's editor adapter).
    const item = panel.locator('#rl-view-page [data-rule="formal"][data-start]').filter({ hasText: FORMAL_WORD }).first();
    await item.locator('[data-action="apply"]').click();
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).not.toContain(FORMAL_WORD);

    // Settings only in storage; the field's text crossed only the in-browser port.
    const stored = await allStoredText(panel);
    expect(stored).not.toContain('facilitated');
    expect(foreignRequests(e2e.browser.requests, e2e.server.origin)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('offers the quick check when the tab has no field in use', async () => {
    const panel = await openExtensionPage(e2e.browser, 'sidepanel.html', { width: 380, height: 900 });
    // This tab is the panel itself: no web page, so no field.
    await expect.poll(() => panel.locator('main').getAttribute('data-view')).toBe('quick');
    await panel.locator('#rl-view-quick textarea[data-quick-check-box]').click();
    await panel.keyboard.insertText(REFLECTION_WITHOUT_PLAN);
    await expect
      .poll(() => panel.locator('#rl-view-quick [data-section="applying"][data-present]').getAttribute('data-present', { timeout: 1000 }).catch(() => null), {
        timeout: 20_000,
      })
      .toBe('false');
    await panel.close();
  });
});
