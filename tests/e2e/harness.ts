/**
 * End-to-end harness: bundles the fixture pages (real editors from node_modules) with esbuild, serves them on
 * 127.0.0.1, and launches Debian Chromium headless with the built extension (.output/chrome-mv3) loaded.
 *
 * Everything a test needs to read our UI goes through the stable test hooks of the brief: the hosts
 * <reflect-lens-sidebar> / <reflect-lens-launcher> (open shadow roots, which Playwright's CSS locators pierce),
 * [data-section][data-present], [data-rule][data-start][data-end] and [data-action="apply"].
 */
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests', 'e2e', 'fixtures');
export const SCREENSHOTS_DIR = join(ROOT, 'tests', 'e2e', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Host elements we are allowed to add to the top document (brief: "Page DOM rule"). */
export const OUR_HOST_TAGS = ['reflect-lens-sidebar', 'reflect-lens-launcher', 'reflect-lens-overlay'];

const NODE_MODULES = join(ROOT, 'node_modules');
/** URL prefix → directory: the editors' own static assets, served as a self-hosted install would. */
const STATIC_ROUTES: Record<string, string> = {
  '/fixtures/': FIXTURES_DIR,
  '/vendor/tinymce/': join(NODE_MODULES, 'tinymce'),
  '/vendor/ckeditor5/': join(NODE_MODULES, 'ckeditor5', 'dist'),
  '/vendor/quill/': join(NODE_MODULES, 'quill', 'dist'),
  '/vendor/prosemirror-view/': join(NODE_MODULES, 'prosemirror-view', 'style'),
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Bundle every *.ts(x) page script of `sourceDir` (not its .d.ts) into `outdir`, one IIFE per page. */
export async function bundlePageScripts(sourceDir: string, outdir: string): Promise<void> {
  const entryPoints = readdirSync(sourceDir)
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => join(sourceDir, name));
  await build({
    entryPoints,
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // The fixtures are the pages' own code, not the extension's: none of the project's tsconfig applies.
    tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    absWorkingDir: ROOT,
  });
}

export interface StaticFileOptions {
  /** Extra response headers for one URL path (e.g. a strict CSP on the page that is about it). */
  headersFor?(path: string): Record<string, string> | undefined;
  /** Rewrites an HTML page's text before it is sent (e.g. to fill in another origin). */
  rewriteHtml?(html: string): string;
}

/**
 * A request handler serving files from `routes` (URL prefix → directory), uncached; 404 for anything outside them.
 * The fixture servers of every E2E test are this, with their own routes and options.
 */
export function staticFileHandler(routes: Record<string, string>, options: StaticFileOptions = {}): RequestListener {
  return (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(routes).find((candidate) => path.startsWith(candidate));
    const base = prefix ? routes[prefix] : undefined;
    const file = base ? normalize(join(base, path.slice(prefix!.length))) : undefined;
    // Stay inside the route's directory whatever the URL says.
    if (!base || !file || !(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headersFor?.(path),
    };
    if (options.rewriteHtml && extname(file) === '.html') {
      response.writeHead(200, headers).end(options.rewriteHtml(readFileSync(file, 'utf8')));
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  };
}

/** Start `server` on `host` (a loopback address) at a free port; `close` also drops open keep-alive connections. */
export async function listenLocally(
  server: Server | HttpsServer,
  host = '127.0.0.1',
): Promise<{ port: number; close(): Promise<void> }> {
  await new Promise<void>((done) => server.listen(0, host, done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const buildDir = mkdtempSync(join(tmpdir(), 'reflect-lens-fixtures-'));
  await bundlePageScripts(FIXTURES_DIR, buildDir);
  const routes: Record<string, string> = { ...STATIC_ROUTES, '/build/': buildDir };
  const { port, close } = await listenLocally(createServer(staticFileHandler(routes)));
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: async () => {
      await close();
      rmSync(buildDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made (pages, frames, workers, the extension), in order. */
  requests: Request[];
  close(): Promise<void>;
}

/**
 * A private copy of the built extension, so a rebuild of .output while the tests run (someone else's `wxt build`)
 * cannot swap files under the running browser. Waits a little for a build that is still being written.
 */
async function snapshotExtension(into: string): Promise<string> {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const deadline = Date.now() + 30_000;
  while (!existsSync(manifest) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
  if (!existsSync(manifest)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const copy = join(into, 'extension');
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  return copy;
}

/** Flags for a quiet headless Chromium: no GPU, no background traffic of its own, no QUIC. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROMIUM_ARGS, then `extra`, then loading the extension in `extensionDir` (and no other). */
export function chromiumArgs(extensionDir: string, extra: readonly string[] = []): string[] {
  return [...CHROMIUM_ARGS, ...extra, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

/** Debian Chromium with a profile in `userDataDir`, the same window size and timeouts in every E2E test. */
export async function launchChromium(userDataDir: string, args: readonly string[] = CHROMIUM_ARGS): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: \`apt-get install -y chromium\` (.ci/run does), or set CHROMIUM_PATH.`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Extensions need the new headless mode, which Playwright only selects through the flag.
    headless: false,
    args: [...args],
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
  });
}

/** The built extension in a fresh Chromium; `extraArgs` go to Chromium too (e.g. host mapping rules). */
export async function launchWithExtension(options: { extraArgs?: readonly string[] } = {}): Promise<Browser> {
  const workDir = mkdtempSync(join(tmpdir(), 'reflect-lens-e2e-'));
  const extensionDir = await snapshotExtension(workDir);
  const context = await launchChromium(join(workDir, 'profile'), chromiumArgs(extensionDir, options.extraArgs));
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));

  const worker =
    context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

export interface ExtensionBrowserSetup<S> {
  /** The test file's server; there from its beforeAll on. */
  readonly server: S;
  /** The browser with the extension; there from its beforeAll on. */
  readonly browser: Browser;
}

/**
 * The setup most E2E test files share: before all their tests, start a server (the fixture server unless
 * `startServer` says otherwise), launch Chromium with the extension and run `afterLaunch` (e.g. write settings);
 * after all, close the browser, then the server. Call at the top of the file; read the two through the result.
 */
export function useExtensionBrowser(): ExtensionBrowserSetup<FixtureServer>;
export function useExtensionBrowser<S extends { close(): Promise<void> }>(options: {
  startServer: () => Promise<S>;
  afterLaunch?: (browser: Browser) => Promise<void>;
}): ExtensionBrowserSetup<S>;
export function useExtensionBrowser(
  options: { startServer?: () => Promise<{ close(): Promise<void> }>; afterLaunch?: (browser: Browser) => Promise<void> } = {},
): ExtensionBrowserSetup<{ close(): Promise<void> }> {
  const { startServer = startFixtureServer, afterLaunch } = options;
  let server: { close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
    await afterLaunch?.(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const notYet = (what: string) => new Error(`The ${what} starts in beforeAll: read it inside a hook or a test.`);
  return {
    get server() {
      if (!server) throw notYet('server');
      return server;
    },
    get browser() {
      if (!browser) throw notYet('browser');
      return browser;
    },
  };
}

/** Requests to anything but the fixture server (extension-internal and data/blob URLs are not network). */
export function foreignRequests(requests: Request[], fixtureOrigin: string): string[] {
  return requests
    .map((request) => request.url())
    .filter((url) => {
      if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return false;
      return new URL(url).origin !== fixtureOrigin;
    });
}

// ---- Reading our UI through the test hooks ----

export const sidebar = (page: Page): Locator => page.locator('reflect-lens-sidebar');
export const launcher = (page: Page): Locator => page.locator('reflect-lens-launcher');
export const sectionCard = (page: Page, id: string): Locator =>
  page.locator(`reflect-lens-sidebar [data-section="${id}"][data-present]`);
export const findings = (page: Page, rule?: string): Locator =>
  page.locator(`reflect-lens-sidebar [data-rule${rule ? `="${rule}"` : ''}][data-start][data-end]`);

/** The findings currently listed, read from their data attributes. */
export async function listFindings(page: Page): Promise<{ rule: string; start: number; end: number; text: string }[]> {
  return findings(page).evaluateAll((items) =>
    items.map((item) => ({
      rule: item.getAttribute('data-rule') ?? '',
      start: Number(item.getAttribute('data-start')),
      end: Number(item.getAttribute('data-end')),
      text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

// ---- Page fixtures ----

export type EditorKindName = 'tinymce' | 'ckeditor5' | 'quill' | 'prosemirror' | 'react-textarea' | 'textarea';

export interface EditorFixture {
  kind: EditorKindName;
  page: string;
  /** The frame the user types in (TinyMCE: its iframe). */
  frame(page: Page): Promise<Frame>;
  /** Selector of the element that takes the text, within `frame`. */
  field: string;
  /** contenteditable kinds underline with the CSS Highlight API; textareas with an overlay in our shadow root. */
  underline: 'highlight-api' | 'overlay';
  /**
   * The editor's own floating UI that updates on its own timers after typing stops, with or without the extension
   * (checked by running the same steps in a browser without it). Changes there are the editor's, not ours.
   */
  editorOwnUi?: string;
}

const mainFrame = async (page: Page) => page.mainFrame();

export const EDITORS: EditorFixture[] = [
  {
    kind: 'tinymce',
    page: '/fixtures/tinymce.html',
    frame: async (page) => {
      const handle = await page.waitForSelector('iframe#reflection_ifr');
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('TinyMCE iframe has no frame');
      return frame;
    },
    field: 'body#tinymce',
    underline: 'highlight-api',
  },
  {
    kind: 'ckeditor5',
    page: '/fixtures/ckeditor5.html',
    frame: mainFrame,
    field: '.ck-editor__editable',
    underline: 'highlight-api',
    // The "Powered by CKEditor" badge (GPL builds) re-shows and re-positions itself a moment after typing.
    editorOwnUi: '.ck-body-wrapper .ck-powered-by-balloon',
  },
  { kind: 'quill', page: '/fixtures/quill.html', frame: mainFrame, field: '#reflection .ql-editor', underline: 'highlight-api' },
  { kind: 'prosemirror', page: '/fixtures/prosemirror.html', frame: mainFrame, field: '#prosemirror-editor .ProseMirror', underline: 'highlight-api' },
  { kind: 'react-textarea', page: '/fixtures/react-textarea.html', frame: mainFrame, field: 'textarea#reflection', underline: 'overlay' },
  { kind: 'textarea', page: '/fixtures/textarea.html', frame: mainFrame, field: 'textarea#reflection', underline: 'overlay' },
];

export async function openFixture(browser: Browser, server: FixtureServer, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() => (window as any).editorReady === true, null, { timeout: 30_000 });
  return page;
}

// ---- Page DOM watching (the "nothing outside our host changed" check) ----

/**
 * Installs a MutationObserver on a document (main world) that keeps every record, described as plain data.
 * Records of our own hosts (added to / removed from <html>, or attribute changes on them) are marked `ours`.
 */
export async function watchDom(frame: Frame, key: string, editorOwnUi?: string): Promise<void> {
  await frame.evaluate(
    ({ key, hostTags, editorOwnUi }) => {
      const describe = (node: Node | null): string => {
        if (!node) return 'null';
        if (node.nodeType === 3) return `#text(${JSON.stringify((node.textContent ?? '').slice(0, 30))})`;
        if (node.nodeType !== 1) return `#${node.nodeName}`;
        const el = node as Element;
        const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${
          typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : ''
        }`;
        // A bare element says little: show its start, so a failure names what was added.
        return el.id || el.className ? name : `${name} ${el.outerHTML.slice(0, 120)}`;
      };
      const isOurHost = (node: Node) => node.nodeType === 1 && hostTags.includes((node as Element).tagName.toLowerCase());
      const log: any[] = [];
      const handle = (records: MutationRecord[]) => {
        for (const record of records) {
          const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
          const ours =
            isOurHost(record.target) ||
            (record.type === 'childList' &&
              record.target === document.documentElement &&
              nodes.length > 0 &&
              nodes.every(isOurHost));
          log.push({
            type: record.type,
            target: describe(record.target),
            attribute: record.attributeName,
            ...(record.type === 'attributes'
              ? { from: record.oldValue, to: (record.target as Element).getAttribute(record.attributeName!) }
              : {}),
            added: Array.from(record.addedNodes).map(describe),
            removed: Array.from(record.removedNodes).map(describe),
            ours,
            editorUi:
              !!editorOwnUi &&
              !!(record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement)?.closest(editorOwnUi),
          });
        }
      };
      const observer = new MutationObserver(handle);
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
      (window as any)[key] = { log, observer, handle };
    },
    { key, hostTags: OUR_HOST_TAGS, editorOwnUi: editorOwnUi ?? '' },
  );
}

export interface DomRecord {
  type: string;
  target: string;
  attribute: string | null;
  from?: string | null;
  to?: string | null;
  added: string[];
  removed: string[];
  ours: boolean;
  /** The target is inside the editor's own floating UI (see EditorFixture.editorOwnUi). */
  editorUi: boolean;
}

export async function takeDomLog(frame: Frame, key: string): Promise<DomRecord[]> {
  return frame.evaluate((key) => {
    const watcher = (window as any)[key];
    // Records not yet delivered to the callback count too.
    watcher.handle(watcher.observer.takeRecords());
    watcher.observer.disconnect();
    return watcher.log;
  }, key);
}

// ---- Geometry ----

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, slack = 2): boolean {
  return (
    a.x < b.x + b.width + slack &&
    b.x < a.x + a.width + slack &&
    a.y < b.y + b.height + slack &&
    b.y < a.y + a.height + slack
  );
}

/**
 * In a contenteditable frame: the rects of every range our highlights registered whose text contains `words`,
 * and the rects of `words` found in the field's DOM by the test itself. Both in that frame's viewport coordinates.
 */
export async function highlightGeometry(
  frame: Frame,
  fieldSelector: string,
  words: string,
): Promise<{ names: string[]; highlighted: { name: string; text: string; rects: Box[] }[]; expected: Box[]; styled: string[] }> {
  return frame.evaluate(
    ({ fieldSelector, words }) => {
      const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
      const registry = (CSS as any).highlights as Map<string, Set<AbstractRange>>;
      const names = [...registry.keys()];
      const highlighted: { name: string; text: string; rects: { x: number; y: number; width: number; height: number }[] }[] = [];
      for (const [name, highlight] of registry) {
        for (const range of highlight) {
          if (!(range instanceof Range)) continue;
          highlighted.push({ name, text: range.toString(), rects: [...range.getClientRects()].map(box) });
        }
      }
      // Find `words` ourselves: walk the field's text nodes (the phrase sits within one paragraph).
      const field = document.querySelector(fieldSelector)!;
      const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const joined = nodes.map((node) => node.data).join('');
      const at = joined.indexOf(words);
      const expected: { x: number; y: number; width: number; height: number }[] = [];
      if (at >= 0) {
        const locate = (offset: number, preferEnd: boolean): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            const next = seen + node.data.length;
            if (offset < next || (preferEnd && offset === next)) return [node, offset - seen];
            seen = next;
          }
          const last = nodes[nodes.length - 1];
          return [last, last.data.length];
        };
        const range = document.createRange();
        range.setStart(...locate(at, false));
        range.setEnd(...locate(at + words.length, true));
        expected.push(...[...range.getClientRects()].map(box));
      }
      // Which highlight names have a ::highlight() rule in the document's adopted style sheets (how they show).
      const styled: string[] = [];
      for (const sheet of document.adoptedStyleSheets) {
        for (const rule of Array.from(sheet.cssRules)) {
          const match = /::highlight\(([^)]+)\)/.exec(rule.cssText);
          if (match) styled.push(match[1].trim());
        }
      }
      return { names, highlighted, expected, styled };
    },
    { fieldSelector, words },
  );
}

/**
 * Where `words` sit inside a textarea on screen, measured with a mirror div (same box, font and wrapping) that
 * the test adds and removes again. Only call after the DOM checks are done.
 */
export async function textareaWordRects(page: Page, fieldSelector: string, words: string): Promise<Box[]> {
  return page.evaluate(
    ({ fieldSelector, words }) => {
      const field = document.querySelector(fieldSelector) as HTMLTextAreaElement;
      const at = field.value.indexOf(words);
      if (at < 0) return [];
      const style = getComputedStyle(field);
      const mirror = document.createElement('div');
      const copied = [
        'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
        'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize',
        'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'wordSpacing', 'textIndent',
        'tabSize',
      ] as const;
      for (const property of copied) (mirror.style as any)[property] = style[property];
      const rect = field.getBoundingClientRect();
      Object.assign(mirror.style, {
        position: 'fixed',
        left: `${rect.left}px`,
        top: `${rect.top - field.scrollTop}px`,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        visibility: 'hidden',
        // The textarea's scrollbar (if any) narrows its text box.
        width: `${field.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`,
      });
      mirror.append(field.value.slice(0, at));
      const span = document.createElement('span');
      span.textContent = words;
      mirror.append(span, field.value.slice(at + words.length) || '.');
      document.body.append(mirror);
      const rects = [...span.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      mirror.remove();
      return rects;
    },
    { fieldSelector, words },
  );
}

/** Boxes of every element inside our hosts' shadow roots that is not part of the sidebar/launcher UI. */
export async function overlayMarkRects(page: Page): Promise<{ host: string; tag: string; cls: string; rule: string | null; rect: Box }[]> {
  return page.evaluate((hostTags) => {
    const out: any[] = [];
    for (const host of document.querySelectorAll(hostTags.join(','))) {
      const root = host.shadowRoot;
      if (!root) continue;
      for (const el of root.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        out.push({
          host: host.tagName.toLowerCase(),
          tag: el.tagName.toLowerCase(),
          cls: typeof el.className === 'string' ? el.className : '',
          rule: el.getAttribute('data-rule'),
          text: (el.textContent ?? '').slice(0, 60),
          rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        });
      }
    }
    return out;
  }, OUR_HOST_TAGS);
}
