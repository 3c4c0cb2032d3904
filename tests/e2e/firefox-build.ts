/**
 * The Firefox build the Firefox tests share (the E2E smoke test and the web-ext lint test).
 *
 * `npm test` only builds Chrome (`wxt build`), so the Firefox tests build .output/firefox-mv3 themselves when it is
 * missing or older than any source file, then work on a private copy, so a rebuild by someone else while the tests
 * run cannot swap files under Firefox or the linter.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');
/** Debian's Firefox ESR: CI installs it (.ci/run); locally the tests skip when it is absent. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const HAS_FIREFOX = existsSync(FIREFOX);

const run = promisify(execFile);

/** What the build reads: a change to any of these makes an existing build stale. */
const BUILD_INPUTS = ['entrypoints', 'lib', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsFresh(): boolean {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return false;
  const builtAt = statSync(manifest).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(join(ROOT, input)) <= builtAt);
}

/** Builds the Firefox MV3 add-on when needed (~10-15 s), and returns a private copy of it. */
export async function firefoxBuildSnapshot(): Promise<string> {
  if (!buildIsFresh()) {
    await run(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox', '--mv3'], {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'reflect-lens-firefox-')), 'extension');
  cpSync(FIREFOX_EXTENSION_DIR, copy, { recursive: true });
  return copy;
}
