/**
 * For the Google Docs E2E test only: a browser where *.googleusercontent.com reaches a local HTTPS server.
 *
 * Why not Playwright routing: Google answers the export with a 307 redirect to googleusercontent.com, and Playwright
 * does not route the requests a redirect leads to (by design: microsoft/playwright#3994, #23301) — they go to the
 * real network. So this browser resolves that one host to 127.0.0.1 (Chromium's --host-resolver-rules) and trusts
 * the local server's throwaway certificate. Everything else is as in harness.ts's launchWithExtension().
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Request } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, type Browser } from './harness';

export interface LocalHttpsServer {
  port: number;
  close(): Promise<void>;
}

/** An HTTPS server on 127.0.0.1 with a self-signed certificate made for this run (openssl). */
export async function startLocalHttps(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<LocalHttpsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'reflect-lens-https-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
    '-subj', '/CN=googleusercontent.com', '-addext', 'subjectAltName=DNS:*.googleusercontent.com',
  ], { stdio: 'ignore' });
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

/** The built extension in a browser where `hostPattern` (e.g. "*.googleusercontent.com") resolves to 127.0.0.1:port. */
export async function launchWithExtensionMappingHost(hostPattern: string, port: number): Promise<Browser> {
  const workDir = mkdtempSync(join(tmpdir(), 'reflect-lens-e2e-docs-'));
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first (npm test does).`);
  }
  const extensionDir = join(workDir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=MAP ${hostPattern} 127.0.0.1:${port}`,
      '--ignore-certificate-errors',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const worker =
    context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    requests,
    close: async () => {
      await context.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
