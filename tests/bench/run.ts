/**
 * `npm run bench` (add `-- --json` for one JSON object on stdout): speed of our engine against the peers on the
 * same invented essays of 300 to 50,000 words, and the built bundle sizes.
 *
 * Our engine runs in a fresh process per size (tests/bench/ours.ts), so "cold" is the first analysis after the
 * engine is loaded and peak memory belongs to that size. Peers run in this process, each set up once.
 * Besides wall time we record CPU time: other work on a shared 2-core machine stretches wall time, CPU time much less.
 * Runs in about 1-3 minutes depending on machine load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { oneWordEdit, type OursResult } from './ours';
import { setUpHarper, setUpRetext, setUpWriteGood, type PeerSetup } from './peers';
import { generateEssay, seededRandom } from './prose';
import { cpuMs, median } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = 1;
/** Sizes, and how hard to try at each: edits timed, warm full analyses, and whether to check edits against analyze(). */
const PLAN: { words: number; edits: number; warmRuns: number; verify: boolean; peerEdits: number }[] = [
  { words: 300, edits: 200, warmRuns: 5, verify: true, peerEdits: 5 },
  { words: 1500, edits: 200, warmRuns: 3, verify: true, peerEdits: 5 },
  { words: 3000, edits: 200, warmRuns: 3, verify: true, peerEdits: 5 },
  { words: 10000, edits: 100, warmRuns: 1, verify: true, peerEdits: 3 },
  { words: 50000, edits: 60, warmRuns: 1, verify: false, peerEdits: 1 },
];
/** A peer whose lint would take longer than this at a size is skipped there (and the table says so). */
const PEER_LIMIT_MS = 60_000;
/** Time a peer may spend on repeats at one size, to keep the whole run near 2 minutes. */
const PEER_REPEAT_BUDGET_MS = 4_000;
/** A peer whose full lint took longer than this is not timed on edits at that size (the table says so). */
const PEER_EDIT_SKIP_MS = 10_000;
const TARGETS = { edit3000Ms: 5, cold3000Ms: 150, full50000Ms: 2500, edit50000Ms: 25, contentScriptGzKb: 40 };

interface PeerRun {
  name: string;
  /** First lint of this text (peer set up and warmed on other text): a whole new document. */
  fullMs: number | null;
  fullCpuMs: number | null;
  /** The identical text again right after (harper caches lints per chunk, so this is much faster for it). */
  repeatMs: number | null;
  /** Re-lint after a one-word edit (the same edits as ours), median. */
  editMedianMs: number | null;
  edits: number;
  findings: number | null;
  skipped?: string;
}

interface SizeResult {
  words: number;
  ours: OursResult;
  peers: PeerRun[];
}

interface Bundle {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const json = process.argv.includes('--json');
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function runOurs(plan: (typeof PLAN)[number]): OursResult {
  const script = path.join(ROOT, 'tests/bench/ours.ts');
  const args = ['--import', 'tsx', '--expose-gc', script, String(plan.words), String(SEED), String(plan.edits), String(plan.warmRuns), plan.verify ? '1' : '0'];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`ours.ts ${plan.words} failed: ${child.stderr || child.error}`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as OursResult;
}

async function runPeer(setup: PeerSetup, text: string, plan: (typeof PLAN)[number], previous: PeerRun | undefined, growth: number): Promise<PeerRun> {
  const name = setup.peer.name;
  const predicted = previous?.fullMs != null ? previous.fullMs * growth : 0;
  if (predicted > PEER_LIMIT_MS) {
    return { name, fullMs: null, fullCpuMs: null, repeatMs: null, editMedianMs: null, edits: 0, findings: null, skipped: `skipped (~${Math.round(predicted / 1000)} s predicted)` };
  }
  const c = cpuMs();
  let t = performance.now();
  const findings = await setup.peer.lint(text);
  const fullMs = performance.now() - t;
  const fullCpuMs = cpuMs() - c;
  let spent = fullMs;
  let repeatMs: number | null = null;
  if (spent < PEER_REPEAT_BUDGET_MS) {
    t = performance.now();
    await setup.peer.lint(text);
    repeatMs = performance.now() - t;
    spent += repeatMs;
  }
  // The same one-word edits as our engine gets (same seed); at least one, more while the budget lasts.
  const random = seededRandom(SEED * 31 + plan.words);
  let current = text;
  const edits: number[] = [];
  for (let i = 0; i < plan.peerEdits && (i === 0 ? fullMs < PEER_EDIT_SKIP_MS : spent < PEER_REPEAT_BUDGET_MS); i++) {
    current = oneWordEdit(current, random, i % 2 === 1);
    t = performance.now();
    await setup.peer.lint(current);
    edits.push(performance.now() - t);
    spent += edits[edits.length - 1];
  }
  return { name, fullMs, fullCpuMs, repeatMs, editMedianMs: edits.length ? median(edits) : null, edits: edits.length, findings };
}

function bundles(): Bundle[] {
  const out = path.join(ROOT, '.output/chrome-mv3');
  if (!existsSync(out)) {
    log('No .output/chrome-mv3: running `npx wxt build` once…');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0 || !existsSync(out)) return [];
  }
  const files = ['content-scripts/content.js', 'background.js'];
  const chunks = path.join(out, 'chunks');
  if (existsSync(chunks)) for (const f of readdirSync(chunks)) if (/^popup-.*\.js$/.test(f)) files.push(`chunks/${f}`);
  return files
    .filter((f) => existsSync(path.join(out, f)))
    .map((f) => {
      const bytes = readFileSync(path.join(out, f));
      return { file: f, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}

// ─── Formatting ────────────────────────────────────────────────────────────────────────────────

function ms(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '—';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

function ratio(peer: number | null | undefined, ours: number): string {
  if (peer == null || !ours) return '—';
  const r = peer / ours;
  return r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Met on wall time; or missed, saying when CPU time (what an idle machine would show) is within the limit. */
function mark(ok: boolean, cpu?: number, limit?: number): string {
  if (ok) return 'met';
  return cpu != null && limit != null && cpu <= limit ? 'MISSED (cpu within)' : 'MISSED';
}

// ─── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const started = Date.now();
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageBefore: os.loadavg()[0],
    loadAverageAfter: 0,
  };
  log(`Reflect Lens bench — ${machine.date}, ${machine.cpu} ×${machine.cores}, node ${machine.node}, load ${machine.loadAverageBefore.toFixed(1)}`);

  const results: SizeResult[] = [];
  for (const plan of PLAN) {
    log(`  ours: ${plan.words} words…`);
    results.push({ words: plan.words, ours: runOurs(plan), peers: [] });
  }

  log('  setting up peers…');
  const setups = [await setUpHarper(), await setUpWriteGood(), await setUpRetext()];
  // Warm each peer's JIT and lazy tables on a different essay, so "full" below is a new text, not a cold start.
  const warmUpText = generateEssay(300, SEED + 98);
  for (const setup of setups) {
    const t = performance.now();
    await setup.peer.lint(warmUpText);
    setup.warmUpMs = performance.now() - t;
  }
  for (const [k, plan] of PLAN.entries()) {
    const text = generateEssay(plan.words, SEED);
    const growth = k > 0 ? (plan.words / PLAN[k - 1].words) * 1.2 : 1;
    for (const [p, setup] of setups.entries()) {
      log(`  ${setup.peer.name}: ${plan.words} words…`);
      results[k].peers.push(await runPeer(setup, text, plan, results[k - 1]?.peers[p], growth));
    }
  }
  const built = bundles();
  machine.loadAverageAfter = os.loadavg()[0];

  const at = (words: number): OursResult | undefined => results.find((r) => r.words === words)?.ours;
  const r3 = at(3000);
  const r50 = at(50000);
  const content = built.find((b) => b.file.startsWith('content-scripts/'));
  const targets = {
    edit3000: { target: TARGETS.edit3000Ms, measured: r3?.editMedianMs, cpu: r3?.editCpuMedianMs, met: (r3?.editMedianMs ?? Infinity) <= TARGETS.edit3000Ms },
    cold3000: { target: TARGETS.cold3000Ms, measured: r3?.coldMs, cpu: r3?.coldCpuMs, met: (r3?.coldMs ?? Infinity) <= TARGETS.cold3000Ms },
    full50000: { target: TARGETS.full50000Ms, measured: r50?.coldMs, cpu: r50?.coldCpuMs, met: (r50?.coldMs ?? Infinity) <= TARGETS.full50000Ms },
    edit50000: { target: TARGETS.edit50000Ms, measured: r50?.editMedianMs, cpu: r50?.editCpuMedianMs, met: (r50?.editMedianMs ?? Infinity) <= TARGETS.edit50000Ms },
    contentScriptGzKb: { target: TARGETS.contentScriptGzKb, measured: content ? content.gzipBytes / 1024 : undefined, met: !!content && content.gzipBytes / 1024 <= TARGETS.contentScriptGzKb },
  };
  const totalSeconds = (Date.now() - started) / 1000;

  if (json) {
    const peerSetup = Object.fromEntries(setups.map((s) => [s.peer.name, { setupMs: s.setupMs, firstLintMs: s.firstLintMs, warmUpMs: s.warmUpMs }]));
    process.stdout.write(`${JSON.stringify({ machine, seed: SEED, sizes: results, peerSetup, bundles: built, targets, totalSeconds })}\n`);
    return;
  }

  const out: string[] = [];
  out.push(`Reflect Lens benchmark — ${machine.date} — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}`);
  out.push(`Load average ${machine.loadAverageBefore.toFixed(1)} → ${machine.loadAverageAfter.toFixed(1)} (wall times stretch when it is above the core count; CPU times much less).`);
  out.push(`Texts: invented reflective essays (tests/bench/prose.ts, seed ${SEED}). Times are medians unless marked.`);
  out.push('');
  out.push('Our engine (fresh process per size; cold = first analyze() after loading; edit = createAnalyzer().update after a one-word replace/insert at a random place)');
  out.push(
    table(
      ['words', 'sentences', 'load', 'cold', 'cold cpu', 'warm', 'warm cpu', 'edit med', 'edit p95', 'edit cpu med', 'edits', 'peak RSS', 'peak heap', 'edit = analyze'],
      results.map(({ ours: o }) => [
        String(o.words),
        String(o.sentences),
        ms(o.loadMs),
        ms(o.coldMs),
        ms(o.coldCpuMs),
        ms(o.warmMs),
        ms(o.warmCpuMs),
        ms(o.editMedianMs),
        ms(o.editP95Ms),
        ms(o.editCpuMedianMs),
        String(o.edits),
        `${o.peakRssMb.toFixed(0)} MB`,
        `${o.peakHeapMb.toFixed(0)} MB`,
        o.editsMatchFresh == null ? 'not checked' : o.editsMatchFresh ? 'yes' : 'NO',
      ]),
    ),
  );
  out.push('');
  out.push('Peers on the same texts, each set up and warmed on another essay first. full = lint of the whole new text (ours: warm full analysis);');
  out.push('edit = lint again after a one-word edit, the same edits as ours (median). × = peer time ÷ ours: above 1, we are faster.');
  const peerNames = setups.map((s) => s.peer.name);
  out.push(
    table(
      ['words', 'ours full', 'ours edit', ...peerNames.flatMap((n) => [`${n} full`, '×', `${n} edit`, '×'])],
      results.map(({ ours: o, peers }) => [
        String(o.words),
        ms(o.warmMs),
        ms(o.editMedianMs),
        ...peers.flatMap((p) =>
          p.skipped
            ? [p.skipped, '—', '—', '—']
            : [ms(p.fullMs), ratio(p.fullMs, o.warmMs), p.edits ? ms(p.editMedianMs) : 'not timed (full > 10 s)', ratio(p.editMedianMs, o.editMedianMs)],
        ),
      ]),
    ),
  );
  const first = results[0]?.ours;
  out.push(
    `Setup: ours ${ms(first?.loadMs)} to load (compromise included) + ${ms(first?.coldMs)} first analysis of 300 words; ` +
      setups.map((s) => `${s.peer.name} ${ms(s.setupMs)} (+ ${ms(s.warmUpMs)} first 300-word essay)`).join('; ') +
      '.',
  );
  const repeat3000 = results.find((r) => r.words === 3000)?.peers.find((p) => p.name === 'harper.js')?.repeatMs;
  if (repeat3000 != null) {
    out.push(`harper.js caches lints per chunk: linting the identical 3,000-word text a second time took ${ms(repeat3000)}.`);
  }
  out.push('');
  out.push('Built bundles (.output/chrome-mv3, gzip -9)');
  out.push(
    built.length
      ? table(['file', 'bytes', 'gzip'], built.map((b) => [b.file, `${(b.bytes / 1024).toFixed(1)} KB`, `${(b.gzipBytes / 1024).toFixed(1)} KB`]))
      : '(no build output found and `npx wxt build` failed)',
  );
  out.push('');
  out.push('Targets (node, medians)');
  out.push(
    table(
      ['target', 'limit', 'measured (wall)', 'cpu', 'status'],
      [
        ['one-word edit, 3,000 words', ms(TARGETS.edit3000Ms), ms(targets.edit3000.measured), ms(targets.edit3000.cpu), mark(targets.edit3000.met, targets.edit3000.cpu, TARGETS.edit3000Ms)],
        ['full cold analysis, 3,000 words', ms(TARGETS.cold3000Ms), ms(targets.cold3000.measured), ms(targets.cold3000.cpu), mark(targets.cold3000.met, targets.cold3000.cpu, TARGETS.cold3000Ms)],
        ['full analysis (cold), 50,000 words', ms(TARGETS.full50000Ms), ms(targets.full50000.measured), ms(targets.full50000.cpu), mark(targets.full50000.met, targets.full50000.cpu, TARGETS.full50000Ms)],
        ['one-word edit, 50,000 words', ms(TARGETS.edit50000Ms), ms(targets.edit50000.measured), ms(targets.edit50000.cpu), mark(targets.edit50000.met, targets.edit50000.cpu, TARGETS.edit50000Ms)],
        ['content script gzip', `${TARGETS.contentScriptGzKb} KB`, targets.contentScriptGzKb.measured == null ? '—' : `${targets.contentScriptGzKb.measured.toFixed(1)} KB`, '', mark(targets.contentScriptGzKb.met)],
      ],
    ),
  );
  out.push(`(bench took ${totalSeconds.toFixed(0)} s)`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
