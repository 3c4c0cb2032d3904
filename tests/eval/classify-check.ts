/**
 * Checks the section classifier on the shared corpus (skips cleanly when ../shared is absent):
 *  1. dev.jsonl: sentence-section macro-F1 over happened/learning/applying and essay-level presence, both on the
 *     gold sentence spans and on the real splitter's spans (the measure the corpus README defines);
 *  2. CEReD val (or `--split train`): accuracy of the mapped section, each sentence classified in its context.
 * Prints confusion matrices and error examples to iterate with.
 *   npx tsx tests/eval/classify-check.ts [--errors N] [--split val|train] [--quiet]
 */
import { DEFAULT_FRAMEWORK } from '../../lib/frameworks';
import { classifySentences, isSectionWritten, readSentenceFeatures, type ClassifyItem } from '../../lib/analysis/classify';
import { readTerms } from '../../lib/analysis/nlp';
import { splitSentences } from '../../lib/analysis/sentences';
import type { Move } from '../../lib/analysis/types';
import { CERED_SECTION, corpusAvailable, loadCered, loadDev } from './corpus';
import { macroF1, mostOverlapping } from './measures';

const SECTIONS = ['happened', 'learning', 'applying'];
const args = process.argv.slice(2);
const errorsToShow = Number(args[args.indexOf('--errors') + 1]) || (args.includes('--errors') ? 40 : 0);
const ceredSplit = args.includes('--split') ? (args[args.indexOf('--split') + 1] as 'val' | 'train') : 'val';
const quiet = args.includes('--quiet');

const sectionOf = (move: Move) => (move === 'other' ? 'other' : DEFAULT_FRAMEWORK.moves[move]);

function confusion(gold: string[], pred: string[], labels: string[]): string {
  const cols = [...labels, 'other'];
  const rows = [`gold\\pred  ${cols.map((c) => c.slice(0, 8).padStart(9)).join('')}`];
  for (const g of labels) {
    rows.push(`${g.padEnd(11)}${cols.map((p) => String(gold.filter((x, i) => x === g && pred[i] === p).length).padStart(9)).join('')}`);
  }
  return rows.join('\n');
}

function paragraphAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\n\s*\n/).length - 1;
}

/** Kind of a gold span: what the splitter calls the span starting there, else heading shape of our own. */
function kindOf(text: string, start: number, end: number, spans: ReturnType<typeof splitSentences>): ClassifyItem['kind'] {
  const same = spans.find((s) => s.start === start);
  if (same) return same.kind;
  const t = text.slice(start, end);
  return !/[.!?…]["'”’)\]]*$/.test(t.trim()) && t.split(/\s+/).length <= 12 ? 'heading' : 'sentence';
}

function checkDev() {
  const essays = loadDev();
  for (const mode of ['gold spans', 'splitter spans'] as const) {
    const gold: string[] = [];
    const pred: string[] = [];
    const errors: string[] = [];
    let presenceRight = 0;
    const presenceErrors: string[] = [];
    const t0 = performance.now();
    let classifyMs = 0;
    let totalItems = 0;
    for (const essay of essays) {
      const splitSpans = splitSentences(essay.text);
      const spans =
        mode === 'gold spans'
          ? essay.sentences.map((s) => ({ start: s.start, end: s.end, kind: kindOf(essay.text, s.start, s.end, splitSpans), paragraph: paragraphAt(essay.text, s.start) }))
          : splitSpans;
      const items: ClassifyItem[] = spans.map((s) => {
        const text = essay.text.slice(s.start, s.end);
        return { text, kind: s.kind, paragraph: s.paragraph, features: readSentenceFeatures(text, readTerms(text)) };
      });
      const c0 = performance.now();
      const decisions = classifySentences(items);
      classifyMs += performance.now() - c0;
      totalItems += items.length;
      const sections = decisions.map((d) => sectionOf(d.move));
      for (const s of essay.sentences) {
        if (s.section === 'other') continue;
        const k = mostOverlapping(spans, [s.start, s.end]);
        const p = k >= 0 ? sections[k] : 'other';
        gold.push(s.section);
        pred.push(p);
        if (p !== s.section) {
          errors.push(`${essay.id} gold=${s.section} pred=${p} [${decisions[k]?.move}] ${decisions[k]?.cues.join(' | ')}\n    ${essay.text.slice(s.start, s.end)}`);
        }
      }
      const present = SECTIONS.filter((sec) =>
        isSectionWritten(
          items.flatMap((item, i) => (sections[i] === sec ? [{ words: item.features.words, grounded: decisions[i].grounded }] : [])),
          DEFAULT_FRAMEWORK.sentencesToCount,
        ),
      );
      if (present.join(',') === essay.sections_present.join(',')) presenceRight++;
      else presenceErrors.push(`${essay.id}: gold ${essay.sections_present.join(',')} pred ${present.join(',')}`);
    }
    const { macro, per } = macroF1(SECTIONS, gold, pred);
    console.log(`\n== dev (${mode}): ${essays.length} essays, ${gold.length} labelled sentences`);
    console.log(`sentence-section macro-F1 ${macro.toFixed(3)}  (${SECTIONS.map((s) => `${s} ${per[s].f1.toFixed(3)}`).join(', ')})`);
    console.log(`presence exactly right ${presenceRight}/${essays.length} = ${(presenceRight / essays.length).toFixed(3)}`);
    if (!quiet) {
      console.log(confusion(gold, pred, SECTIONS));
      for (const e of presenceErrors) console.log(`  presence: ${e}`);
      for (const e of errors.slice(0, errorsToShow)) console.log(`  ${e}`);
    }
    console.log(`classifySentences: ${totalItems} items in ${classifyMs.toFixed(2)} ms (features+NLP ${(performance.now() - t0).toFixed(0)} ms total)`);
  }
}

/** Rough split of a CEReD context into sentences (the context is a flat run of sentences). */
function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”)\]]*)\s+(?=["“(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function checkCered() {
  const rows = loadCered(ceredSplit);
  const gold: string[] = [];
  const pred: string[] = [];
  const errors: string[] = [];
  for (const row of rows) {
    const section = CERED_SECTION[row.y];
    if (!section) continue;
    const at = row.context.indexOf(row.sentence);
    const before = at >= 0 ? roughSentences(row.context.slice(0, at)) : [];
    const after = at >= 0 ? roughSentences(row.context.slice(at + row.sentence.length)) : [];
    const texts = [...before, row.sentence, ...after];
    const target = before.length;
    const items: ClassifyItem[] = texts.map((text) => ({
      text,
      kind: 'sentence',
      paragraph: 0,
      features: readSentenceFeatures(text, readTerms(text)),
    }));
    const decision = classifySentences(items)[target];
    const p = sectionOf(decision.move);
    gold.push(section);
    pred.push(p);
    if (p !== section) errors.push(`${row.y}→${section} pred=${p} [${decision.move}] ${decision.cues.join(' | ')}\n    ${row.sentence}`);
  }
  const accuracy = gold.filter((g, i) => g === pred[i]).length / gold.length;
  console.log(`\n== CEReD ${ceredSplit}: ${gold.length} scored sentences, accuracy ${accuracy.toFixed(3)}`);
  if (!quiet) {
    console.log(confusion(gold, pred, SECTIONS));
    for (const e of errors.slice(0, errorsToShow)) console.log(`  ${e}`);
  }
}

function benchmark() {
  const sample = [
    'This week we practised active listening in threes.',
    'I was nervous at first.',
    'I realised that silence gives people room to think.',
    'Next time I will count to three before I speak.',
  ];
  const features = sample.map((t) => readSentenceFeatures(t, readTerms(t)));
  const items: ClassifyItem[] = Array.from({ length: 2500 }, (_, i) => ({
    text: sample[i % 4],
    kind: 'sentence',
    paragraph: Math.floor(i / 6),
    features: features[i % 4],
  }));
  classifySentences(items);
  const runs = 20;
  const t0 = performance.now();
  for (let r = 0; r < runs; r++) classifySentences(items);
  console.log(`\nclassifySentences over 2,500 sentences: ${((performance.now() - t0) / runs).toFixed(2)} ms`);
}

if (!corpusAvailable()) {
  console.log('shared corpus not found: skipping the classifier check');
} else {
  checkDev();
  checkCered();
  benchmark();
}
