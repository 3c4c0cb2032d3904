/**
 * The settings page: choosing Gibbs and switching a site off land in browser.storage.sync and reach an open page
 * at once (its sidebar changes model, then disappears); exporting and importing a settings file round-trips
 * through the normaliser and leaves out anything that is not a setting.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS_DIR, launcher, openFixture, sectionCard, sidebar, useExtensionBrowser } from './harness';
import { openExtensionPage, settle, syncSettings } from './quick-check-helpers';
import { REFLECTION_WITHOUT_PLAN } from './text';

const e2e = useExtensionBrowser();
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'reflect-lens-options-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('options page', () => {
  it('applies the model and a switched-off site live to an open page', async () => {
    const page = await openFixture(e2e.browser, e2e.server, '/fixtures/textarea.html');
    await page.locator('textarea#reflection').click();
    await page.keyboard.insertText(REFLECTION_WITHOUT_PLAN);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), { timeout: 20_000 }).toBe('false');

    const options = await openExtensionPage(e2e.browser, 'options.html', { width: 900, height: 1400 });
    await options.getByLabel("Gibbs' reflective cycle").check();
    await expect.poll(async () => (await syncSettings(options))?.framework).toBe('gibbs');
    // The open page re-analyses with Gibbs: its sidebar now has Gibbs' sections.
    await expect.poll(() => sectionCard(page, 'action-plan').count(), { timeout: 20_000 }).toBe(1);
    expect(await sectionCard(page, 'applying').count()).toBe(0);

    // A rule switched off reaches storage too.
    await options.getByLabel('Very long sentences').uncheck();
    await expect.poll(async () => (await syncSettings(options))?.rules?.['long-sentence']).toBe(false);

    // Every control has a label (the page is keyboard and screen-reader friendly without extra ARIA).
    const unlabelled = await options.evaluate(() =>
      [...document.querySelectorAll('input, textarea, select')]
        .filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);

    await settle(options);
    await options.screenshot({ path: join(SCREENSHOTS_DIR, 'options-light.png'), fullPage: true });

    await options.getByLabel('Site to switch off').fill('http://127.0.0.1/any/path');
    await options.locator('[data-action="add-site"]').click();
    await expect.poll(async () => (await syncSettings(options))?.disabledSites).toEqual(['127.0.0.1']);
    // The page's content script removes every trace at once.
    await expect.poll(() => sidebar(page).count(), { timeout: 10_000 }).toBe(0);
    expect(await launcher(page).count()).toBe(0);
    expect(await options.locator('[data-site="127.0.0.1"]').count()).toBe(1);

    // And back on: the list empties; focusing the field brings Reflect Lens back.
    await options.getByRole('button', { name: /Remove 127\.0\.0\.1/ }).click();
    await expect.poll(async () => (await syncSettings(options))?.disabledSites).toEqual([]);
    await page.locator('h1').click();
    await page.locator('textarea#reflection').click();
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    await options.close();
    await page.close();
  });

  it('exports a settings file and imports one (only settings get in)', async () => {
    const options = await openExtensionPage(e2e.browser, 'options.html', { width: 900, height: 1400 });
    await options.getByLabel('US English', { exact: false }).check();
    await expect.poll(async () => (await syncSettings(options))?.spelling).toBe('us');

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
    const exportedPath = join(scratch, 'exported.json');
    await download.saveAs(exportedPath);
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported.kind).toBe('reflect-lens-settings');
    expect(exported.settings.spelling).toBe('us');
    expect(exported.settings.framework).toBe((await syncSettings(options)).framework);

    // A tutor's file: the course's own title and prompts, UK spelling, and things that are not settings.
    const tutorFile = {
      ...exported,
      settings: {
        ...exported.settings,
        framework: 'what-so-what',
        spelling: 'uk',
        customSections: { applying: { title: 'Next steps on placement', prompts: ['What will you try at your next shift?'] } },
        essayText: 'This must never be stored.',
      },
    };
    const importPath = join(scratch, 'tutor.json');
    writeFileSync(importPath, JSON.stringify(tutorFile));
    await options.locator('input[type="file"][data-action="import"]').setInputFiles(importPath);
    await expect.poll(async () => (await syncSettings(options))?.customSections?.applying?.title).toBe('Next steps on placement');
    const stored = await syncSettings(options);
    expect(stored.spelling).toBe('uk');
    expect(stored.framework).toBe('what-so-what');
    expect(stored.customSections.applying.prompts).toEqual(['What will you try at your next shift?']);
    expect(JSON.stringify(stored)).not.toContain('never be stored');
    await expect.poll(() => options.locator('[role="status"]').textContent()).toMatch(/imported.*essayText/i);
    // The form shows the imported wording.
    expect(await options.locator('#title-applying').inputValue()).toBe('Next steps on placement');

    // Round trip: exporting again gives the same settings back.
    const [again] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
    const againPath = join(scratch, 'again.json');
    await again.saveAs(againPath);
    expect(JSON.parse(readFileSync(againPath, 'utf8')).settings).toEqual(stored);

    // Not a settings file: a calm error, nothing changes.
    const junkPath = join(scratch, 'junk.json');
    writeFileSync(junkPath, 'I felt nervous before the session.');
    await options.locator('input[type="file"][data-action="import"]').setInputFiles(junkPath);
    await expect.poll(() => options.locator('[role="status"]').textContent()).toMatch(/not a Reflect Lens settings file/);
    expect(await syncSettings(options)).toEqual(stored);
    await options.close();
  });
});
