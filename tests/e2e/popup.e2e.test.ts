/**
 * The popup's quick check, opened as a page (chrome-extension://<id>/popup.html): paste a reflection, see the
 * section cards and findings; click a finding to select it in the box; Apply changes the box and Ctrl+Z undoes
 * it; nothing is stored and nothing leaves for the network. Also the injected selection reader, run in a page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS_DIR, foreignRequests, openFixture, useExtensionBrowser } from './harness';
import { allStoredText, openExtensionPage, settle } from './quick-check-helpers';
import { FORMAL_WORD, PLAN_SENTENCE, REFLECTION_WITHOUT_PLAN } from './text';
import { selectedTextInPage } from '../../lib/quick-check/selection';

const e2e = useExtensionBrowser();

describe('popup quick check', () => {
  it('shows the report for pasted text, selects and applies findings with undo, stores nothing', async () => {
    const page = await openExtensionPage(e2e.browser, 'popup.html', { width: 420, height: 900 });
    const box = page.locator('textarea[data-quick-check-box]');
    await box.click();
    await page.keyboard.insertText(REFLECTION_WITHOUT_PLAN);

    const card = (id: string) => page.locator(`[data-section="${id}"][data-present]`);
    const presence = () =>
      Promise.all(['happened', 'learning', 'applying'].map((id) => card(id).getAttribute('data-present', { timeout: 1000 }).catch(() => null)));
    await expect.poll(presence, { timeout: 20_000 }).toEqual(['true', 'true', 'false']);
    await expect.poll(() => page.locator('[data-rule="formal"][data-start][data-end]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-rule="passive"][data-start][data-end]').count()).toBeGreaterThan(0);

    // Picture for the README, with the report in place.
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'popup-light.png') });

    // A finding about the formal word: clicking its quote selects exactly those words in the box.
    const item = page.locator('[data-rule="formal"][data-start][data-end]').filter({ hasText: FORMAL_WORD }).first();
    const start = Number(await item.getAttribute('data-start'));
    const end = Number(await item.getAttribute('data-end'));
    expect(REFLECTION_WITHOUT_PLAN.slice(start, end)).toContain(FORMAL_WORD);
    await item.locator('[data-action="select"]').click();
    const selection = await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, document.activeElement === el]);
    expect(selection).toEqual([start, end, true]);

    // Apply: the box changes; Ctrl+Z in the box brings the words back (text-field-edit keeps undo).
    const before = await box.inputValue();
    await item.locator('[data-action="apply"]').click();
    await expect.poll(() => box.inputValue()).not.toContain(FORMAL_WORD);
    const after = await box.inputValue();
    expect(after.length).toBeGreaterThan(before.length - 20);
    await box.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => box.inputValue()).toBe(before);

    // Adding a plan turns "applying" present: the report follows the box.
    await box.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(` ${PLAN_SENTENCE}`);
    await expect.poll(() => card('applying').getAttribute('data-present'), { timeout: 20_000 }).toBe('true');

    // The text lives only in the page: no storage area has any of it.
    const stored = await allStoredText(page);
    expect(stored).not.toContain('facilitated');
    expect(stored).not.toContain(PLAN_SENTENCE.slice(0, 20));
    expect(foreignRequests(e2e.browser.requests, e2e.server.origin)).toEqual([]);
    await page.close();
  });

  it('says so calmly when there is no web page behind it to read a selection from', async () => {
    const page = await openExtensionPage(e2e.browser, 'popup.html');
    await page.locator('[data-action="check-selection"]').click();
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toMatch(/paste it here/i);
    // No page behind it: no on/off switch either.
    expect(await page.locator('[data-action="toggle-site"]').count()).toBe(0);
    await page.close();
  });

  it('reads the selection in a page, including inside a text box (the function executeScript injects)', async () => {
    const page = await openFixture(e2e.browser, e2e.server, '/fixtures/textarea.html');
    await page.locator('textarea#reflection').fill('I felt nervous. I learned to listen.');
    await page.locator('textarea#reflection').evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(2, 15);
    });
    expect(await page.evaluate(selectedTextInPage)).toBe('felt nervous.');
    // A selection in the page's own text.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      const heading = document.querySelector('h1')!;
      const range = document.createRange();
      range.selectNodeContents(heading);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    expect(await page.evaluate(selectedTextInPage)).toBe('Peer support training: weekly reflection');
    await page.close();
  });
});
