/**
 * Mozilla's own linter (`web-ext lint`, the checks addons.mozilla.org runs on upload) over the Firefox build.
 * Any error fails; so does any warning or notice not explained in ALLOWED below. Runs offline (--self-hosted skips
 * the AMO-only listing checks, which need no network anyway).
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { firefoxBuildSnapshot } from './firefox-build';

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface AllowedMessage {
  code: string;
  message: RegExp;
  /** Why this is not a problem in our build (kept next to the check, so nobody widens it by accident). */
  why: string;
  /** Confirms the message is the explained one, from the code just before and at the place the linter points. */
  matches(before: string, at: string): boolean;
}

const ALLOWED: AllowedMessage[] = [
  {
    // Every bundle that renders Preact (content script sidebar, popup, side panel, options) carries Preact's DOM
    // diff, which writes `innerHTML` only for the `dangerouslySetInnerHTML` prop and to clear that same element.
    // Our code never passes that prop (checked below), so the line never runs with page or essay text: all our
    // text reaches the DOM as text nodes.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: /innerHTML/,
    why: "Preact's renderer (dangerouslySetInnerHTML support), a prop Reflect Lens never uses",
    // Preact's `if (html) … (dom.innerHTML = html.__html)`, right after it reads the prop by name.
    matches: (before, at) => /^.{0,12}[\w$]+\.innerHTML=[\w$]+\.__html\b/.test(at) && before.includes('"dangerouslySetInnerHTML"'),
  },
];

let extensionDir: string;
let messages: LintMessage[] = [];
let summary: { errors: number; warnings: number; notices: number };
let metadata: Record<string, unknown>;

const run = promisify(execFile);

beforeAll(async () => {
  extensionDir = await firefoxBuildSnapshot();
  // `web-ext lint` exits 1 when there are errors; the JSON report is on stdout either way.
  const result = await run(
    join(ROOT, 'node_modules', '.bin', 'web-ext'),
    ['lint', '--source-dir', extensionDir, '--self-hosted', '--output', 'json', '--no-config-discovery'],
    { cwd: ROOT, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 * 1024 * 1024 },
  ).catch((failure: { stdout?: string }) => ({ stdout: failure.stdout ?? '' }));
  const report = JSON.parse(result.stdout);
  messages = [...report.errors, ...report.warnings, ...report.notices];
  summary = report.summary;
  metadata = report.metadata;
}, 180_000);

afterAll(() => {
  if (extensionDir) rmSync(dirname(extensionDir), { recursive: true, force: true });
});

/**
 * The code the linter points at (line:column of a bundled file, 1-based): 300 characters before it, and 80 from a
 * few characters before it (so the statement it flags is whole).
 */
function excerptAt(message: LintMessage): { before: string; at: string } {
  if (!message.file || !message.line) return { before: '', at: '' };
  const line = readFileSync(join(extensionDir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return { before: line.slice(Math.max(0, column - 300), column), at: line.slice(Math.max(0, column - 12), column + 80) };
}

const explanationFor = (message: LintMessage) =>
  ALLOWED.find(
    (allowed) =>
      message._type !== 'error' &&
      allowed.code === message.code &&
      allowed.message.test(message.message) &&
      allowed.matches(excerptAt(message).before, excerptAt(message).at),
  );

const describeMessage = (message: LintMessage) =>
  `${message._type} ${message.code} ${message.file ?? ''}:${message.line ?? ''}:${message.column ?? ''} ${message.message}`;

/** Every file under `dir` (relative paths). */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, base) : [path.slice(base.length + 1)];
  });
}

describe('web-ext lint of the Firefox build', () => {
  it('reports no errors', () => {
    expect(summary.errors, messages.filter((m) => m._type === 'error').map(describeMessage).join('\n')).toBe(0);
  });

  it('reports no warning or notice that is not explained', () => {
    const unexplained = messages.filter((message) => !explanationFor(message)).map(describeMessage);
    expect(unexplained).toEqual([]);
  });

  it('sees the add-on id and minimum version we declare', () => {
    expect(metadata.id).toBe('reflect-lens@reflect-lens.invalid');
    expect(metadata.manifestVersion).toBe(3);
    expect(metadata.firefoxStrictMinVersion).toBe(140);
  });

  it('the explained innerHTML writes come from a prop our own code never uses', () => {
    // If this ever fails, the allow-list above no longer holds: the warning would point at real HTML injection.
    const ownCode = ['entrypoints', 'lib']
      .flatMap((dir) => filesUnder(join(ROOT, dir)).map((file) => join(ROOT, dir, file)))
      .filter((file) => /\.(ts|tsx|mts|js|mjs)$/.test(file));
    const offenders = ownCode.filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('Firefox manifest', () => {
  const manifest = () => JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

  it('has a gecko id, declares that no data is collected, and runs the background as an event page', () => {
    const { browser_specific_settings: settings, background } = manifest();
    expect(settings.gecko.id).toBe('reflect-lens@reflect-lens.invalid');
    expect(settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox MV3 has no background service worker: WXT must emit `scripts`.
    expect(background.scripts?.length).toBeGreaterThan(0);
    expect(background.service_worker).toBeUndefined();
  });

  it('maps a side panel entrypoint to Firefox\'s sidebar_action, and asks for no Chrome-only permission', () => {
    const built = manifest();
    const hasSidePanel = readdirSync(join(ROOT, 'entrypoints')).some((name) => /^sidepanel(\.|$)/.test(name));
    if (hasSidePanel) expect(built.sidebar_action?.default_panel).toBeTruthy();
    expect(built.side_panel).toBeUndefined();
    expect(built.permissions ?? []).not.toContain('sidePanel');
    // Every file the manifest names is in the package.
    const files = new Set(filesUnder(extensionDir));
    const named = [
      ...(built.background?.scripts ?? []),
      ...(built.content_scripts ?? []).flatMap((script: { js?: string[]; css?: string[] }) => [...(script.js ?? []), ...(script.css ?? [])]),
      built.action?.default_popup,
      built.sidebar_action?.default_panel,
      built.options_ui?.page,
    ].filter(Boolean);
    for (const file of named) expect(files.has(file), file).toBe(true);
  });
});
