/**
 * Scores the `formal` rule on the shared dev corpus (../shared/corpus/dev.jsonl): runs the rule on each gold
 * sentence, shifts spans to essay offsets and compares them with the labelled spans (a match is any overlap,
 * one-to-one), then prints precision, recall, F1 and every miss and false alarm.
 *
 *   npx tsx tests/eval/formal-check.ts            # dev scores and errors
 *   npx tsx tests/eval/formal-check.ts --cered 300 # also list what is flagged in 300 CEReD sentences
 *
 * Skips cleanly when the shared corpus is absent. Never copies corpus text into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTerms } from '../../lib/analysis/nlp';
import { formalRule, FORMAL_TERM_COUNT } from '../../lib/rules/formal';
import type { ResolvedOptions } from '../../lib/rules/types';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const devPath = process.env.REFLECT_LENS_CORPUS ? `${process.env.REFLECT_LENS_CORPUS}/dev.jsonl` : `${corpus}dev.jsonl`;
if (!existsSync(devPath)) {
  console.log(`formal-check: no corpus at ${devPath}; skipping.`);
  process.exit(0);
}

const options: ResolvedOptions = {
  spelling: 'uk',
  longSentenceWords: 40,
  rules: { passive: true, formal: true, 'long-sentence': true, 'missing-section': true, impersonal: true },
};

type Span = [number, number];
interface Essay {
  id: string;
  text: string;
  sentences: { start: number; end: number; formal: Span[] }[];
}

let tp = 0;
let fp = 0;
let fn = 0;
const errors: string[] = [];
const show = (text: string, [s, e]: Span) =>
  `${text.slice(Math.max(0, s - 40), s)}[${text.slice(s, e)}]${text.slice(e, e + 40)}`.replace(/\n/g, ' ');

for (const line of readFileSync(devPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const essay = JSON.parse(line) as Essay;
  const gold: Span[] = essay.sentences.flatMap((s) => s.formal);
  const found: Span[] = [];
  for (const s of essay.sentences) {
    const text = essay.text.slice(s.start, s.end);
    for (const f of formalRule.check({ text, terms: readTerms(text) }, options)) {
      found.push([f.start + s.start, f.end + s.start]);
      if (text.slice(f.start, f.end) !== f.original) errors.push(`BAD OFFSET ${essay.id}: ${f.original}`);
    }
  }
  const used = new Set<number>();
  for (const f of found) {
    const g = gold.findIndex((g, i) => !used.has(i) && g[0] < f[1] && f[0] < g[1]);
    if (g >= 0) {
      used.add(g);
      tp++;
      const [a, b] = [gold[g], f];
      if (a[0] !== b[0] || a[1] !== b[1]) errors.push(`BOUNDARY ${essay.id}: gold ${show(essay.text, a)} | ours ${show(essay.text, b)}`);
    } else {
      fp++;
      errors.push(`FP ${essay.id}: ${show(essay.text, f)}`);
    }
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) {
      fn++;
      errors.push(`FN ${essay.id}: ${show(essay.text, g)}`);
    }
  });
}

const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
const f1 = (2 * p * r) / (p + r || 1);
console.log(errors.join('\n'));
console.log(`\nformal on dev: P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn}; ${FORMAL_TERM_COUNT} entries)`);

const ceredAt = process.argv.indexOf('--cered');
if (ceredAt > 0) {
  const limit = Number(process.argv[ceredAt + 1] ?? 300);
  const tsv = `${corpus}cered-en/train.tsv`;
  if (!existsSync(tsv)) process.exit(0);
  const [header, ...rows] = readFileSync(tsv, 'utf8').split('\n');
  const col = header.split('\t').indexOf('sentence');
  let flagged = 0;
  for (const row of rows.slice(0, limit)) {
    const text = row.split('\t')[col];
    if (!text) continue;
    for (const f of formalRule.check({ text, terms: readTerms(text) }, options)) {
      flagged++;
      console.log(`CERED: ${show(text, [f.start, f.end])}  → ${f.suggestion}`);
    }
  }
  console.log(`CEReD: ${flagged} findings in ${limit} sentences`);
}
