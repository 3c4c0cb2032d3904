/**
 * What the extension does to a page when the trainee (or something going wrong) acts: the page's own behaviour
 * (autosave on input events, form submit, its own undo) is unchanged; Apply on stale findings is refused; two quick
 * Applies in a row leave the text right; switching the site off removes every trace at once; a failure in our
 * background shows as a calm error state in the sidebar and never on the page's console.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findings, sidebar, useExtensionBrowser } from './harness';
import {
  collectErrors,
  HOSTILE_ESSAY,
  openHostile,
  serviceWorker,
  sleep,
  startHostileServer,
  tracesIn,
  writeSettings,
} from './hostile-helpers';

const WAIT = { timeout: 20_000 };
const STALE = /changed since I last read it/;
const CALM_ERROR = /I couldn’t check your writing just now/;

const e2e = useExtensionBrowser({
  startServer: startHostileServer,
  afterLaunch: (browser) => writeSettings(browser, { autoOpenWords: 1 }),
});

/** Everything the sidebar says, notices included (the host's own innerText is empty: it is all in the shadow root). */
const panelText = (page: Page) => sidebar(page).evaluate((host) => host.shadowRoot?.textContent ?? '');

const applyButton = (page: Page, rule: string, word: string) =>
  findings(page, rule).filter({ hasText: word }).locator('[data-action="apply"]');

describe('the page and its text stay safe', () => {
  it("keeps the page's own behaviour: autosave per input event, form submit, its own undo", async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'behaviour.html');
    const errors = collectErrors(page);
    const typed = 'On Monday the group was run by Sam. I will utilise the quiet.';
    await page.locator('#essay').click();
    await page.keyboard.type(typed);
    await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
    // One autosave and one keydown per key, nothing more, while the sidebar was drawn and the text analysed.
    const before = await page.evaluate(() => ({ autosaves: (window as any).autosaves.length, keydowns: (window as any).keydowns }));
    expect(before).toEqual({ autosaves: typed.length, keydowns: typed.length });
    // Apply is an edit like any other: the page's autosave sees it, once, with the new text.
    await applyButton(page, 'formal', 'utilise').click();
    const applied = typed.replace('utilise', 'use');
    await expect.poll(() => page.locator('#essay').inputValue(), WAIT).toBe(applied);
    expect(await page.evaluate(() => (window as any).autosaves.slice(-1)[0])).toBe(applied);

    // The page's own undo on another field still gets Ctrl+Z.
    await page.locator('#notes').click();
    await page.keyboard.type('abc');
    await page.keyboard.press('Control+z');
    expect(await page.evaluate(() => (window as any).ownUndos)).toBe(1);
    expect(await page.locator('#notes').inputValue()).toBe('ab');

    // Submit (Enter on the button) reaches the page's handler with the field values.
    await page.locator('#send').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as any).submitted), WAIT).toEqual([{ essay: applied, notes: 'ab' }]);
    expect(errors.messages).toEqual([]);
    await page.close();
  });

  it('refuses Apply when the text under the finding changed, says so calmly, and re-checks', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'removed.html');
    const errors = collectErrors(page);
    await page.locator('#survivor').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
    // The page changes the word under the finding behind our back (script, no input event).
    await page.evaluate(() => {
      const field = document.getElementById('survivor') as HTMLTextAreaElement;
      field.value = field.value.replace('utilise', 'utilize');
    });
    await applyButton(page, 'formal', 'utilise').click();
    await expect.poll(() => panelText(page), WAIT).toMatch(STALE);
    expect(await page.locator('#survivor').inputValue()).toBe(HOSTILE_ESSAY.replace('utilise', 'utilize'));
    // The re-check finds the word where it is now.
    await applyButton(page, 'formal', 'utilize').waitFor(WAIT);
    expect(errors.messages).toEqual([]);
    await page.close();
  });

  it('two quick Applies in a row (and a double click) leave the text right, in a textarea and a contenteditable', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'busy.html');
    const errors = collectErrors(page);
    for (const box of ['#box0', '#box2']) {
      await page.locator(box).click();
      await page.keyboard.insertText(HOSTILE_ESSAY);
      await applyButton(page, 'formal', 'commence').waitFor(WAIT);
      await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
      // Back to back, no waiting for the re-analysis between them.
      await applyButton(page, 'formal', 'utilise').click();
      await applyButton(page, 'formal', 'commence').click();
      const expected = HOSTILE_ESSAY.replace('utilise', 'use').replace('commence', 'start');
      const read = () =>
        page.locator(box).evaluate((el) => (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText).trim());
      await expect.poll(read, WAIT).toBe(expected);
      await sleep(800);
      expect(await read()).toBe(expected);
    }
    // A double click on one Apply replaces once.
    await page.locator('#box3').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
    await applyButton(page, 'formal', 'utilise').dblclick().catch(() => {
      // The button may vanish after the first click (the applied finding leaves the list): that is fine.
    });
    await expect.poll(() => page.locator('#box3').inputValue(), WAIT).toBe(HOSTILE_ESSAY.replace('utilise', 'use'));
    await sleep(800);
    expect(await page.locator('#box3').inputValue()).toBe(HOSTILE_ESSAY.replace('utilise', 'use'));
    expect(errors.messages).toEqual([]);
    await page.close();
  });

  it('switching the site off removes every trace at once, and typing brings nothing back', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'busy.html');
    const errors = collectErrors(page);
    const clean = await tracesIn(page);
    await page.locator('#box2').click(); // contenteditable: underlines via CSS highlights + adopted sheet
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
    await expect.poll(async () => (await tracesIn(page)).highlights, WAIT).toBeGreaterThan(0);
    try {
      const switchedAt = Date.now();
      await writeSettings(e2e.browser, { disabledSites: ['127.0.0.1'] });
      await expect.poll(() => tracesIn(page), { timeout: 2_000, interval: 50 }).toEqual(clean);
      const took = Date.now() - switchedAt;
      expect(took).toBeLessThan(2_000);
      await page.keyboard.type(' More words were typed by me.');
      await page.locator('#box0').click();
      await page.keyboard.type('Hello.');
      await sleep(1_200);
      expect(await tracesIn(page)).toEqual(clean);
      expect((await page.locator('#box2').innerText()).trim()).toBe(`${HOSTILE_ESSAY} More words were typed by me.`);
    } finally {
      await writeSettings(e2e.browser, { disabledSites: [] });
    }
    // Switched back on: it works again without a reload.
    await page.locator('#box5').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
    expect(errors.messages).toEqual([]);
    await page.close();
  });

  it('a failure in the background shows a calm error in the sidebar, nothing on the page console, and recovers', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'removed.html');
    const errors = collectErrors(page);
    await page.locator('#survivor').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await applyButton(page, 'formal', 'utilise').waitFor(WAIT);
    const worker = await serviceWorker(e2e.browser);
    // Break the engine's registry: it keys analyzers by JSON.stringify(options), and options carry `spelling`.
    await worker.evaluate(() => {
      const g = globalThis as any;
      g.__realStringify = JSON.stringify;
      JSON.stringify = function (this: unknown, value: any, ...rest: any[]) {
        if (value && typeof value === 'object' && 'spelling' in value) throw new Error('test: analyzer registry broken');
        return g.__realStringify.call(this, value, ...rest);
      } as typeof JSON.stringify;
    });
    try {
      await page.keyboard.type(' The plan was agreed by everyone.');
      await expect.poll(() => panelText(page), WAIT).toMatch(CALM_ERROR);
      // The sidebar is still there and readable (not vanished, not a stack trace).
      expect(await sidebar(page).locator('.rl-panel').isVisible()).toBe(true);
      expect(await panelText(page)).not.toMatch(/test: analyzer registry broken|Error:|at \w+ \(/);
    } finally {
      await worker.evaluate(() => {
        const g = globalThis as any;
        JSON.stringify = g.__realStringify;
      });
    }
    // Typing again after the failure: a fresh report replaces the error.
    await page.keyboard.type(' I will utilise it.');
    await expect.poll(() => panelText(page), WAIT).not.toMatch(CALM_ERROR);
    await findings(page, 'passive').filter({ hasText: 'was agreed' }).waitFor(WAIT);
    expect(errors.messages).toEqual([]);
    await page.close();
  });
});
