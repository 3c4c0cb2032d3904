/**
 * `npx tsx tests/eval/heldout-check.ts [file.jsonl] [--quiet]`: the corpus README's measures on tests/eval/heldout.jsonl —
 * invented essays (our own texts, labelled by GUIDE.md) that the rules were NOT tuned on when first scored: ho-* and
 * h2-* (15, first scored in the first session), h3-* (504 in eighty-four sets of six, written blind from the guide by writers
 * who never saw the engine, each set first scored 2026-11-27 before any fix it prompted). Each batch's first score is the honest estimate of how the passive/formal rules
 * and the section classifier generalise beyond the 24 dev essays; later scores include fixes they prompted.
 * Self-contained: needs nothing from ../shared. Prints errors (unless --quiet) and then the table.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DevEssay } from './corpus';
import type { Prf } from './measures';
import { essayRows, scoreEssays } from './score-essays';

/** The labelled essays; another JSONL file of the same shape may be given as the first non-flag argument. */
const HELDOUT_FILE = resolve(
  process.argv.slice(2).find((a) => !a.startsWith('--')) ?? resolve(dirname(fileURLToPath(import.meta.url)), 'heldout.jsonl'),
);
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

const scores = scoreEssays(essays);
if (!quiet) console.log(scores.errors.join('\n') + '\n');
console.log(`measure                                  score  detail`);
for (const [name, score, detail] of essayRows(scores, 'held-out')) {
  console.log(`${name.padEnd(40)} ${score.toFixed(3)}  ${detail}`);
}
for (const [register, c] of scores.byRegister) {
  const counts = (p: Prf) => `${p.tp}/${p.fp}/${p.fn}`;
  console.log(
    `  ${register.padEnd(11)} passive F1 ${c.passive.f1.toFixed(3)} (tp/fp/fn ${counts(c.passive)}), formal F1 ${c.formal.f1.toFixed(3)} (${counts(c.formal)})`,
  );
}
console.log(`(${essays.length} held-out essays, ${scores.labelledSentences} labelled sentences)`);
