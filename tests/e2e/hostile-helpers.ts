/**
 * Helpers for the hostile-page tests: a second fixture server with two origins (127.0.0.1 and 127.0.0.2, the
 * same files) for cross-origin frames and per-page response headers (a strict CSP), error collection on a page
 * (uncaught errors and console errors, in every frame), and access to the extension's service worker.
 */
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'esbuild';
import type { Page, Worker } from 'playwright-core';
import { FIXTURES_DIR, OUR_HOST_TAGS, type Browser } from './harness';

export const HOSTILE_DIR = join(FIXTURES_DIR, 'hostile');

/** Response headers per page: the strict CSP page is the whole point of its fixture. */
const PAGE_HEADERS: Record<string, Record<string, string>> = {
  '/fixtures/hostile/csp.html': { 'content-security-policy': "default-src 'self'; style-src 'self'" },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface HostileServer {
  /** http://127.0.0.1:PORT — the page's own origin. */
  origin: string;
  /** http://127.0.0.2:PORT2 — another site, for cross-origin frames. */
  crossOrigin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const buildDir = mkdtempSync(join(tmpdir(), 'reflect-lens-hostile-'));
  await build({
    entryPoints: readdirSync(HOSTILE_DIR)
      .filter((name) => /\.tsx?$/.test(name))
      .map((name) => join(HOSTILE_DIR, name)),
    outdir: buildDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const routes: Record<string, string> = { '/fixtures/': FIXTURES_DIR, '/build/': buildDir };
  let crossOrigin = '';

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(routes).find((candidate) => path.startsWith(candidate));
    const base = prefix ? routes[prefix] : undefined;
    const file = base ? normalize(join(base, path.slice(prefix!.length))) : undefined;
    if (!base || !file || !file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...PAGE_HEADERS[path] };
    if (extname(file) === '.html') {
      response.writeHead(200, headers).end(readFileSync(file, 'utf8').replaceAll('{{CROSS_ORIGIN}}', crossOrigin));
      return;
    }
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  };

  const listen = async (host: string): Promise<{ server: Server; origin: string }> => {
    const server = createServer(handle);
    await new Promise<void>((done) => server.listen(0, host, done));
    return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
  };
  const own = await listen('127.0.0.1');
  // Any 127.x address is loopback on Linux: a second host is a second origin (and site) for the browser.
  const other = await listen('127.0.0.2');
  crossOrigin = other.origin;
  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return {
    origin: own.origin,
    crossOrigin,
    url: (path) => own.origin + path,
    close: async () => {
      await Promise.all([close(own.server), close(other.server)]);
      rmSync(buildDir, { recursive: true, force: true });
    },
  };
}

/** Open a hostile page and wait until its script says it is ready (`window.editorReady`). */
export async function openHostile(browser: Browser, server: HostileServer, name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(`/fixtures/hostile/${name}`));
  await page.waitForFunction(() => (window as any).editorReady === true, null, { timeout: 30_000 });
  return page;
}

export interface ErrorLog {
  /** Uncaught errors and console errors/warnings seen on the page (any frame, any world), as text. */
  messages: string[];
}

/**
 * Record every uncaught exception and console error or warning of a page from now on. Content scripts log into
 * the page's console, so anything of ours that escapes shows here too.
 */
export function collectErrors(page: Page): ErrorLog {
  const log: ErrorLog = { messages: [] };
  page.on('pageerror', (error) => log.messages.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.messages.push(`console.${message.type()}: ${message.text()}`);
  });
  return log;
}

/** The extension's background service worker (where the analysis engine runs). */
export async function serviceWorker(browser: Browser): Promise<Worker> {
  const found = browser.context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  return (
    found ??
    (await browser.context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().startsWith(`chrome-extension://${browser.extensionId}/`),
      timeout: 30_000,
    }))
  );
}

/** Write settings through the extension itself, as the options page would (browser.storage.sync 'settings'). */
export async function writeSettings(browser: Browser, patch: Record<string, unknown>): Promise<void> {
  const worker = await serviceWorker(browser);
  await worker.evaluate(async (patch) => {
    const c = (globalThis as any).chrome;
    const stored = (await c.storage.sync.get('settings'))?.settings ?? {};
    await c.storage.sync.set({ settings: { ...stored, ...patch } });
  }, patch);
}

/** Everything the extension keeps in storage (sync, local, session), as JSON text. */
export async function storageDump(browser: Browser): Promise<string> {
  const worker = await serviceWorker(browser);
  return worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const areas: Record<string, unknown> = {};
    for (const area of ['sync', 'local', 'session']) {
      try {
        areas[area] = await c.storage[area].get(null);
      } catch (error) {
        areas[area] = `unreadable: ${String(error)}`;
      }
    }
    return JSON.stringify(areas);
  });
}

/** Traces of the extension in a document: our host elements, CSS highlights, adopted style sheets. */
export async function tracesIn(page: Page): Promise<{ hosts: number; highlights: number; adoptedSheets: number }> {
  return page.evaluate((tags) => {
    const registry = (CSS as any).highlights as Map<string, unknown> | undefined;
    return {
      hosts: document.querySelectorAll(tags.join(',')).length,
      highlights: registry ? registry.size : 0,
      adoptedSheets: document.adoptedStyleSheets.length,
    };
  }, OUR_HOST_TAGS);
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * A short reflection made up for these tests: one passive ("was run by"), two over-formal words the engine offers
 * a plain replacement for ("utilise", "commence"), a feeling and a plan.
 */
export const HOSTILE_ESSAY =
  'On Monday the check-in group was run by two peer workers. ' +
  'I tried to utilise silence when a member spoke about her week. ' +
  'I felt unsure at first, but I realised that waiting helped her say more. ' +
  'Next time I will commence with an open question and then listen.';
