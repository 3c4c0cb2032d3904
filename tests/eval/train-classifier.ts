/**
 * Trains the classifier's small linear model offline and writes lib/analysis/data/classify-model.json.
 *
 * Data: CEReD train only (../shared/corpus/cered-en/train.tsv, Apache-2.0; see its README). The dev essays are
 * never used for training. Model: multinomial logistic regression over `modelTokens` (words, word pairs, grammar
 * flags) with L2, trained by AdaGrad; then pruned (rare tokens, tiny weights) and rounded so the JSON stays well
 * under 200 KB and every weight can be shown as a cue.
 *   npx tsx tests/eval/train-classifier.ts [--dry]   (--dry: report held-out accuracy, do not write)
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelTokens, SCORED_MOVES } from '../../lib/analysis/classify';
import { readTerms } from '../../lib/analysis/nlp';
import { corpusAvailable, loadCered } from './corpus';

/** CEReD categories as moves. Perspective (what others judged about the writer) reads as evaluation. */
const CERED_MOVE: Record<string, (typeof SCORED_MOVES)[number] | undefined> = {
  Experience: 'experience',
  Feeling: 'feeling',
  Difficulty: 'evaluation',
  Perspective: 'evaluation',
  Reflection: 'analysis',
  Belief: 'analysis',
  Learning: 'conclusion',
  Intention: 'intention',
};

const MIN_COUNT = 7;
const EPOCHS = 25;
const L2 = 1e-3;
const RATE = 0.3;
const KEEP_ABOVE = 0.1;

interface Example {
  tokens: number[];
  y: number;
  weight: number;
}

function train(examples: Example[], vocabSize: number, classes: number) {
  const w = new Float64Array(vocabSize * classes);
  const g2 = new Float64Array(vocabSize * classes).fill(1e-8);
  const b = new Float64Array(classes);
  const bg2 = new Float64Array(classes).fill(1e-8);
  // Deterministic shuffle (LCG) so the shipped model is reproducible.
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const ex = examples[idx];
      const z = Array.from(b);
      for (const t of ex.tokens) for (let k = 0; k < classes; k++) z[k] += w[t * classes + k];
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((s, v) => s + v, 0);
      for (let k = 0; k < classes; k++) {
        const grad = ex.weight * (e[k] / sum - (k === ex.y ? 1 : 0));
        bg2[k] += grad * grad;
        b[k] -= (RATE * grad) / Math.sqrt(bg2[k]);
        for (const t of ex.tokens) {
          const at = t * classes + k;
          const gw = grad + L2 * w[at];
          g2[at] += gw * gw;
          w[at] -= (RATE * gw) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  return { w, b };
}

function predict(tokens: number[], w: Float64Array, b: Float64Array, classes: number): number {
  const z = Array.from(b);
  for (const t of tokens) for (let k = 0; k < classes; k++) z[k] += w[t * classes + k];
  return z.indexOf(Math.max(...z));
}

function main() {
  if (!corpusAvailable()) {
    console.log('shared corpus not found: nothing to train on');
    return;
  }
  const dry = process.argv.includes('--dry');
  const rows = loadCered('train').filter((r) => CERED_MOVE[r.y]);
  const tokenise = (text: string) => {
    const terms = readTerms(text);
    return modelTokens(text, terms);
  };
  const tokenised = rows.map((r) => ({ tokens: tokenise(r.sentence), move: CERED_MOVE[r.y]! }));

  const counts = new Map<string, number>();
  for (const r of tokenised) for (const t of r.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([t]) => t).sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const classes = SCORED_MOVES.length;

  // Mild class balancing: rare moves (intention, conclusion) still get heard, without swamping the common ones.
  const perClass = SCORED_MOVES.map((m) => tokenised.filter((r) => r.move === m).length);
  const classWeight = perClass.map((n) => Math.sqrt(tokenised.length / (classes * Math.max(1, n))));
  const examples: Example[] = tokenised.map((r) => {
    const y = SCORED_MOVES.indexOf(r.move);
    return { tokens: r.tokens.map((t) => index.get(t)).filter((i): i is number => i !== undefined), y, weight: classWeight[y] };
  });

  // Held-out check: train on 85%, report 3-section accuracy on the rest.
  const cut = Math.floor(examples.length * 0.85);
  const held = train(examples.slice(0, cut), vocab.length, classes);
  const section = (k: number) => (k === 0 ? 'happened' : k === 5 ? 'applying' : 'learning');
  const heldOut = examples.slice(cut);
  const right = heldOut.filter((ex) => section(predict(ex.tokens, held.w, held.b, classes)) === section(ex.y)).length;
  console.log(`vocab ${vocab.length}; held-out 3-section accuracy ${(right / heldOut.length).toFixed(3)} on ${heldOut.length}`);
  const { w, b } = train(examples, vocab.length, classes);
  const val = loadCered('val').filter((r) => CERED_MOVE[r.y]);
  const valRight = val.filter((r) => {
    const toks = tokenise(r.sentence).map((t) => index.get(t)).filter((i): i is number => i !== undefined);
    return section(predict(toks, w, b, classes)) === section(SCORED_MOVES.indexOf(CERED_MOVE[r.y]!));
  }).length;
  console.log(`val 3-section accuracy (model alone) ${(valRight / val.length).toFixed(3)} on ${val.length}`);
  if (dry) return;

  const weights: Record<string, number[]> = {};
  vocab.forEach((tok, i) => {
    const row = SCORED_MOVES.map((_, k) => w[i * classes + k]);
    if (Math.max(...row.map(Math.abs)) < KEEP_ABOVE) return;
    weights[tok] = row.map((v) => Math.round(v * 100) / 100);
  });
  const model = {
    source: 'CEReD train (Štefánik & Nehyba 2021, Apache-2.0), multinomial logistic regression; tests/eval/train-classifier.ts',
    moves: [...SCORED_MOVES],
    bias: Array.from(b).map((v) => Math.round(v * 100) / 100),
    weights,
  };
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/analysis/data/classify-model.json');
  const json = JSON.stringify(model);
  writeFileSync(out, `${json}\n`);
  console.log(`wrote ${out}: ${Object.keys(weights).length} tokens, ${(json.length / 1024).toFixed(0)} KB`);
}

main();
