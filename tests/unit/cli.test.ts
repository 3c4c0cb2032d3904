import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(__dirname, '../../lib/cli/reflect-lens.mjs');
const dir = mkdtempSync(join(tmpdir(), 'reflect-lens-cli-'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ESSAY = [
  'What happened',
  '',
  'On Tuesday the trainer asked us to practise active listening in pairs. The session was facilitated by two peer workers.',
  '',
  'I realised that I rush to give advice when I feel anxious. It made me think about how often I fill silences.',
  '',
  'Next time I will wait a few seconds before I answer. Prior to each session I will utilise a short checklist.',
].join('\n');

writeFileSync(join(dir, 'essay.txt'), ESSAY);
writeFileSync(join(dir, 'bom.txt'), '\uFEFF' + ESSAY);
writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x49, 0x20, 0x66, 0x65, 0x6c, 0x74, 0x20, 0xe9, 0x2e]));
writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
writeFileSync(join(dir, 'empty.txt'), '');
mkdirSync(join(dir, 'folder'));

// Each case spawns the real CLI (tsx + compromise start-up ≈ 1 s each), so allow more than the default 5 s.
describe('reflect-lens check', { timeout: 30_000 }, () => {
  it('prints one JSON object per file, in input order, with stable field names', () => {
    const r = run(['check', join(dir, 'essay.txt'), join(dir, 'empty.txt'), '--json']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'essay.txt'), join(dir, 'empty.txt')]);
    const [essay, empty] = lines;
    expect(Object.keys(essay)).toEqual(expect.arrayContaining(['file', 'framework', 'words', 'sections', 'sentences', 'findings']));
    expect(essay.framework).toBe('what-so-what');
    expect(essay.sections.map((s: { id: string }) => s.id)).toEqual(['happened', 'learning', 'applying']);
    expect(Object.keys(essay.sections[0])).toEqual(['id', 'title', 'present', 'sentences', 'words']);
    for (const s of essay.sentences) {
      expect(ESSAY.slice(s.start, s.end).trim()).toBe(ESSAY.slice(s.start, s.end));
      expect(Array.isArray(s.cues)).toBe(true);
    }
    const utilise = essay.findings.find((f: { rule: string; start: number; end: number }) => f.rule === 'formal' && ESSAY.slice(f.start, f.end) === 'utilise');
    expect(utilise).toBeDefined();
    // Empty input is a valid essay with every section missing.
    expect(empty.words).toBe(0);
    expect(empty.sections.every((s: { present: boolean }) => !s.present)).toBe(true);
    expect(empty.findings.filter((f: { rule: string }) => f.rule === 'missing-section')).toHaveLength(3);
  });

  it('gives offsets into the text with the BOM stripped', () => {
    const plain = JSON.parse(run(['check', join(dir, 'essay.txt'), '--json']).out);
    const bom = JSON.parse(run(['check', join(dir, 'bom.txt'), '--json']).out);
    expect(bom.sentences).toEqual(plain.sentences);
    expect(bom.findings).toEqual(plain.findings);
  });

  it('reads stdin when no file or "-" is given', () => {
    const a = run(['check', '--json'], ESSAY);
    const b = run(['check', '-', '--json'], ESSAY);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out).file).toBe('-');
    expect(JSON.parse(a.out).findings).toEqual(JSON.parse(b.out).findings);
  });

  it('reports bad inputs on stderr with exit 2 and still checks the other files', () => {
    const files = ['missing.txt', 'folder', 'latin1.txt', 'binary.bin', 'essay.txt'].map((f) => join(dir, f));
    const r = run(['check', ...files, '--json']);
    expect(r.code).toBe(2);
    const errors = r.err.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/missing\.txt: no such file/);
    expect(errors[1]).toMatch(/folder: is a directory/);
    expect(errors[2]).toMatch(/latin1\.txt: not UTF-8/);
    expect(errors[3]).toMatch(/binary\.bin: (looks like a binary file|not UTF-8)/);
    const out = r.out.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]).file).toBe(join(dir, 'essay.txt'));
  });

  it('prints a readable summary with line:col findings', () => {
    const r = run(['check', join(dir, 'essay.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ What happened/);
    expect(r.out).not.toMatch(/\u001b\[/); // no colour when not a TTY
    // "utilise" is on line 7.
    const col = ESSAY.split('\n')[6].indexOf('utilise') + 1;
    expect(r.out).toContain(`7:${col}`);
    expect(r.out).toMatch(/formal “utilise”.*→ .*use/);
  });

  it('marks a part with a single sentence as just started, not as written or missing', () => {
    const onePlan = ESSAY.replace(' Prior to each session I will utilise a short checklist.', '');
    writeFileSync(join(dir, 'one-plan.txt'), onePlan);
    const r = run(['check', join(dir, 'one-plan.txt')]);
    expect(r.out).toMatch(/… Applying it as a peer worker +just started: 1 sentence, \d+ words/);
    expect(r.out).toMatch(/✓ What happened/);
  });

  it('uses another framework when asked and refuses unknown ones', () => {
    const gibbs = JSON.parse(run(['check', join(dir, 'essay.txt'), '--json', '--framework', 'gibbs']).out);
    expect(gibbs.framework).toBe('gibbs');
    expect(gibbs.sections[0].id).toBe('description');
    const bad = run(['check', join(dir, 'essay.txt'), '--framework', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown framework "nope"/);
  });

  it('rejects unknown commands with usage', () => {
    const r = run(['lint']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Usage: reflect-lens check/);
  });
});
