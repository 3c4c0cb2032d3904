/**
 * One size of the benchmark for our engine, in its own process so "cold" really is the first analysis after the
 * engine (and compromise) is loaded, and peak memory belongs to this size alone. run.ts spawns it once per size:
 *   node --import tsx --expose-gc tests/bench/ours.ts <words> <seed> <edits> <warmRuns> <verify:0|1>
 * and reads one JSON line from stdout.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDIT_WORDS, generateEssay, pick, roughWords, seededRandom } from './prose';
import { cpuMs, median, percentile } from './stats';

export interface OursResult {
  words: number;
  chars: number;
  sentences: number;
  loadMs: number;
  coldMs: number;
  warmMs: number;
  /** CPU time (user + system) of the same runs: what the wall time would be on an otherwise idle machine. */
  coldCpuMs: number;
  warmCpuMs: number;
  edits: number;
  editMedianMs: number;
  editP95Ms: number;
  editMaxMs: number;
  editCpuMedianMs: number;
  editCpuP95Ms: number;
  /** The analyzer's report after the last edit equals a fresh analyze() of the same text (null: not checked). */
  editsMatchFresh: boolean | null;
  peakRssMb: number;
  peakHeapMb: number;
  baseRssMb: number;
}

/** Replace a random word, or insert one before it (alternating), at a random place in the text. */
export function oneWordEdit(text: string, random: () => number, insert: boolean): string {
  // Pick a random offset and move to the start of the next whole ASCII word (never into the middle of one, which
  // would make a misspelling, not a word edit); wrap to the first word.
  const WORD = /(?<![A-Za-z’'-])[A-Za-z]+(?![’'-]?[A-Za-z])/g;
  WORD.lastIndex = Math.floor(random() * text.length);
  let m = WORD.exec(text);
  if (!m) {
    WORD.lastIndex = 0;
    m = WORD.exec(text);
  }
  if (!m) return `${text} ${pick(random, EDIT_WORDS)}`;
  const word = pick(random, EDIT_WORDS);
  return insert
    ? text.slice(0, m.index) + word + ' ' + text.slice(m.index)
    : text.slice(0, m.index) + word + text.slice(m.index + m[0].length);
}

async function main(): Promise<void> {
  const [words = '3000', seed = '1', editCount = '100', warmRuns = '3', verify = '0'] = process.argv.slice(2);
  const target = Number(words);
  const text = generateEssay(target, Number(seed));

  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const gc = (globalThis as { gc?: () => void }).gc;

  const t0 = performance.now();
  const { analyze, createAnalyzer } = await import('../../lib/analysis');
  const loadMs = performance.now() - t0;
  gc?.();
  const baseRss = process.memoryUsage().rss;
  sample();

  const c1 = cpuMs();
  const t1 = performance.now();
  const first = analyze(text);
  const coldMs = performance.now() - t1;
  const coldCpuMs = cpuMs() - c1;
  sample();

  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let i = 0; i < Number(warmRuns); i++) {
    const c = cpuMs();
    const t = performance.now();
    analyze(text);
    warm.push(performance.now() - t);
    warmCpu.push(cpuMs() - c);
    sample();
  }

  // Typing: one analyzer, a run of one-word edits at random places, each followed by an update.
  const random = seededRandom(Number(seed) * 31 + target);
  const analyzer = createAnalyzer();
  analyzer.update(text);
  let current = text;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let last = first;
  for (let i = 0; i < Number(editCount); i++) {
    current = oneWordEdit(current, random, i % 2 === 1);
    const c = cpuMs();
    const t = performance.now();
    last = analyzer.update(current);
    times.push(performance.now() - t);
    cpuTimes.push(cpuMs() - c);
    if (i % 10 === 0) sample();
  }
  sample();
  let editsMatchFresh: boolean | null = null;
  if (verify === '1') {
    editsMatchFresh = JSON.stringify(last) === JSON.stringify(analyze(current));
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  const result: OursResult = {
    words: roughWords(text),
    chars: text.length,
    sentences: first.sentences.length,
    loadMs,
    coldMs,
    warmMs: median(warm),
    coldCpuMs,
    warmCpuMs: median(warmCpu),
    edits: times.length,
    editMedianMs: median(times),
    editP95Ms: percentile(times, 0.95),
    editMaxMs: times[times.length - 1] ?? NaN,
    editCpuMedianMs: median(cpuTimes),
    editCpuP95Ms: percentile(cpuTimes, 0.95),
    editsMatchFresh,
    peakRssMb: peakRss / 2 ** 20,
    peakHeapMb: peakHeap / 2 ** 20,
    baseRssMb: baseRss / 2 ** 20,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// Run only as a script (run.ts spawns it); importing this file for `oneWordEdit` or the types has no effect.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`${e?.stack ?? e}\n`);
    process.exit(1);
  });
}
