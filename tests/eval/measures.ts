/** The corpus README's measures, as code. */
import type { Span } from './corpus';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const overlap = (a: Span, b: Span) => Math.min(a[1], b[1]) - Math.max(a[0], b[0]);

/**
 * One-to-one matching of reported to labelled spans, where a match is any overlap. Greedy by largest overlap,
 * which is optimal for the interval shapes seen here (spans rarely overlap more than one counterpart).
 */
export function matchSpans(predicted: Span[], gold: Span[]) {
  const pairs: { p: number; g: number; o: number }[] = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => overlap(p, g) > 0 && pairs.push({ p: i, g: j, o: overlap(p, g) })));
  pairs.sort((a, b) => b.o - a.o);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
  }
  return {
    tp: usedP.size,
    falsePositives: predicted.filter((_, i) => !usedP.has(i)),
    falseNegatives: gold.filter((_, j) => !usedG.has(j)),
  };
}

/** Index of the reported span that overlaps `target` most, or -1. */
export function mostOverlapping(spans: { start: number; end: number }[], target: Span): number {
  let best = -1;
  let bestOverlap = 0;
  spans.forEach((s, i) => {
    const o = overlap([s.start, s.end], target);
    if (o > bestOverlap) {
      best = i;
      bestOverlap = o;
    }
  });
  return best;
}

export function macroF1(labels: string[], gold: string[], predicted: string[]): { macro: number; per: Record<string, Prf> } {
  const per: Record<string, Prf> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (g === label && p === label) tp++;
      else if (g === label) fn++;
      else if (p === label) fp++;
    });
    per[label] = prf(tp, fp, fn);
  }
  return { macro: labels.reduce((s, l) => s + per[l].f1, 0) / labels.length, per };
}
