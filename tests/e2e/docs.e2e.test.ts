/**
 * Google Docs in a real Chromium with the built extension. Docs itself is not reached: Playwright routes
 * https://docs.google.com/** and https://*.googleusercontent.com/** to local answers, shaped like Google's (an
 * editor page whose text is on a canvas, the plain-text export with its BOM and CRLFs, a 307 redirect to
 * googleusercontent.com, a 403, a sign-in page instead of text, an empty document, the /mobilebasic view).
 * Each scenario uses its own document id, so answers and analyzers never mix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page, Route } from 'playwright-core';
import { launchWithExtensionMappingHost, startLocalHttps, type LocalHttpsServer } from './docs-hosts';
import { FIXTURES_DIR, SCREENSHOTS_DIR, findings, launcher, launchWithExtension, sectionCard, sidebar, type Browser } from './harness';
import { FORMAL_WORD, PLAN_SENTENCE, REFLECTION_WITHOUT_PLAN } from './text';

const WAIT = { timeout: 20_000 };
const DOCS_FIXTURES = join(FIXTURES_DIR, 'docs');
const fixture = (name: string) => readFileSync(join(DOCS_FIXTURES, name), 'utf8');

/** The reflection as Google exports it: a BOM, a title line, paragraphs ended by CRLF. */
const asExport = (paragraphs: string[]) => `\uFEFFWeek 5 reflection\r\n${paragraphs.join('\r\n\r\n')}\r\n`;
/** The same text as the engine should see it (what lib/docs makes of the export). */
const asRead = (paragraphs: string[]) => `Week 5 reflection\n${paragraphs.join('\n\n')}\n`;

const WITHOUT_PLAN = [REFLECTION_WITHOUT_PLAN];
const WITH_PLAN = [REFLECTION_WITHOUT_PLAN, PLAN_SENTENCE];

/** How the routed "Google" answers a document's export and /mobilebasic, per document id. */
interface DocScenario {
  page?: 'editor' | 'no-access';
  exportAnswer: 'text' | 'redirect' | '403' | 'sign-in' | 'abort' | 'empty';
  paragraphs: string[];
  mobileBasic?: 'doc' | '403' | 'sign-in';
}

const scenarios = new Map<string, DocScenario>();
/** Every URL the routes answered, in order (to see which way a read went). */
const answered: string[] = [];

const CONTENT_HOST = 'https://doc-0s-xx-docs.googleusercontent.com';

function mobileBasicHtml(paragraphs: string[]): string {
  // Scripts and styles must not reach the text; paragraphs must come out on their own lines.
  return `<!doctype html><html><head><title>Week 5 reflection</title><style>.doc-content{color:#000}</style>
<script>var trackingNoise = "this is not part of the document";</script></head>
<body><div class="header">Week 5 reflection - Google Docs</div><div class="doc-content">
<p class="title"><span>Week 5 reflection</span></p>${paragraphs.map((p) => `<p><span>${p}</span></p>`).join('\n')}
<script>document.title = document.title;</script></div></body></html>`;
}

async function answerDocs(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  answered.push(url.href);
  const match = /^\/document\/d\/([^/]+)\/(edit|export|mobilebasic)$/.exec(url.pathname);
  const scenario = match ? scenarios.get(match[1]) : undefined;
  if (!match || !scenario) {
    await route.fulfill({ status: 404, contentType: 'text/html', body: fixture('forbidden.html') });
    return;
  }
  const [, id, view] = match;
  if (view === 'edit') {
    const page = scenario.page === 'no-access' ? 'no-access.html' : 'editor.html';
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(page) });
    return;
  }
  if (view === 'mobilebasic') {
    if (scenario.mobileBasic === 'doc') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: mobileBasicHtml(scenario.paragraphs) });
    } else if (scenario.mobileBasic === 'sign-in') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('sign-in.html') });
    } else {
      await route.fulfill({ status: 403, contentType: 'text/html; charset=utf-8', body: fixture('forbidden.html') });
    }
    return;
  }
  switch (scenario.exportAnswer) {
    case 'text':
      await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: asExport(scenario.paragraphs) });
      return;
    case 'redirect':
      // As Google does: a temporary redirect to a one-off address on googleusercontent.com (no CORS headers there).
      await route.fulfill({ status: 307, headers: { location: `${CONTENT_HOST}/export/abc123/${id}?format=txt` } });
      return;
    case '403':
      await route.fulfill({ status: 403, contentType: 'text/html; charset=utf-8', body: fixture('forbidden.html') });
      return;
    case 'sign-in':
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture('sign-in.html') });
      return;
    case 'abort':
      await route.abort('connectionfailed');
      return;
    case 'empty':
      // An empty document exports as a BOM and a line end.
      await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: '\uFEFF\r\n' });
      return;
  }
}

/** The redirect's target: the export's text for the document named in the path. */
function contentHostAnswer(path: string): { status: number; body: string } {
  const id = /^\/export\/[^/]+\/([^/?]+)/.exec(path)?.[1];
  const scenario = id ? scenarios.get(id) : undefined;
  return scenario ? { status: 200, body: asExport(scenario.paragraphs) } : { status: 404, body: 'not found' };
}

/** Requests straight to googleusercontent.com (none are expected) get the same local answers, never the network. */
async function answerContentHost(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  answered.push(url.href);
  const { status, body } = contentHostAnswer(url.pathname);
  await route.fulfill({ status, contentType: 'text/plain; charset=utf-8', body });
}

/** The same for requests reaching the local HTTPS server after the redirect (see docs-hosts.ts for why). */
function serveContentHost(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
  answered.push(url.href);
  const { status, body } = contentHostAnswer(url.pathname);
  // Like Google's host: no CORS headers, so only the background (with host permissions) can read it.
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(body);
}

let browser: Browser;
/** A second browser for the redirect, where googleusercontent.com resolves to a local HTTPS server. */
let redirectBrowser: Browser | undefined;
let contentHost: LocalHttpsServer | undefined;

async function routeGoogle(target: Browser): Promise<void> {
  await target.context.route('https://docs.google.com/**', answerDocs);
  await target.context.route('https://*.googleusercontent.com/**', answerContentHost);
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await routeGoogle(browser);
});

afterAll(async () => {
  await browser?.close();
  await redirectBrowser?.close();
  await contentHost?.close();
});

async function openDoc(id: string, scenario: DocScenario, target: Browser = browser): Promise<Page> {
  scenarios.set(id, scenario);
  const page = await target.context.newPage();
  await page.goto(`https://docs.google.com/document/d/${id}/edit`);
  await page.waitForFunction(() => (window as any).editorReady === true, null, WAIT);
  return page;
}

/** The launcher sits at the page's bottom right; clicking it opens the sidebar (unless it opened by itself). */
async function openSidebar(page: Page): Promise<void> {
  const button = launcher(page).locator('button');
  await button.waitFor({ state: 'visible', ...WAIT });
  const box = (await button.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThan(viewport.width / 2);
  expect(box.y).toBeGreaterThan(viewport.height / 2);
  const panel = sidebar(page).locator('aside');
  // A long document opens the sidebar by itself once read (the auto-open setting), covering the launcher.
  await expect
    .poll(async () => (await panel.isVisible()) || (await button.click({ timeout: 1_000 }).then(() => false, () => false)), WAIT)
    .toBe(true);
}

/** Is the quick check open: the popup (not a Playwright page: asked of the background), or a tab with it? */
async function quickCheckOpen(target: Browser, openedTab: Promise<Page | null>): Promise<boolean> {
  const worker = target.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const popups = await worker?.evaluate(async () => {
    const runtime = (globalThis as any).chrome.runtime;
    const contexts = await runtime.getContexts({ contextTypes: ['POPUP'] });
    return contexts.length as number;
  });
  if (popups) return true;
  const tab = await Promise.race([openedTab, new Promise<null>((done) => setTimeout(() => done(null), 100))]);
  return !!tab && tab.url().startsWith(`chrome-extension://${target.extensionId}/popup.html`);
}

const exportReads = (id: string) => answered.filter((url) => url.includes(`/d/${id}/export`)).length;
const unavailableLine = (page: Page) => page.locator('reflect-lens-sidebar [data-unavailable]');

describe('Google Docs', () => {
  it('reads the export answered directly: section cards, findings with their sentence and a copy action', async () => {
    const id = 'TESTID-direct';
    const page = await openDoc(id, { exportAnswer: 'text', paragraphs: WITHOUT_PLAN });
    await openSidebar(page);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('false');
    expect(await sectionCard(page, 'happened').getAttribute('data-present')).toBe('true');
    expect(await sectionCard(page, 'learning').getAttribute('data-present')).toBe('true');

    // Offsets are in the cleaned text: no BOM, "\n" line ends.
    const read = asRead(WITHOUT_PLAN);
    const formal = findings(page, 'formal').filter({ hasText: FORMAL_WORD });
    await formal.first().waitFor(WAIT);
    expect(Number(await formal.first().getAttribute('data-start'))).toBe(read.indexOf(FORMAL_WORD));
    // Nothing can be applied on a canvas: copy instead, with the sentence shown for finding the place.
    expect(await sidebar(page).locator('[data-action="apply"]').count()).toBe(0);
    const context = formal.first().locator('[data-context="sentence"]');
    await expect.poll(() => context.textContent()).toContain('I tried to utilise the open questions we had read about.');
    const passive = findings(page, 'passive').first();
    expect(await passive.locator('[data-context="sentence"]').textContent()).toContain('The session was facilitated by');
    // For the README's Docs section: the report beside a (stand-in) Docs page.
    await page.screenshot({ path: join(SCREENSHOTS_DIR, 'docs-light.png') });

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://docs.google.com' });
    await formal.first().locator('[data-action="copy"]').click();
    await sidebar(page).locator('.rl-notice').filter({ hasText: 'Copied' }).waitFor(WAIT);
    const replacement = await formal.first().locator('.rl-suggestion').textContent();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.length).toBeGreaterThan(0);
    expect(replacement).toContain(clipboard);

    // The refresh button reads the document again at once and picks up the new text.
    scenarios.set(id, { exportAnswer: 'text', paragraphs: WITH_PLAN });
    const before = exportReads(id);
    await sidebar(page).locator('[data-action="refresh"]').click();
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('true');
    expect(exportReads(id)).toBe(before + 1);
    // Read directly: neither the background's way nor /mobilebasic was needed.
    expect(answered.some((url) => url.includes(`/d/${id}/mobilebasic`))).toBe(false);
    await page.close();
  });

  it('reads again after the user types in the document (after a pause, not per key)', async () => {
    const id = 'TESTID-typing';
    const page = await openDoc(id, { exportAnswer: 'text', paragraphs: WITHOUT_PLAN });
    await openSidebar(page);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('false');
    const before = exportReads(id);

    // Docs saves as the user types; the export then has the new text. Keys go to Docs' hidden frame.
    scenarios.set(id, { exportAnswer: 'text', paragraphs: WITH_PLAN });
    const typingFrame = page.frames().find((frame) => frame !== page.mainFrame())!;
    await typingFrame.evaluate(() => {
      window.focus();
      document.body.focus();
    });
    const started = Date.now();
    for (const key of 'Next time I will ask.') await page.keyboard.type(key, { delay: 40 });
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), { timeout: 15_000 }).toBe('true');
    // One read for the whole burst of typing (debounced, and at most one per few seconds).
    expect(exportReads(id) - before).toBe(1);
    expect(Date.now() - started).toBeGreaterThan(1_000);
    await page.close();
  });

  it('follows the 307 redirect to googleusercontent.com through the background', async () => {
    contentHost = await startLocalHttps(serveContentHost);
    redirectBrowser = await launchWithExtensionMappingHost('*.googleusercontent.com', contentHost.port);
    await routeGoogle(redirectBrowser);
    const id = 'TESTID-redirect';
    const page = await openDoc(id, { exportAnswer: 'redirect', paragraphs: WITHOUT_PLAN }, redirectBrowser);
    await openSidebar(page);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('false');
    expect(await sectionCard(page, 'learning').getAttribute('data-present')).toBe('true');
    // The page's own fetch could not follow the redirect (no CORS headers there); the background's did.
    const served = answered.filter((url) => url.startsWith(`${CONTENT_HOST}/export/`) && url.includes(id));
    expect(served.length).toBeGreaterThanOrEqual(1);
    const fromWorker = redirectBrowser.requests.filter((r) => r.url().startsWith(CONTENT_HOST) && r.serviceWorker());
    expect(fromWorker.length).toBeGreaterThanOrEqual(1);
    // The text came from the export, not from the /mobilebasic fallback.
    expect(answered.some((url) => url.includes(`/d/${id}/mobilebasic`))).toBe(false);
    expect(await findings(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('falls back to the /mobilebasic view when the export cannot be fetched', async () => {
    const id = 'TESTID-basic';
    const page = await openDoc(id, { exportAnswer: 'abort', paragraphs: WITH_PLAN, mobileBasic: 'doc' });
    await openSidebar(page);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('true');
    expect(answered.some((url) => url.includes(`/d/${id}/mobilebasic`))).toBe(true);
    // The page's script text never became part of the document.
    const quotes = await sidebar(page).locator('[data-context="sentence"]').allTextContents();
    expect(quotes.join(' ')).not.toContain('trackingNoise');
    await page.close();
  });

  it('says downloads are off, in one plain line, when the export is refused on an open document', async () => {
    const id = 'TESTID-403';
    const page = await openDoc(id, { exportAnswer: '403', paragraphs: WITHOUT_PLAN, mobileBasic: '403' });
    await openSidebar(page);
    const line = unavailableLine(page);
    await line.waitFor(WAIT);
    expect(await line.getAttribute('data-unavailable')).toBe('downloads-disabled');
    expect(await line.locator('[role="status"]').textContent()).toMatch(/turned off downloading/);
    expect(await sidebar(page).locator('[data-section]').count()).toBe(0);
    // The quick check is offered instead, and opens the extension's popup (a tab with it where that isn't allowed).
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
    await line.locator('[data-action="quick-check"]').click();
    await expect.poll(() => quickCheckOpen(browser, opened), WAIT).toBe(true);
    await page.close();
  });

  it('says there is no access when the page is Google’s "You need access" page', async () => {
    const id = 'TESTID-noaccess';
    const page = await openDoc(id, { page: 'no-access', exportAnswer: '403', paragraphs: [], mobileBasic: '403' });
    await openSidebar(page);
    await unavailableLine(page).waitFor(WAIT);
    expect(await unavailableLine(page).getAttribute('data-unavailable')).toBe('no-access');
    await page.close();
  });

  it('says the user is signed out when a sign-in page comes back instead of text', async () => {
    const id = 'TESTID-signin';
    const page = await openDoc(id, { exportAnswer: 'sign-in', paragraphs: WITHOUT_PLAN, mobileBasic: 'sign-in' });
    await openSidebar(page);
    await unavailableLine(page).waitFor(WAIT);
    expect(await unavailableLine(page).getAttribute('data-unavailable')).toBe('signed-out');
    expect(await unavailableLine(page).textContent()).toMatch(/signed out/);
    expect(await unavailableLine(page).locator('[data-action="quick-check"]').count()).toBe(1);
    await page.close();
  });

  it('says an empty document is empty (and offers nothing to paste)', async () => {
    const id = 'TESTID-empty';
    const page = await openDoc(id, { exportAnswer: 'empty', paragraphs: [] });
    await openSidebar(page);
    await unavailableLine(page).waitFor(WAIT);
    expect(await unavailableLine(page).getAttribute('data-unavailable')).toBe('empty');
    expect(await unavailableLine(page).locator('[data-action="quick-check"]').count()).toBe(0);
    await page.close();
  });

  it('says it is offline when the browser has no connection', async () => {
    const id = 'TESTID-offline';
    const page = await openDoc(id, { exportAnswer: 'text', paragraphs: WITHOUT_PLAN });
    await openSidebar(page);
    await expect.poll(() => sectionCard(page, 'applying').getAttribute('data-present'), WAIT).toBe('false');
    await browser.context.setOffline(true);
    try {
      await sidebar(page).locator('[data-action="refresh"]').click();
      await unavailableLine(page).waitFor(WAIT);
      expect(await unavailableLine(page).getAttribute('data-unavailable')).toBe('offline');
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });

  it('sent nothing anywhere but docs.google.com and googleusercontent.com', () => {
    const all = [...browser.requests, ...(redirectBrowser?.requests ?? [])];
    const foreign = all
      .map((request) => request.url())
      .filter((url) => !/^(chrome-extension|data|blob|about|chrome):/.test(url))
      .filter((url) => {
        const host = new URL(url).hostname;
        return host !== 'docs.google.com' && !host.endsWith('.googleusercontent.com');
      });
    expect(foreign).toEqual([]);
    // And nothing was sent to them but reads (no text posted anywhere).
    const posted = all.filter((request) => request.method() !== 'GET' && !/^chrome-extension:/.test(request.url()));
    expect(posted.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
  });
});
