/**
 * The sidebar on every editor kind a trainee meets, in a real Chromium with the built extension and the real
 * editors from npm. Each kind runs the same story on one page, step by step (later steps build on earlier ones):
 * type a reflection without a plan → "applying" missing; the page DOM outside our hosts untouched; the passive
 * underlined where its words are; add a plan → "applying" present; Apply a formal word → the editor's own API
 * has the new text and Ctrl+Z brings the old one back; nothing went to the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  EDITORS,
  findings,
  foreignRequests,
  highlightGeometry,
  launcher,
  listFindings,
  openFixture,
  overlaps,
  overlayMarkRects,
  sectionCard,
  takeDomLog,
  textareaWordRects,
  watchDom,
  useExtensionBrowser,
  type Box,
  type DomRecord,
} from './harness';
import { FORMAL_WORD, PASSIVE_CORE, PLAN_SENTENCE, REFLECTION_WITHOUT_PLAN } from './text';

const WAIT = { timeout: 20_000 };

const e2e = useExtensionBrowser();

const editorText = (page: Page) => page.evaluate(() => String((window as any).getEditorText()));
/** Editors differ in how they end a document ("\n" in Quill) and join paragraphs; compare words, not layout. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(EDITORS)('$kind', (fixture) => {
  let page: Page;
  let frame: Frame;
  /** Frames whose documents we watch: the top document, and the editor's iframe when it has one. */
  let watched: Frame[] = [];
  let lastKeystroke = 0;

  beforeAll(async () => {
    page = await openFixture(e2e.browser, e2e.server, fixture.page);
    frame = await fixture.frame(page);
    watched = frame === page.mainFrame() ? [frame] : [page.mainFrame(), frame];
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows "applying" missing for a reflection with no plan', async () => {
    // Whole-session watchers (typing included) catch anything we might inject: styles, attributes, elements.
    for (const watchedFrame of watched) await watchDom(watchedFrame, '__sessionDom');
    await frame.locator(fixture.field).click();
    await launcher(page).waitFor({ state: 'attached', ...WAIT });

    await page.keyboard.insertText(REFLECTION_WITHOUT_PLAN);
    lastKeystroke = Date.now();
    // The analysis waits for a pause in typing (400 ms debounce), so watchers installed now see everything the
    // extension does to show the result, and nothing of the typing itself.
    for (const watchedFrame of watched) await watchDom(watchedFrame, '__analysisDom', fixture.editorOwnUi);
    const shownEarly = await sectionCard(page, 'applying').count();

    // 140 words is past the default auto-open threshold (120): the sidebar opens by itself, with no click that
    // could move focus (and make the editor restyle itself) while the watchers run.
    await sectionCard(page, 'applying').waitFor({ state: 'visible', ...WAIT });
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('false');
    await expect.poll(() => sectionCard(page, 'happened').getAttribute('data-present'), WAIT).toBe('true');
    await expect.poll(() => sectionCard(page, 'learning').getAttribute('data-present'), WAIT).toBe('true');
    await expect.poll(async () => (await findings(page, 'passive').count()) > 0, WAIT).toBe(true);
    await expect.poll(async () => (await findings(page, 'formal').count()) > 0, WAIT).toBe(true);
    expect(shownEarly, 'a report was already shown when the analysis watchers started').toBe(0);
    // (The editor's text is checked after the watchers stop: TinyMCE's getContent adds and removes a scratch div.)
  });

  it('changes nothing in the page DOM outside our hosts before Apply', async () => {
    // Let the underlines be drawn first, so drawing them is inside what the watchers saw.
    await expect.poll(() => underlinesDrawn(page, frame, fixture.field, fixture.underline), WAIT).toBe(true);
    for (const watchedFrame of watched) {
      const analysis = await takeDomLog(watchedFrame, '__analysisDom');
      const session = await takeDomLog(watchedFrame, '__sessionDom');
      const where = watchedFrame === page.mainFrame() ? 'top document' : 'editor frame';
      // From the end of typing to the report and underlines on screen: only our hosts may appear.
      expect(
        analysis.filter((record) => !record.ours && !record.editorUi),
        `${where}: changes while the analysis was shown`,
      ).toEqual([]);
      // Over the whole session (the editor's own typing changes allowed): nothing that looks like ours.
      expect(session.filter(injected), `${where}: injected nodes or attributes`).toEqual([]);
      // Our hosts sit on the top document's <html>, never in an editor frame.
      if (watchedFrame !== page.mainFrame()) expect(session.filter((record) => record.ours)).toEqual([]);
    }
    expect(normalise(await editorText(page))).toBe(normalise(REFLECTION_WITHOUT_PLAN));
    const hosts = await page.evaluate(() =>
      [...document.documentElement.children].map((el) => el.tagName.toLowerCase()).filter((tag) => tag.startsWith('reflect-lens')),
    );
    expect(hosts).toEqual(expect.arrayContaining(['reflect-lens-launcher', 'reflect-lens-sidebar']));
  });

  it('underlines the passive where its words are on screen', async () => {
    const passive = (await listFindings(page)).find((finding) => finding.rule === 'passive');
    expect(passive, 'a passive finding in the sidebar').toBeTruthy();
    const at = REFLECTION_WITHOUT_PLAN.indexOf(PASSIVE_CORE);
    // The text starts the field, so the field's offsets are the text's offsets here.
    expect(passive!.start).toBeLessThanOrEqual(at);
    expect(passive!.end).toBeGreaterThanOrEqual(at + PASSIVE_CORE.length);

    if (fixture.underline === 'highlight-api') {
      let geometry: Awaited<ReturnType<typeof highlightGeometry>> | undefined;
      await expect
        .poll(async () => {
          geometry = await highlightGeometry(frame, fixture.field, PASSIVE_CORE);
          return geometry.highlighted.some((range) => range.text.includes(PASSIVE_CORE));
        }, WAIT)
        .toBe(true);
      const expected = geometry!.expected;
      expect(expected.length, `"${PASSIVE_CORE}" found in the field`).toBeGreaterThan(0);
      const covering = geometry!.highlighted.filter((range) => range.text.includes(PASSIVE_CORE));
      const onTheWords = covering.filter((range) =>
        range.rects.some((rect) => expected.some((word) => overlaps(rect, word, 0.5))),
      );
      expect(onTheWords.length, JSON.stringify({ covering, expected })).toBeGreaterThan(0);
      // A highlight shows only through a ::highlight() rule; ours live in the document's adopted style sheets.
      expect(geometry!.styled).toEqual(expect.arrayContaining([onTheWords[0].name]));
    } else {
      const field = await frame.locator(fixture.field).boundingBox();
      let words = await textareaWordRects(page, fixture.field, PASSIVE_CORE);
      expect(words.length, `"${PASSIVE_CORE}" measured in the textarea`).toBeGreaterThan(0);
      let marks: Awaited<ReturnType<typeof overlayMarkRects>> = [];
      const onTheWords = () =>
        marks.filter(
          (mark) =>
            inside(mark.rect, field!) &&
            mark.rect.height < 3 * words[0].height &&
            words.some((word) => overlaps(mark.rect, word, 0.5)),
        );
      await expect
        .poll(async () => {
          marks = await overlayMarkRects(page);
          return onTheWords().length > 0;
        }, WAIT)
        .toBe(true);

      // The overlay follows the textarea's own scrolling (the React page's field is short enough to scroll).
      const scrolls = await frame.locator(fixture.field).evaluate((el) => el.scrollHeight > el.clientHeight + 20);
      if (scrolls) {
        const scrolledBefore = await frame.locator(fixture.field).evaluate((el) => el.scrollTop);
        await frame.locator(fixture.field).evaluate((el, top) => (el.scrollTop = top), scrolledBefore > 0 ? 0 : 10_000);
        words = await textareaWordRects(page, fixture.field, PASSIVE_CORE);
        await expect
          .poll(async () => {
            marks = await overlayMarkRects(page);
            const visible = words.filter((word) => inside(word, field!, 0));
            // Scrolled out of view: no mark may stay behind on the old spot; in view: one on the words.
            return visible.length > 0 ? onTheWords().length > 0 : marks.every((mark) => !inside(mark.rect, field!) || mark.rect.height >= 3 * words[0].height);
          }, WAIT)
          .toBe(true);
      }
    }
  });

  it('selects the words of a finding in the field when it is clicked', async () => {
    const passive = findings(page, 'passive').first();
    await passive.locator('[data-action="select"]').click();
    const selected = () =>
      frame.evaluate((selector) => {
        const field = document.querySelector(selector)!;
        if (field instanceof HTMLTextAreaElement) return field.value.slice(field.selectionStart, field.selectionEnd);
        return String(getSelection());
      }, fixture.field);
    await expect.poll(selected, WAIT).toContain(PASSIVE_CORE);
    // Selecting never edits.
    expect(normalise(await editorText(page))).toBe(normalise(REFLECTION_WITHOUT_PLAN));
  });

  it('shows "applying" present once a plan sentence is added', async () => {
    // Back into the field as a trainee would: click into the text, then go to its end.
    await frame.locator(fixture.field).click();
    await page.keyboard.press('Control+End');
    // Editors follow the caret through 'selectionchange' (a later task): wait until it is at the end, and a frame
    // more, or Enter may land where the click put the caret.
    await expect.poll(() => caretAtEnd(frame, fixture.field), WAIT).toBe(true);
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(PLAN_SENTENCE);
    lastKeystroke = Date.now();
    // The editor's own text first: if the plan did not land, the sidebar cannot be blamed.
    expect(normalise(await editorText(page))).toBe(normalise(`${REFLECTION_WITHOUT_PLAN} ${PLAN_SENTENCE}`));
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('true');
  });

  it('applies a plain word through the editor, and Ctrl+Z brings the old one back', async () => {
    const before = await editorText(page);
    const at = REFLECTION_WITHOUT_PLAN.indexOf(FORMAL_WORD);
    const formal = () => findings(page, 'formal');
    let index = -1;
    await expect
      .poll(async () => {
        const listed = await listFindings(page);
        index = listed
          .filter((finding) => finding.rule === 'formal')
          .findIndex((finding) => finding.start <= at && finding.end >= at + FORMAL_WORD.length);
        return index;
      }, WAIT)
      .toBeGreaterThanOrEqual(0);
    const item = formal().nth(index);
    const apply = item.locator('[data-action="apply"]');
    await expect.poll(() => apply.count(), WAIT).toBeGreaterThan(0);
    // Editors merge edits made within a moment into one undo step (Quill: 1 s). A trainee reads the suggestion
    // before clicking; without this pause Ctrl+Z would also take back the plan sentence typed just before.
    await page.waitForTimeout(Math.max(0, lastKeystroke + 1_200 - Date.now()));
    await apply.click();

    // The editor's own API (its model, not just the DOM) has the replacement in place of the formal word.
    await expect.poll(async () => (await editorText(page)).includes(FORMAL_WORD), WAIT).toBe(false);
    const after = await editorText(page);
    const head = before.slice(0, before.indexOf(FORMAL_WORD));
    const tail = before.slice(before.indexOf(FORMAL_WORD) + FORMAL_WORD.length);
    expect(after.startsWith(head), 'text before the word unchanged').toBe(true);
    expect(after.endsWith(tail), 'text after the word unchanged').toBe(true);
    const replacement = after.slice(head.length, after.length - tail.length);
    expect(replacement.trim().length).toBeGreaterThan(0);
    if (fixture.kind === 'react-textarea') {
      // React's state follows the DOM: the framework saw the edit as an input event.
      const domValue = await frame.locator(fixture.field).inputValue();
      expect(await page.evaluate(() => (window as any).__reactValue)).toBe(domValue);
    }

    // Undo in the field, as a trainee would (focus the field first if Apply left focus in our sidebar).
    const focusedInField = await frame.evaluate(
      (selector) => !!document.activeElement && !!document.querySelector(selector)?.contains(document.activeElement),
      fixture.field,
    );
    if (!focusedInField) await frame.locator(fixture.field).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page), WAIT).toBe(before);
    if (fixture.kind === 'react-textarea') {
      expect(await page.evaluate(() => (window as any).__reactValue)).toBe(before);
    }
    // The sidebar catches up with the restored text: the formal finding is back.
    await expect
      .poll(async () => {
        const listed = await listFindings(page);
        return listed.some((f) => f.rule === 'formal' && f.start <= at && f.end >= at + FORMAL_WORD.length);
      }, WAIT)
      .toBe(true);
  });

  it('sends nothing to any host but the fixture server', async () => {
    expect(foreignRequests(e2e.browser.requests, e2e.server.origin)).toEqual([]);
  });
});

/** Is the caret collapsed with no text after it in the field? */
function caretAtEnd(frame: Frame, fieldSelector: string): Promise<boolean> {
  return frame.evaluate((selector) => {
    const field = document.querySelector(selector)!;
    if (field instanceof HTMLTextAreaElement) {
      return field.selectionStart === field.value.length && field.selectionEnd === field.value.length;
    }
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return false;
    if (!field.contains(selection.focusNode)) return false;
    const rest = document.createRange();
    rest.setStart(selection.focusNode!, selection.focusOffset);
    rest.setEnd(field, field.childNodes.length);
    return rest.toString().trim() === '';
  }, fieldSelector);
}

/** Something is underlined: a registered highlight range in the field's frame, or a drawn element in our overlay. */
async function underlinesDrawn(page: Page, frame: Frame, fieldSelector: string, kind: 'highlight-api' | 'overlay'): Promise<boolean> {
  if (kind === 'highlight-api') {
    return frame.evaluate(() => [...(CSS as any).highlights.values()].some((highlight: Set<unknown>) => highlight.size > 0));
  }
  const field = await frame.locator(fieldSelector).boundingBox();
  return (await overlayMarkRects(page)).some((mark) => field !== null && inside(mark.rect, field));
}

function inside(inner: Box, outer: Box, slack = 2): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

/** A DOM change that would be ours (or any extension's) rather than the editor's own typing. */
function injected(record: DomRecord): boolean {
  if (record.ours) return false;
  if (record.attribute && /reflect|^data-rl|^rl-/i.test(record.attribute)) return true;
  return record.added.some((node) => /^(style|link|reflect-lens)/i.test(node) || /\.rl-|reflect/i.test(node));
}
