/**
 * Smoke test of the Firefox build in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi: the add-on
 * is installed as a temporary add-on into a fresh profile, then a trainee types a reflection with no plan into a
 * plain textarea and into TinyMCE (iframe mode, as Moodle embeds it). The sidebar must open by itself with
 * "applying" missing and the other two sections present, and find the passive and the formal word.
 *
 * Host access: the content script matches <all_urls>. Firefox MV3 treats that as a host permission; from Firefox
 * 127 it is listed in the install prompt and granted on install (pref extensions.originControls.grantByDefault,
 * true by default), so no test-only pref is set here: the profile behaves as a user's does.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness';
import { FIREFOX, HAS_FIREFOX, firefoxBuildSnapshot } from './firefox-build';
import { FORMAL_WORD, PASSIVE_CORE, REFLECTION_WITHOUT_PLAN } from './text';

const WAIT = { timeout: 30_000 };

if (!HAS_FIREFOX) {
  console.warn(`Skipping the Firefox smoke test: no Firefox at ${FIREFOX} (CI installs Debian's firefox-esr).`);
}

interface SidebarState {
  sections: Record<string, string | null>;
  rules: string[];
}

/** What the sidebar shows, read through its open shadow root (the test hooks of the brief). */
const readSidebar = (page: Page): Promise<SidebarState | null> =>
  page.evaluate(() => {
    const root = document.querySelector('reflect-lens-sidebar')?.shadowRoot;
    if (!root) return null;
    const sections: Record<string, string | null> = {};
    for (const card of root.querySelectorAll('[data-section][data-present]')) {
      sections[card.getAttribute('data-section')!] = card.getAttribute('data-present');
    }
    const rules = [...root.querySelectorAll('[data-rule][data-start][data-end]')].map((item) => item.getAttribute('data-rule')!);
    return { sections, rules };
  });

const FIELDS = [
  { kind: 'textarea', page: '/fixtures/textarea.html', iframe: null, field: 'textarea#reflection' },
  { kind: 'tinymce', page: '/fixtures/tinymce.html', iframe: 'iframe#reflection_ifr', field: 'body#tinymce' },
] as const;

describe.skipIf(!HAS_FIREFOX)('Firefox ESR with the built add-on', () => {
  let server: FixtureServer;
  let browser: Browser;
  let extensionDir: string;

  beforeAll(async () => {
    const started = Date.now();
    [extensionDir, server] = await Promise.all([firefoxBuildSnapshot(), startFixtureServer()]);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      // A fresh temporary profile; the prefs only keep Firefox from reaching out on its own.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'extensions.update.enabled': false,
        'extensions.getAddons.cache.enabled': false,
      },
      timeout: 60_000,
    });
    const id = await browser.installExtension(extensionDir);
    expect(id).toBe('reflect-lens@reflect-lens.invalid');
    console.info(`Firefox ${await browser.version()} with the add-on ready in ${Date.now() - started} ms`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (extensionDir) rmSync(dirname(extensionDir), { recursive: true, force: true });
  });

  describe.each(FIELDS)('$kind', (fixture) => {
    let page: Page;
    let frame: Frame;

    beforeAll(async () => {
      page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(server.url(fixture.page));
      await page.waitForFunction(() => (window as any).editorReady === true, WAIT);
      if (fixture.iframe) {
        const handle = await page.waitForSelector(fixture.iframe, WAIT);
        frame = (await handle!.contentFrame())!;
      } else {
        frame = page.mainFrame();
      }
    });

    afterAll(async () => {
      await page?.close();
    });

    it('shows "applying" missing, the other sections present, and the findings', async () => {
      const started = Date.now();
      await (await frame.waitForSelector(fixture.field, WAIT))!.click();
      // The launcher appears on focus: the content script runs here (host access was granted at install).
      await page.waitForSelector('reflect-lens-launcher', WAIT);
      // One insertion, as a paste would arrive (execCommand keeps the editor's own input handling and undo).
      await frame.evaluate((text) => document.execCommand('insertText', false, text), REFLECTION_WITHOUT_PLAN);

      // Past the auto-open threshold (120 words), so the sidebar opens by itself once the analysis is back.
      await page.waitForFunction(
        () => {
          const root = document.querySelector('reflect-lens-sidebar')?.shadowRoot;
          return !!root?.querySelector('[data-section="applying"][data-present]');
        },
        WAIT,
      );
      await expect.poll(() => readSidebar(page), WAIT).toMatchObject({
        sections: { happened: 'true', learning: 'true', applying: 'false' },
      });
      await expect
        .poll(async () => {
          const rules = (await readSidebar(page))?.rules ?? [];
          return rules.includes('passive') && rules.includes('formal');
        }, WAIT)
        .toBe(true);
      console.info(`${fixture.kind}: report shown ${Date.now() - started} ms after the first click`);

      // Reading the text changed nothing in it.
      const text = await page.evaluate(() => String((window as any).getEditorText()));
      expect(text.replace(/\s+/g, ' ').trim()).toBe(REFLECTION_WITHOUT_PLAN);
      expect(text).toContain(PASSIVE_CORE);
      expect(text).toContain(FORMAL_WORD);
    });
  });
});
