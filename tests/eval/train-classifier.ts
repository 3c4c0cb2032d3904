/**
 * Trains the classifier's small linear model offline and writes lib/analysis/data/classify-model.json.
 *
 * Data: CEReD train only (../shared/corpus/cered-en/train.tsv, Apache-2.0; see its README). The dev essays are
 * never used for training. Model: multinomial logistic regression over `modelTokens` (words, word pairs, grammar
 * flags, and which hand-written cues fired) with L2, trained by AdaGrad as a correction on top of the cue evidence
 * (`evidenceScores`, a fixed offset per move): the model learns how far to trust each cue and what the cues miss,
 * instead of relearning them. Then pruned (rare tokens, tiny weights) and rounded so the JSON stays under 200 KB.
 * Settings are chosen by 5-fold cross-validation on CEReD train; val is only reported.
 *   npx tsx tests/eval/train-classifier.ts [--dry] [--cv]   (--dry: do not write; --cv: cross-validate settings)
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evidenceScores, modelTokens, readSentenceFeatures, SCORED_MOVES } from '../../lib/analysis/classify';
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

const settings = {
  minCount: Number(process.env.MIN_COUNT ?? 5),
  epochs: Number(process.env.EPOCHS ?? 20),
  l2: Number(process.env.L2 ?? 1e-3),
  rate: Number(process.env.RATE ?? 0.2),
  keepAbove: Number(process.env.KEEP_ABOVE ?? 0.1),
  /** Exponent of class balancing: 0 = none, 0.5 = square root. */
  balance: Number(process.env.BALANCE ?? 0.5),
};
/** Caps used by classify.ts when it adds the model's correction (kept in step by hand). */
const MODEL_CLAMP = Number(process.env.CLAMP ?? 2);

interface Example {
  tokens: number[];
  /** Cue evidence for the event over the best learning move (classify.ts: evidenceScores). */
  offset: number;
  /** 1 = an event (happened), 0 = learning. */
  y: number;
  weight: number;
}

function logit(ex: Example, w: Float64Array, b: number): number {
  let z = b;
  for (const t of ex.tokens) z += w[t];
  return z;
}

function train(examples: Example[], vocabSize: number) {
  const w = new Float64Array(vocabSize);
  const g2 = new Float64Array(vocabSize).fill(1e-8);
  let b = 0;
  let bg2 = 1e-8;
  // Deterministic shuffle (LCG) so the shipped model is reproducible.
  let seed = 42;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const ex = examples[idx];
      const z = logit(ex, w, b) + ex.offset;
      const grad = ex.weight * (1 / (1 + Math.exp(-z)) - ex.y);
      bg2 += grad * grad;
      b -= (settings.rate * grad) / Math.sqrt(bg2);
      for (const t of ex.tokens) {
        const gw = grad + settings.l2 * w[t];
        g2[t] += gw * gw;
        w[t] -= (settings.rate * gw) / Math.sqrt(g2[t]);
      }
    }
  }
  return { w, b };
}

/** Event or learning as classify.ts decides from the sentence alone: cue evidence plus the capped correction. */
function predict(ex: Example, w: Float64Array, b: number): number {
  const z = logit(ex, w, b);
  return ex.offset + Math.max(-MODEL_CLAMP, Math.min(MODEL_CLAMP, z)) > 0 ? 1 : 0;
}

interface Row {
  tokens: string[];
  offset: number;
  y: number;
}

function toRows(rows: { sentence: string; y: string }[]): Row[] {
  return rows.map((r) => {
    const terms = readTerms(r.sentence);
    const f = readSentenceFeatures(r.sentence, terms);
    const e = evidenceScores(f.cues);
    return { tokens: modelTokens(r.sentence, terms, f.cues), offset: e[0] - Math.max(e[1], e[2], e[3], e[4]), y: CERED_MOVE[r.y] === 'experience' ? 1 : 0 };
  });
}

function fit(rows: Row[]) {
  const counts = new Map<string, number>();
  for (const r of rows) for (const t of r.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= settings.minCount).map(([t]) => t).sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  const events = rows.filter((r) => r.y === 1).length;
  const classWeight = [rows.length / (2 * (rows.length - events)), rows.length / (2 * events)].map((x) => x ** settings.balance);
  const encode = (r: Row): Example => ({
    tokens: r.tokens.map((t) => index.get(t)).filter((i): i is number => i !== undefined),
    offset: r.offset,
    y: r.y,
    weight: classWeight[r.y],
  });
  const { w, b } = train(rows.map(encode), vocab.length);
  // Prune tiny weights and round now, so that what is measured is what ships.
  for (let i = 0; i < vocab.length; i++) w[i] = Math.abs(w[i]) < settings.keepAbove ? 0 : Math.round(w[i] * 100) / 100;
  const accuracy = (test: Row[]) => test.filter((r) => predict(encode(r), w, b) === r.y).length / test.length;
  return { vocab, w, b, accuracy };
}

function main() {
  if (!corpusAvailable()) {
    console.log('shared corpus not found: nothing to train on');
    return;
  }
  const dry = process.argv.includes('--dry');
  // Plans are left to the cues (see classify.ts): the model only weighs event against learning.
  const usable = (r: { y: string }) => CERED_MOVE[r.y] && CERED_MOVE[r.y] !== 'intention';
  const rows = toRows(loadCered('train').filter(usable));
  const val = toRows(loadCered('val').filter(usable));
  const cuesOnly = (test: Row[]) => test.filter((r) => (r.offset > 0 ? 1 : 0) === r.y).length / test.length;
  console.log(`settings ${JSON.stringify(settings)}`);
  console.log(`cues alone (sentence only): train ${cuesOnly(rows).toFixed(3)}, val ${cuesOnly(val).toFixed(3)}`);

  if (process.argv.includes('--cv')) {
    const folds = 5;
    let sum = 0;
    for (let f = 0; f < folds; f++) {
      const test = rows.filter((_, i) => i % folds === f);
      sum += fit(rows.filter((_, i) => i % folds !== f)).accuracy(test);
    }
    console.log(`5-fold CV event-vs-learning accuracy (sentence only) ${(sum / folds).toFixed(4)}`);
  }
  const model = fit(rows);
  console.log(`val event-vs-learning accuracy (sentence only, cues + model) ${model.accuracy(val).toFixed(3)} on ${val.length}`);
  if (dry) return;

  const { vocab, w, b } = model;
  const weights: Record<string, number> = {};
  vocab.forEach((tok, i) => {
    if (w[i] !== 0) weights[tok] = w[i];
  });
  const json = JSON.stringify({
    source: 'CEReD train (Štefánik & Nehyba 2021, Apache-2.0), logistic regression (event vs learning) as a correction on the cue evidence; tests/eval/train-classifier.ts',
    /** Positive = an event (experience), negative = learning. */
    predicts: 'event-vs-learning log-odds',
    bias: Math.round(b * 100) / 100,
    weights,
  });
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/analysis/data/classify-model.json');
  writeFileSync(out, `${json}\n`);
  console.log(`wrote ${out}: ${Object.keys(weights).length} tokens, ${(json.length / 1024).toFixed(0)} KB`);
}

main();
