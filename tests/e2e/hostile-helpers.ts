/**
 * Helpers for the hostile-page tests: a second fixture server with two origins (127.0.0.1 and 127.0.0.2, the
 * same files) for cross-origin frames and per-page response headers (a strict CSP), error collection on a page
 * (uncaught errors and console errors, in every frame), and access to the extension's service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { bundlePageScripts, FIXTURES_DIR, listenLocally, openFixture, OUR_HOST_TAGS, staticFileHandler, type Browser } from './harness';

export const HOSTILE_DIR = join(FIXTURES_DIR, 'hostile');

/** Response headers per page: the strict CSP page is the whole point of its fixture. */
const PAGE_HEADERS: Record<string, Record<string, string>> = {
  '/fixtures/hostile/csp.html': { 'content-security-policy': "default-src 'self'; style-src 'self'" },
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
  await bundlePageScripts(HOSTILE_DIR, buildDir);
  let crossOrigin = '';
  const handle = staticFileHandler(
    { '/fixtures/': FIXTURES_DIR, '/build/': buildDir },
    {
      headersFor: (path) => PAGE_HEADERS[path],
      // Pages name the other origin as {{CROSS_ORIGIN}}: its port is only known once it listens.
      rewriteHtml: (html) => html.replaceAll('{{CROSS_ORIGIN}}', crossOrigin),
    },
  );
  const listen = async (host: string) => {
    const { port, close } = await listenLocally(createServer(handle), host);
    return { origin: `http://${host}:${port}`, close };
  };
  const own = await listen('127.0.0.1');
  // Any 127.x address is loopback on Linux: a second host is a second origin (and site) for the browser.
  const other = await listen('127.0.0.2');
  crossOrigin = other.origin;
  return {
    origin: own.origin,
    crossOrigin,
    url: (path) => own.origin + path,
    close: async () => {
      await Promise.all([own.close(), other.close()]);
      rmSync(buildDir, { recursive: true, force: true });
    },
  };
}

/** Open a hostile page and wait until its script says it is ready (`window.editorReady`). */
export async function openHostile(browser: Browser, server: HostileServer, name: string): Promise<Page> {
  return openFixture(browser, server, `/fixtures/hostile/${name}`);
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
