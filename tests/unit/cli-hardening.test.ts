/**
 * The CLI under hostile input: the texts of the engine property tests written to files (random Unicode, RTL,
 * emoji, CRLF, HTML pasted as text), plus files that cannot be essays (invalid UTF-8 such as encoded lone
 * surrogates, NUL bytes, unreadable, a FIFO, a 3 GB sparse file) and a huge real text. Each bad file gets one clear
 * line on stderr naming it, the exit code is 2, and every other file is still checked (exit 0 when all are fine).
 * Files are checked in one CLI run where possible: each run costs ~1 s of tsx and compromise start-up.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGLISH, hostileText } from './property-inputs';

const BIN = resolve(__dirname, '../../lib/cli/reflect-lens.mjs');
const dir = mkdtempSync(join(tmpdir(), 'reflect-lens-cli-hard-'));
// Readable by an unprivileged user too (the permission test runs the CLI as `nobody` when we are root).
chmodSync(dir, 0o755);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function run(args: string[], options: { input?: string | Buffer; uid?: number; gid?: number; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    uid: options.uid,
    gid: options.gid,
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

interface JsonReport {
  file: string;
  sentences: { start: number; end: number }[];
  findings: { rule: string; start?: number; end?: number }[];
}

/** The CLI's offsets are UTF-16 offsets into the decoded text: in bounds, ordered, never inside a pair. */
function expectOffsetsFit(text: string, report: JsonReport): void {
  let previousEnd = 0;
  for (const s of report.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
    previousEnd = s.end;
  }
  for (const f of report.findings) {
    if (f.start === undefined) continue;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end!).toBeGreaterThanOrEqual(f.start);
    expect(f.end!).toBeLessThanOrEqual(text.length);
    expect(splitsPair(text, f.start) || splitsPair(text, f.end!)).toBe(false);
  }
}

/** Hostile texts that are valid UTF-8 essays: no lone surrogates (not encodable) and no C0 controls (binary). */
function encodableEssays(count: number, seed: number): string[] {
  return fc
    .sample(hostileText, { seed, numRuns: count * 3 })
    .map((text) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'))
    .map((text) => text.replace(/[\u0000-\u0008\u000e-\u001f]/g, ' '))
    .slice(0, count);
}

const ESSAY = `${ENGLISH.slice(0, 5).join(' ')}\n`;

describe('reflect-lens check under hostile input', { timeout: 120_000 }, () => {
  it('checks random Unicode, RTL, emoji, CRLF and HTML-as-text files with offsets that fit the text', () => {
    const texts = [
      ...encodableEssays(25, 61),
      ESSAY.replace(/\n/g, '\r\n') + 'Next time I will wait.\r\n\r\nThe form was completed by the nurse.\r\n',
      '<p>I felt <b>nervous</b>.</p>\n<script>alert("hi")</script>\nThe leaflet was handed out by the facilitator.',
      'שלום. مرحبا بالعالم. I said hello 👩🏾‍⚕️ and then 👨‍👩‍👧‍👦 laughed. Prior to that I endeavoured to utilise it.',
    ];
    const files = texts.map((text, i) => {
      const file = join(dir, `hostile-${i}.txt`);
      writeFileSync(file, text, 'utf8');
      return file;
    });
    const r = run(['check', ...files, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const reports = r.out.trim().split('\n').map((line) => JSON.parse(line) as JsonReport);
    expect(reports.map((report) => report.file)).toEqual(files);
    reports.forEach((report, i) => expectOffsetsFit(texts[i], report));

    // The human-readable output copes with the same files (line:col over CRLF, RTL, emoji).
    const human = run(['check', ...files]);
    expect(human.code).toBe(0);
    expect(human.err).toBe('');
    expect(human.out).toContain(files[files.length - 1]);
  });

  it('checks hostile text from stdin', () => {
    const text = encodableEssays(1, 62)[0] + ESSAY;
    const r = run(['check', '-', '--json'], { input: text });
    expect(r.code).toBe(0);
    expectOffsetsFit(text, JSON.parse(r.out));
  });

  it('refuses invalid UTF-8 (an encoded lone surrogate) and NUL bytes clearly, and checks the other files', () => {
    // CESU-8 / WTF-8 bytes of U+D800, which a UTF-16 editor can produce from a lone surrogate.
    writeFileSync(join(dir, 'surrogate.txt'), Buffer.concat([Buffer.from('I felt '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' calm.')]));
    writeFileSync(join(dir, 'nul.txt'), 'I felt calm.\u0000Next time I will wait.');
    writeFileSync(join(dir, 'good.txt'), ESSAY);
    const r = run(['check', 'surrogate.txt', 'nul.txt', 'good.txt', '--json']);
    expect(r.code).toBe(2);
    const errors = r.err.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^reflect-lens: surrogate\.txt: not UTF-8 text/),
      expect.stringMatching(/^reflect-lens: nul\.txt: looks like a binary file/),
    ]);
    const reports = r.out.trim().split('\n').map((line) => JSON.parse(line));
    expect(reports.map((report) => report.file)).toEqual(['good.txt']);
  });

  it('reports an unreadable file (chmod 000) and still checks the others', () => {
    writeFileSync(join(dir, 'locked.txt'), ESSAY);
    chmodSync(join(dir, 'locked.txt'), 0o000);
    writeFileSync(join(dir, 'good.txt'), ESSAY);
    // Root reads any file whatever its mode, and CI runs as root: run the CLI as `nobody` there instead.
    const asRoot = process.getuid?.() === 0;
    const r = run(['check', 'locked.txt', 'good.txt', '--json'], asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^reflect-lens: locked\.txt: permission denied$/);
    expect(JSON.parse(r.out.trim()).file).toBe('good.txt');
  });

  it('reads a FIFO (as `check <(pandoc essay.docx -t plain)` passes one) alongside plain files', async () => {
    const fifo = join(dir, 'essay.fifo');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo on this system: nothing to test
    writeFileSync(join(dir, 'good.txt'), ESSAY);
    const child = spawn(process.execPath, [BIN, 'check', fifo, 'good.txt', '--json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    // The writer end, as the shell's process substitution would open it (blocks until the CLI opens the FIFO).
    const writer = spawn('sh', ['-c', `printf '%s' "$0" > "$1"`, ESSAY, fifo]);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    writer.kill();
    expect(err).toBe('');
    expect(code).toBe(0);
    const reports = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(reports.map((report) => report.file)).toEqual([fifo, 'good.txt']);
    expect(reports[0].sentences.length).toBe(reports[1].sentences.length);
  });

  it('checks a huge (5 MB) essay file, and refuses a 3 GB one with a clear error while checking the rest', () => {
    const paragraph = `${ENGLISH.slice(0, 4).join(' ')}\n\n`;
    writeFileSync(join(dir, 'huge.txt'), paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)));
    // Sparse: takes no disk space, but is bigger than anything Node reads into one buffer.
    const fd = openSync(join(dir, 'giant.txt'), 'w');
    closeSync(fd);
    const truncated = spawnSync('truncate', ['-s', '3G', join(dir, 'giant.txt')]);
    const haveGiant = truncated.status === 0;
    writeFileSync(join(dir, 'good.txt'), ESSAY);
    const files = haveGiant ? ['giant.txt', 'huge.txt', 'good.txt'] : ['huge.txt', 'good.txt'];
    const started = Date.now();
    const r = run(['check', ...files, '--json']);
    const seconds = (Date.now() - started) / 1000;
    rmSync(join(dir, 'giant.txt'), { force: true });
    expect(r.code).toBe(haveGiant ? 2 : 0);
    if (haveGiant) expect(r.err.trim()).toMatch(/^reflect-lens: giant\.txt: too large to be an essay \(\d+ MB; the limit is 20 MB\)$/);
    const reports = r.out.trim().split('\n').map((line) => JSON.parse(line));
    expect(reports.map((report) => report.file)).toEqual(['huge.txt', 'good.txt']);
    expect(reports[0].sentences.length).toBeGreaterThan(100_000);
    // Reading a giant file must fail fast rather than read gigabytes; a 5 MB essay takes seconds, not minutes.
    expect(seconds).toBeLessThan(60);
  });
});
