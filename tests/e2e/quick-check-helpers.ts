/**
 * Helpers for the extension's own pages (popup, side panel, settings) in the E2E tests of issue 4. Kept apart
 * from harness.ts (shared); these pages are ordinary tabs here: chrome-extension://<id>/<page>.html.
 */
import type { Page } from 'playwright-core';
import type { Browser } from './harness';

/** The extension API inside the page (page.evaluate bodies run there, not in node). */
declare const chrome: any;

export function extensionUrl(browser: Browser, path: string): string {
  return `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`;
}

export async function openExtensionPage(browser: Browser, path: string, viewport = { width: 420, height: 800 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(extensionUrl(browser, path));
  return page;
}

/** Ids of every open tab, read from an extension page (tab ids need no permission). */
export async function tabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => (await chrome.tabs.query({})).map((tab: { id?: number }) => tab.id).filter((id: number | undefined) => id !== undefined));
}

/** Open a page with `open` and return the tab id it got (the one new id seen from an extension page). */
export async function openAndFindTabId<T>(extensionPage: Page, open: () => Promise<T>): Promise<{ value: T; tabId: number }> {
  const before = new Set(await tabIds(extensionPage));
  const value = await open();
  const after = await tabIds(extensionPage);
  const fresh = after.filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`Expected one new tab, saw ${fresh.length}`);
  return { value, tabId: fresh[0] };
}

export async function syncSettings(extensionPage: Page): Promise<any> {
  return extensionPage.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);
}

/** Everything in every storage area, as one string (to check no essay text was stored). */
export async function allStoredText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const areas: Record<string, unknown> = {
      sync: await chrome.storage.sync.get(null),
      local: await chrome.storage.local.get(null),
    };
    try {
      areas.session = await chrome.storage.session.get(null);
    } catch {
      // not available to this page
    }
    return JSON.stringify(areas);
  });
}

/** Let fonts and the last Preact render settle before a screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
}
