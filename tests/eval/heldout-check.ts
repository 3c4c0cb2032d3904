/**
 * `npx tsx tests/eval/heldout-check.ts [file.jsonl] [--quiet]`: the corpus README's measures on tests/eval/heldout.jsonl — twelve
 * invented essays (our own texts, labelled by GUIDE.md) that the rules were NOT tuned on when first scored. It is an
 * honest estimate of how the passive/formal rules and the section classifier generalise beyond the 24 dev essays.
 * Self-contained: needs nothing from ../shared. Prints errors (unless --quiet) and then the table.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/analysis';
import type { DevEssay, Span } from './corpus';
import { macroF1, matchSpans, mostOverlapping, prf } from './measures';

/** The labelled essays; another JSONL file of the same shape may be given as the first non-flag argument. */
const HELDOUT_FILE = resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? resolve(dirname(fileURLToPath(import.meta.url)), 'heldout.jsonl'),
);
const SECTIONS = ['happened', 'learning', 'applying'];
const quiet = process.argv.includes('--quiet');

const essays: DevEssay[] = readFileSync(HELDOUT_FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DevEssay);

// Labels are only worth scoring against if their offsets are sound: spans inside their sentence, on word edges.
for (const essay of essays) {
  for (const s of essay.sentences) {
    const sentence = essay.text.slice(s.start, s.end);
    if (sentence !== sentence.trim() || !sentence) throw new Error(`${essay.id}: untrimmed sentence at ${s.start}`);
    for (const [a, b] of [...s.passive, ...s.formal]) {
      const span = essay.text.slice(a, b);
      const wordEdge = (i: number) => i <= 0 || i >= essay.text.length || !/\w/.test(essay.text[i]);
      if (a < s.start || b > s.end || span !== span.trim() || !wordEdge(a - 1) || !wordEdge(b)) {
        throw new Error(`${essay.id}: bad span [${a},${b}) “${span}”`);
      }
    }
  }
}

const errors: string[] = [];
let presenceRight = 0;
const goldSections: string[] = [];
const predictedSections: string[] = [];
const spanCounts = { passive: { tp: 0, fp: 0, fn: 0 }, formal: { tp: 0, fp: 0, fn: 0 } };
const byRegister = new Map<string, { passive: number[]; formal: number[] }>();

for (const essay of essays) {
  const report = analyze(essay.text);
  const present = report.sections.filter((s) => s.present).map((s) => s.id);
  if (present.join() === essay.sections_present.join()) presenceRight++;
  else errors.push(`presence ${essay.id}: gold [${essay.sections_present}] got [${present}]`);

  for (const s of essay.sentences) {
    if (s.section === 'other') continue;
    const i = mostOverlapping(report.sentences, [s.start, s.end]);
    const got = i < 0 ? 'none' : report.sentences[i].section;
    goldSections.push(s.section);
    predictedSections.push(got);
    if (got !== s.section) {
      const cues = i < 0 ? '' : ` {${report.sentences[i].cues.join('; ')}}`;
      errors.push(`section ${essay.id} gold=${s.section} got=${got}${cues}: ${essay.text.slice(s.start, s.end)}`);
    }
  }

  const registerCounts = byRegister.get(essay.register) ?? { passive: [0, 0, 0], formal: [0, 0, 0] };
  byRegister.set(essay.register, registerCounts);
  for (const rule of ['passive', 'formal'] as const) {
    const gold: Span[] = essay.sentences.flatMap((s) => s[rule]);
    const predicted: Span[] = report.findings
      .filter((f) => f.rule === rule && f.start !== undefined)
      .map((f) => [f.start!, f.end!]);
    const m = matchSpans(predicted, gold);
    spanCounts[rule].tp += m.tp;
    spanCounts[rule].fp += m.falsePositives.length;
    spanCounts[rule].fn += m.falseNegatives.length;
    registerCounts[rule][0] += m.tp;
    registerCounts[rule][1] += m.falsePositives.length;
    registerCounts[rule][2] += m.falseNegatives.length;
    const show = ([a, b]: Span) =>
      `“${essay.text.slice(a, b)}” in …${essay.text.slice(Math.max(0, a - 30), b + 30).replace(/\n/g, ' ')}…`;
    for (const p of m.falsePositives) errors.push(`${rule} FP ${essay.id}: ${show(p)}`);
    for (const g of m.falseNegatives) errors.push(`${rule} FN ${essay.id}: ${show(g)}`);
  }
}

const sections = macroF1(SECTIONS, goldSections, predictedSections);
const passive = prf(spanCounts.passive.tp, spanCounts.passive.fp, spanCounts.passive.fn);
const formal = prf(spanCounts.formal.tp, spanCounts.formal.fp, spanCounts.formal.fn);
const rows: [string, number, string][] = [
  ['section presence exact (held-out)', presenceRight / essays.length, `${presenceRight}/${essays.length}`],
  ['sentence sections macro-F1 (held-out)', sections.macro, SECTIONS.map((s) => `${s} ${sections.per[s].f1.toFixed(3)}`).join(', ')],
  ['passive span F1 (held-out)', passive.f1, `P ${passive.precision.toFixed(3)} R ${passive.recall.toFixed(3)} (${passive.tp}/${passive.tp + passive.fn}, ${passive.fp} FP)`],
  ['formal span F1 (held-out)', formal.f1, `P ${formal.precision.toFixed(3)} R ${formal.recall.toFixed(3)} (${formal.tp}/${formal.tp + formal.fn}, ${formal.fp} FP)`],
];

if (!quiet) console.log(errors.join('\n') + '\n');
console.log(`measure                                  score  detail`);
for (const [name, score, detail] of rows) console.log(`${name.padEnd(40)} ${score.toFixed(3)}  ${detail}`);
for (const [register, c] of byRegister) {
  const f1 = (x: number[]) => prf(x[0], x[1], x[2]).f1.toFixed(3);
  console.log(`  ${register.padEnd(11)} passive F1 ${f1(c.passive)} (tp/fp/fn ${c.passive.join('/')}), formal F1 ${f1(c.formal)} (${c.formal.join('/')})`);
}
console.log(`(${essays.length} held-out essays, ${goldSections.length} labelled sentences)`);
