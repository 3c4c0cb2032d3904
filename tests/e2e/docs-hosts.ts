/**
 * For the Google Docs E2E test only: a browser where *.googleusercontent.com reaches a local HTTPS server.
 *
 * Why not Playwright routing: Google answers the export with a 307 redirect to googleusercontent.com, and Playwright
 * does not route the requests a redirect leads to (by design: microsoft/playwright#3994, #23301) — they go to the
 * real network. So this browser resolves that one host to 127.0.0.1 (Chromium's --host-resolver-rules) and trusts
 * the local server's throwaway certificate; otherwise it is harness.ts's launchWithExtension().
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, listenLocally, type Browser } from './harness';

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
  const { port, close } = await listenLocally(createServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler));
  return {
    port,
    close: async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The built extension in a browser where `hostPattern` (e.g. "*.googleusercontent.com") resolves to 127.0.0.1:port. */
export async function launchWithExtensionMappingHost(hostPattern: string, port: number): Promise<Browser> {
  return launchWithExtension({
    extraArgs: [`--host-resolver-rules=MAP ${hostPattern} 127.0.0.1:${port}`, '--ignore-certificate-errors'],
  });
}
