/**
 * The Firefox store packages, as `npm run zip` makes them (`wxt zip -b firefox --mv3`): the add-on zip holds exactly
 * the build, and the sources zip (which Mozilla's reviewers rebuild from) holds the sources that build it and nothing
 * stray: no tests, screenshots, build output, node_modules, hidden or scratch files.
 * (The Chrome zip comes from the same `wxt zip` code over .output/chrome-mv3; it is not rebuilt here.)
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { FIREFOX_EXTENSION_DIR } from './firefox-build';

const OUTPUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Names of the entries of a zip file, from its central directory (no zip library needed to list). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  // The end-of-central-directory record sits in the last 22 bytes (+ up to 64 KiB of comment).
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Every file under `dir`, as paths relative to it with '/' separators (as zips name them). */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

let addonEntries: string[];
let sourceEntries: string[];

beforeAll(async () => {
  await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'wxt'), ['zip', '-b', 'firefox', '--mv3'], {
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  addonEntries = zipEntries(join(OUTPUT, `${name}-${version}-firefox.zip`)).sort();
  sourceEntries = zipEntries(join(OUTPUT, `${name}-${version}-sources.zip`)).sort();
}, 180_000);

describe('npm run zip (Firefox)', () => {
  it('packs exactly the built add-on', () => {
    expect(addonEntries).toEqual(filesUnder(FIREFOX_EXTENSION_DIR).sort());
    expect(addonEntries).toContain('manifest.json');
  });

  it('packs the sources that build it, and nothing stray', () => {
    // What `npm ci && npm run build:firefox` needs, and the README (build steps for the reviewers) when present.
    const allowed = /^(entrypoints\/|lib\/|public\/|assets\/|README\.md$|LICENSE|package\.json$|package-lock\.json$|tsconfig\.json$|wxt\.config\.ts$)/;
    expect(sourceEntries.filter((entry) => !allowed.test(entry))).toEqual([]);
    const stray = /(^|\/)\.|node_modules|\.output|screenshots|\.tmp|\.log$|\.(test|spec)\.[cm]?[jt]sx?$|\.png$/;
    expect(sourceEntries.filter((entry) => stray.test(entry))).toEqual([]);
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'entrypoints/background.ts', 'entrypoints/content.ts']) {
      expect(sourceEntries).toContain(needed);
    }
    // Every entrypoint and library source file is there (a reviewer's build must not miss a module).
    for (const dir of ['entrypoints', 'lib']) {
      const onDisk = filesUnder(join(ROOT, dir))
        .map((file) => `${dir}/${file}`)
        .filter((file) => !/\.tmp(\.ts)?$|\.log$/.test(file) && !file.split('/').some((part) => part.startsWith('.')));
      expect(onDisk.filter((file) => !sourceEntries.includes(file)), `${dir}/ files missing from the sources zip`).toEqual([]);
    }
  });
});
