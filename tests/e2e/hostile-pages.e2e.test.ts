/**
 * Hostile and busy pages (fixtures under fixtures/hostile/): 30 text boxes, a React editor that rebuilds its DOM on
 * every keystroke, a field removed while its analysis is in flight, cross-origin frames, a strict CSP, a page
 * that rewrites Array/Element/Node/JSON/Promise built-ins, very long fields, and fields inside the page's own open
 * and closed shadow roots. On each: the extension works (or stays out quietly), the page's text is intact, and
 * nothing of ours reaches the page's console (uncaught errors, console errors or warnings).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  findings,
  launcher,
  listFindings,
  OUR_HOST_TAGS,
  sidebar,
  takeDomLog,
  watchDom,
  useExtensionBrowser,
} from './harness';
import { collectErrors, HOSTILE_ESSAY, openHostile, sleep, startHostileServer, writeSettings, type ErrorLog } from './hostile-helpers';

const WAIT = { timeout: 20_000 };

const e2e = useExtensionBrowser({
  startServer: startHostileServer,
  // Open the sidebar as soon as there is text, so every test can read the findings without a 120-word essay.
  afterLaunch: (browser) => writeSettings(browser, { autoOpenWords: 1 }),
});

/** Wait until the sidebar lists a finding on `word` (in the text of the focused field). */
async function waitForFinding(page: Page, rule: string, word: string): Promise<void> {
  await expect
    .poll(async () => (await listFindings(page)).some((f) => f.rule === rule && f.text.includes(word)), WAIT)
    .toBe(true);
}

/** Every listed finding's span, checked against the field's text. */
async function expectFindingsOn(page: Page, text: string): Promise<void> {
  const listed = await listFindings(page);
  expect(listed.length).toBeGreaterThan(0);
  for (const f of listed) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
  }
}

function expectNoErrors(log: ErrorLog): void {
  expect(log.messages).toEqual([]);
}

describe('hostile pages', () => {
  it('30 text boxes: one launcher and one sidebar, following focus; every box keeps its text and input events', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'busy.html');
    const errors = collectErrors(page);
    const typed: Record<string, string> = {};
    // Hop through every box typing a little, faster than the analysis debounce.
    for (let i = 0; i < 30; i++) {
      await page.locator(`#box${i}`).click();
      await page.keyboard.type(`Box ${i}. `);
      typed[`box${i}`] = `Box ${i}. `;
    }
    await page.locator('#box29').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    typed.box29 += HOSTILE_ESSAY;
    await waitForFinding(page, 'formal', 'utilise');
    await expectFindingsOn(page, typed.box29);
    expect(await page.locator(OUR_HOST_TAGS.join(',')).evaluateAll((hosts) => hosts.map((h) => h.tagName.toLowerCase()).sort())).toEqual(
      expect.arrayContaining(['reflect-lens-launcher', 'reflect-lens-sidebar']),
    );
    expect(await sidebar(page).count()).toBe(1);
    expect(await launcher(page).count()).toBe(1);
    // Each box has exactly what was typed in it, and the page saw one input event per typed character.
    const state = await page.evaluate(() => {
      const texts: Record<string, string> = {};
      for (let i = 0; i < 30; i++) {
        const el = document.getElementById(`box${i}`)!;
        texts[`box${i}`] = el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : (el.innerText ?? '');
      }
      return { texts, counts: (window as any).inputCounts as Record<string, number> };
    });
    for (let i = 0; i < 29; i++) {
      expect(state.texts[`box${i}`].trim()).toBe(typed[`box${i}`].trim());
      expect(state.counts[`box${i}`]).toBe(typed[`box${i}`].length);
    }
    expect(state.texts.box29.replace(/\s+/g, ' ').trim()).toBe(typed.box29.trim());
    expectNoErrors(errors);
    await page.close();
  });

  it('a React editor that rebuilds its DOM on every keystroke: findings and underlines follow the new nodes, Apply works', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'react-rerender.html');
    const errors = collectErrors(page);
    await page.locator('#editor').click();
    await page.keyboard.type(HOSTILE_ESSAY.slice(0, 130));
    await page.keyboard.insertText(HOSTILE_ESSAY.slice(130));
    await page.keyboard.type(' Ok.');
    const expected = `${HOSTILE_ESSAY} Ok.`;
    await expect.poll(() => page.evaluate(() => (window as any).getEditorText()), WAIT).toBe(expected);
    await waitForFinding(page, 'formal', 'utilise');
    // React really did re-render on each key.
    expect(await page.evaluate(() => (window as any).renders)).toBeGreaterThan(130);
    // Underlines sit on live text nodes of the current DOM, on the right words.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const out: string[] = [];
            for (const [, highlight] of (CSS as any).highlights as Map<string, Set<Range>>) {
              for (const range of highlight) {
                if (range.startContainer.isConnected && range.toString()) out.push(range.toString());
              }
            }
            return out;
          }),
        WAIT,
      )
      .toEqual(expect.arrayContaining(['utilise']));
    const utilise = findings(page, 'formal').filter({ hasText: 'utilise' });
    await utilise.locator('[data-action="apply"]').click();
    await expect.poll(() => page.evaluate(() => (window as any).getEditorText()), WAIT).toBe(expected.replace('utilise', 'use'));
    expectNoErrors(errors);
    await page.close();
  });

  it('a field removed while its analysis is in flight: no error, nothing left behind, the next field works', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'removed.html');
    const errors = collectErrors(page);
    await page.locator('#doomed').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    // The request goes out after the 400 ms typing pause; remove the field just as it does.
    await sleep(420);
    await page.evaluate(() => (window as any).removeDoomed());
    await sleep(1_500);
    // Nothing lists the removed field's findings, and the launcher is not drawn over nothing.
    expect(await findings(page).count()).toBe(0);
    expect(await launcher(page).evaluate((host) => host.shadowRoot?.querySelector('button') ?? null).catch(() => null)).toBeNull();
    await page.locator('#survivor').click();
    const survivorText = `Yesterday the rota was changed by my manager. ${HOSTILE_ESSAY}`;
    await page.keyboard.insertText(survivorText);
    await waitForFinding(page, 'passive', 'was changed');
    await expectFindingsOn(page, survivorText);
    expectNoErrors(errors);
    await page.close();
  });

  it('cross-origin frames: the top page stays out of them quietly; nothing inside them changes but our own hosts', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'frames.html');
    const errors = collectErrors(page);
    const foreign = page.frames().filter((frame) => frame.url().startsWith(e2e.server.crossOrigin));
    expect(foreign).toHaveLength(2);
    for (const [i, frame] of foreign.entries()) await watchDom(frame, `__frameDom${i}`);
    await watchDom(page.mainFrame(), '__topDom');

    for (const frame of foreign) {
      await frame.locator('#inner').click();
      await page.keyboard.insertText(HOSTILE_ESSAY);
      await frame.locator('#inner-rich').click();
      await page.keyboard.insertText(HOSTILE_ESSAY);
    }
    await sleep(1_500);
    // The top document draws nothing for fields it cannot reach.
    const topRecords = (await takeDomLog(page.mainFrame(), '__topDom')).filter((record) => !record.ours);
    expect(topRecords).toEqual([]);
    expect(await findings(page).count()).toBe(0);
    for (const [i, frame] of foreign.entries()) {
      // Whatever the frame's own instance does stays inside our hosts; the page's fields keep their text.
      const records = (await takeDomLog(frame, `__frameDom${i}`)).filter((record) => !record.ours);
      const fieldChanges = records.filter((record) => !/#inner|#text/.test(record.target) || record.type === 'attributes');
      expect(fieldChanges).toEqual([]);
      expect(await frame.locator('#inner').inputValue()).toBe(HOSTILE_ESSAY);
      expect((await frame.locator('#inner-rich').innerText()).trim()).toBe(HOSTILE_ESSAY);
    }
    // The page's own field still works as usual.
    await page.locator('#local').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await waitForFinding(page, 'formal', 'utilise');
    expectNoErrors(errors);
    await page.close();
  });

  it("a strict CSP (default-src 'self'; style-src 'self'): the sidebar is styled, no violation is ours", async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'csp.html');
    const errors = collectErrors(page);
    await page.locator('#reflection').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await waitForFinding(page, 'formal', 'utilise');
    const look = await sidebar(page).evaluate((host) => {
      const panel = host.shadowRoot!.querySelector('.rl-panel')!;
      const style = getComputedStyle(panel);
      return { position: style.position, width: style.width, radius: style.borderTopLeftRadius, background: style.backgroundColor };
    });
    expect(look.position).toBe('fixed');
    expect(look.width).toBe('320px');
    expect(look.radius).toBe('12px');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    // The contenteditable gets its underlines too (constructed style sheets are not subject to style-src).
    await page.locator('#rich').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await waitForFinding(page, 'formal', 'utilise');
    await expect.poll(() => page.evaluate(() => ((CSS as any).highlights as Map<string, unknown>).size), WAIT).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).cspViolations)).toEqual([]);
    expectNoErrors(errors);
    await page.close();
  });

  it('a page that rewrites Array/Element/Node/JSON/Promise built-ins: the extension works, the page keeps its versions', async () => {
    const page = await e2e.browser.context.newPage();
    const errors = collectErrors(page);
    // The page breaks Promise/JSON/Function.bind in its own world, so no main-world evaluate here: locators only.
    await page.goto(e2e.server.url('/fixtures/hostile/prototypes.html'));
    // Locators (not evaluate) even for reading our sidebar: `evaluateAll` runs in the page's world, whose
    // Array.prototype.map this page broke.
    const utilise = findings(page, 'formal').filter({ hasText: 'utilise' });
    await page.locator('#reflection').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await utilise.waitFor(WAIT);
    await utilise.locator('[data-action="apply"]').click();
    await expect.poll(() => page.locator('#reflection').inputValue(), WAIT).toBe(HOSTILE_ESSAY.replace('utilise', 'use'));
    await page.locator('#rich').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await findings(page, 'passive').filter({ hasText: 'was run' }).waitFor(WAIT);
    expect((await page.locator('#rich').innerText()).trim()).toBe(HOSTILE_ESSAY);
    expectNoErrors(errors);
    await page.close();
  });

  it('very long fields (~75,000 characters each): findings come, typing at the end loses nothing', async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'long.html');
    const errors = collectErrors(page);
    const essay: string = await page.evaluate(() => (window as any).longEssay);
    await page.locator('#long-textarea').click();
    await page.keyboard.press('Control+End');
    const started = Date.now();
    await expect.poll(async () => (await listFindings(page)).length, { timeout: 45_000 }).toBeGreaterThan(50);
    const firstReport = Date.now() - started;
    await expectFindingsOn(page, essay);
    const typingStarted = Date.now();
    await page.keyboard.type(' I will try again.');
    const typingMs = Date.now() - typingStarted;
    expect(await page.locator('#long-textarea').inputValue()).toBe(`${essay} I will try again.`);
    // Typing is not held up by the analysis (which runs in the background): 18 keys well under a second each.
    expect(typingMs / 18).toBeLessThan(300);
    await page.locator('#long-rich').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Done.');
    await expect.poll(async () => (await listFindings(page)).length, { timeout: 45_000 }).toBeGreaterThan(50);
    expect((await page.locator('#long-rich').innerText()).trimEnd().endsWith('Done.')).toBe(true);
    console.info(`long fields: first report after ${firstReport} ms; ${Math.round(typingMs / 18)} ms per key`);
    expectNoErrors(errors);
    await page.close();
  }, 120_000);

  it("fields inside the page's own shadow DOM: an open root's field is checked, a closed root's is left alone quietly", async () => {
    const page = await openHostile(e2e.browser, e2e.server, 'shadow.html');
    const errors = collectErrors(page);
    await page.locator('#open-field').click();
    await page.keyboard.insertText(HOSTILE_ESSAY);
    await waitForFinding(page, 'formal', 'utilise');
    expect(await page.locator('#open-field').inputValue()).toBe(HOSTILE_ESSAY);

    // A closed root hides its insides from everyone outside it, focus events included (they are retargeted to
    // the host): the extension cannot see that field and stays out quietly; the field works as usual.
    // (Chrome's chrome.dom.openOrClosedShadowRoot could reach it: a possible feature, not done.)
    const box = await page.locator('#closed-host').boundingBox();
    await page.mouse.click(box!.x + 20, box!.y + 20);
    const closedText = `${HOSTILE_ESSAY} The notes were lost by the office.`;
    await page.keyboard.insertText(closedText);
    await sleep(1_500);
    expect(await page.evaluate(() => (window as any).closedField.innerText.trim())).toBe(closedText);
    expect((await listFindings(page)).some((f) => f.text.includes('were lost'))).toBe(false);
    expectNoErrors(errors);
    await page.close();
  });
});
