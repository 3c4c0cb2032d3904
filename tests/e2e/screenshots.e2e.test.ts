/**
 * Pictures of the sidebar for the README: a Moodle-like TinyMCE form and a Google-Forms-like textarea, light and
 * dark. Written to tests/e2e/screenshots/ on every run, after checking the sidebar shows a finished report.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITORS, SCREENSHOTS_DIR, findings, sectionCard, useExtensionBrowser } from './harness';
import { REFLECTION_WITHOUT_PLAN } from './text';

beforeAll(() => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
});

const e2e = useExtensionBrowser();

const cases = (['tinymce', 'textarea'] as const).flatMap((kind) =>
  (['light', 'dark'] as const).map((scheme) => ({ kind, scheme })),
);

describe('screenshots', () => {
  it.each(cases)('$kind, $scheme', async ({ kind, scheme }) => {
    const fixture = EDITORS.find((candidate) => candidate.kind === kind)!;
    const page = await e2e.browser.context.newPage();
    // Tall enough to show the section cards and the first ideas to try.
    await page.setViewportSize({ width: 1280, height: 1000 });
    // Before loading, so the page (and TinyMCE's skin) starts in the scheme too.
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(e2e.server.url(fixture.page));
    await page.waitForFunction(() => (window as any).editorReady === true, null, { timeout: 30_000 });
    const frame = await fixture.frame(page);
    await frame.locator(fixture.field).click();
    await page.keyboard.insertText(REFLECTION_WITHOUT_PLAN);
    await sectionCard(page, 'applying').waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), { timeout: 20_000 }).toBe('false');
    await expect.poll(() => findings(page, 'formal').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Fonts and the last render settle before the picture.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${kind}-${scheme}.png`) });
    await page.close();
  });
});
