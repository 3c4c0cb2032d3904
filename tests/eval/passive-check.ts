/**
 * Scores the passive rule on the shared dev corpus (span P/R/F1, one-to-one overlap matching as the corpus README
 * defines) and prints every miss and false alarm. Optional: `--cered N` also prints what the rule flags in N
 * CEReD sentences, for eyeballing false positives. Skips cleanly when ../shared is absent.
 *
 *   npx tsx tests/eval/passive-check.ts [--cered 200] [--quiet] [--messages]
 */
import { readTerms } from '../../lib/analysis/nlp';
import { passiveRule } from '../../lib/rules/passive';
import type { ResolvedOptions } from '../../lib/rules/types';
import { corpusAvailable, loadCered, loadDev, type Span } from './corpus';
import { matchSpans, prf } from './measures';

const options: ResolvedOptions = {
  spelling: 'uk',
  longSentenceWords: 35,
  rules: { passive: true, formal: true, 'long-sentence': true, 'missing-section': true, impersonal: true },
};

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const showMessages = args.includes('--messages');
const ceredAt = args.indexOf('--cered');
const ceredCount = ceredAt >= 0 ? Number(args[ceredAt + 1] ?? 200) : 0;

if (!corpusAvailable()) {
  console.log('shared corpus not found; skipping passive check');
  process.exit(0);
}

let tp = 0;
let fp = 0;
let fn = 0;
for (const essay of loadDev()) {
  const predicted: Span[] = [];
  const gold: Span[] = [];
  for (const s of essay.sentences) {
    const text = essay.text.slice(s.start, s.end);
    gold.push(...s.passive);
    for (const f of passiveRule.check({ text, terms: readTerms(text) }, options)) {
      predicted.push([s.start + f.start, s.start + f.end]);
      if (showMessages) console.log(`  [${f.original}] ${f.message}\n      → ${f.suggestion}`);
    }
  }
  const m = matchSpans(predicted, gold);
  tp += m.tp;
  fp += m.falsePositives.length;
  fn += m.falseNegatives.length;
  if (quiet) continue;
  const context = (sp: Span) => {
    const sent = essay.sentences.find((s) => s.start <= sp[0] && sp[1] <= s.end);
    return sent ? essay.text.slice(sent.start, sent.end) : '';
  };
  for (const sp of m.falsePositives) console.log(`FP ${essay.id}: [${essay.text.slice(...sp)}]  ${context(sp)}`);
  for (const sp of m.falseNegatives) console.log(`FN ${essay.id}: [${essay.text.slice(...sp)}]  ${context(sp)}`);
  // Boundary differences (matched by overlap but not exact) are worth seeing too.
  for (const g of gold) {
    const same = predicted.find((p) => p[0] < g[1] && g[0] < p[1]);
    if (same && (same[0] !== g[0] || same[1] !== g[1]))
      console.log(`SPAN ${essay.id}: gold [${essay.text.slice(...g)}] ours [${essay.text.slice(...same)}]`);
  }
}
const r = prf(tp, fp, fn);
console.log(
  `passive spans on dev: P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
);

if (ceredCount > 0) {
  const rows = loadCered('train');
  // A fixed stride sample, so runs are comparable.
  const step = Math.max(1, Math.floor(rows.length / ceredCount));
  let flagged = 0;
  for (let k = 0; k < rows.length && k / step < ceredCount; k += step) {
    const text = rows[k].sentence;
    const found = passiveRule.check({ text, terms: readTerms(text) }, options);
    if (!found.length) continue;
    flagged += found.length;
    console.log(`CEReD: ${found.map((f) => `[${f.original}]`).join(' ')}  ${text}`);
  }
  console.log(`CEReD sample: ${flagged} passives flagged in ${ceredCount} sentences`);
}
