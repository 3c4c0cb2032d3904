/**
 * `npm run eval [-- --errors] [-- --json]`: scores the engine on the shared corpus with the measures of
 * ../shared/corpus/README.md and prints one table. Skips (exit 0) when the corpus is not beside the repo.
 */
import { analyze } from '../../lib/analysis';
import { CERED_SECTION, CORPUS_DIR, corpusAvailable, loadCered, loadDev, type Span } from './corpus';
import { macroF1, matchSpans, mostOverlapping, prf } from './measures';

const args = new Set(process.argv.slice(2));
const showErrors = args.has('--errors');

if (!corpusAvailable()) {
  console.log(`eval: skipped — no corpus at ${CORPUS_DIR}`);
  process.exit(0);
}

const SECTIONS = ['happened', 'learning', 'applying'];
const errors: string[] = [];
const started = performance.now();

// Dev essays
const dev = loadDev();
let presenceRight = 0;
const goldSections: string[] = [];
const predictedSections: string[] = [];
const spanCounts = { passive: { tp: 0, fp: 0, fn: 0 }, formal: { tp: 0, fp: 0, fn: 0 } };

for (const essay of dev) {
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

  for (const rule of ['passive', 'formal'] as const) {
    const gold: Span[] = essay.sentences.flatMap((s) => s[rule]);
    const predicted: Span[] = report.findings
      .filter((f) => f.rule === rule && f.start !== undefined)
      .map((f) => [f.start!, f.end!]);
    const m = matchSpans(predicted, gold);
    spanCounts[rule].tp += m.tp;
    spanCounts[rule].fp += m.falsePositives.length;
    spanCounts[rule].fn += m.falseNegatives.length;
    const show = ([a, b]: Span) => `“${essay.text.slice(a, b)}” in …${essay.text.slice(Math.max(0, a - 30), b + 30).replace(/\n/g, ' ')}…`;
    for (const p of m.falsePositives) errors.push(`${rule} FP ${essay.id}: ${show(p)}`);
    for (const g of m.falseNegatives) errors.push(`${rule} FN ${essay.id}: ${show(g)}`);
  }
}

// CEReD validation: classify each sentence inside its context.
let ceredRight = 0;
let ceredTotal = 0;
for (const row of loadCered('val')) {
  const gold = CERED_SECTION[row.y];
  if (!gold) continue;
  ceredTotal++;
  let at = row.context.indexOf(row.sentence);
  let text = row.context;
  if (at < 0) {
    text = row.sentence;
    at = 0;
  }
  const report = analyze(text);
  const i = mostOverlapping(report.sentences, [at, at + row.sentence.length]);
  const got = i < 0 ? 'none' : report.sentences[i].section;
  if (got === gold) ceredRight++;
  else errors.push(`cered ${row.idx} ${row.y}→${gold} got=${got} {${i < 0 ? '' : report.sentences[i].cues.join('; ')}}: ${row.sentence}`);
}

const sections = macroF1(SECTIONS, goldSections, predictedSections);
const passive = prf(spanCounts.passive.tp, spanCounts.passive.fp, spanCounts.passive.fn);
const formal = prf(spanCounts.formal.tp, spanCounts.formal.fp, spanCounts.formal.fn);
const seconds = (performance.now() - started) / 1000;

const rows: [string, number, number, string][] = [
  ['section presence exact (dev essays)', presenceRight / dev.length, 0.92, `${presenceRight}/${dev.length}`],
  ['sentence sections macro-F1 (dev)', sections.macro, 0.85, SECTIONS.map((s) => `${s} ${sections.per[s].f1.toFixed(3)}`).join(', ')],
  ['passive span F1 (dev)', passive.f1, 0.95, `P ${passive.precision.toFixed(3)} R ${passive.recall.toFixed(3)} (${passive.tp}/${passive.tp + passive.fn})`],
  ['formal span F1 (dev)', formal.f1, 0.9, `P ${formal.precision.toFixed(3)} R ${formal.recall.toFixed(3)} (${formal.tp}/${formal.tp + formal.fn})`],
  ['CEReD val section accuracy', ceredRight / ceredTotal, 0.8, `${ceredRight}/${ceredTotal}`],
];

if (args.has('--json')) {
  console.log(JSON.stringify(Object.fromEntries(rows.map(([name, score, target]) => [name, { score, target }]))));
} else {
  if (showErrors) console.log(errors.join('\n') + '\n');
  console.log(`measure                                score  target  ok  detail`);
  for (const [name, score, target, detail] of rows) {
    console.log(`${name.padEnd(38)} ${score.toFixed(3)}  ${target.toFixed(2)}    ${score >= target ? '✓' : '✗'}   ${detail}`);
  }
  console.log(`(${dev.length} essays, ${ceredTotal} CEReD sentences, ${seconds.toFixed(1)} s; --errors lists every miss)`);
}
