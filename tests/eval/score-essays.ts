/**
 * The corpus README's essay measures, applied to any set of labelled essays (the shared dev set, our own
 * held-out set): section presence, sentence sections macro-F1, passive and formal span P/R/F1, with every miss.
 */
import { analyze } from '../../lib/analysis';
import type { DevEssay, Span } from './corpus';
import { macroF1, matchSpans, mostOverlapping, prf, type Prf } from './measures';

export const SECTIONS = ['happened', 'learning', 'applying'];

export interface EssayScores {
  essays: number;
  presenceRight: number;
  labelledSentences: number;
  sections: ReturnType<typeof macroF1>;
  passive: Prf;
  formal: Prf;
  /** Span counts per register ("formal", "plain", "impersonal"), for seeing where a rule generalises. */
  byRegister: Map<string, { passive: Prf; formal: Prf }>;
  errors: string[];
}

type Counts = { tp: number; fp: number; fn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function scoreEssays(essays: DevEssay[]): EssayScores {
  const errors: string[] = [];
  let presenceRight = 0;
  const gold: string[] = [];
  const predicted: string[] = [];
  const totals = { passive: zero(), formal: zero() };
  const registers = new Map<string, { passive: Counts; formal: Counts }>();

  for (const essay of essays) {
    const report = analyze(essay.text);
    const present = report.sections.filter((s) => s.present).map((s) => s.id);
    if (present.join() === essay.sections_present.join()) presenceRight++;
    else errors.push(`presence ${essay.id}: gold [${essay.sections_present}] got [${present}]`);

    for (const s of essay.sentences) {
      if (s.section === 'other') continue;
      const i = mostOverlapping(report.sentences, [s.start, s.end]);
      const got = i < 0 ? 'none' : report.sentences[i].section;
      gold.push(s.section);
      predicted.push(got);
      if (got !== s.section) {
        const cues = i < 0 ? '' : ` {${report.sentences[i].cues.join('; ')}}`;
        errors.push(`section ${essay.id} gold=${s.section} got=${got}${cues}: ${essay.text.slice(s.start, s.end)}`);
      }
    }

    const register = registers.get(essay.register) ?? { passive: zero(), formal: zero() };
    registers.set(essay.register, register);
    for (const rule of ['passive', 'formal'] as const) {
      const labelled: Span[] = essay.sentences.flatMap((s) => s[rule]);
      const found: Span[] = report.findings
        .filter((f) => f.rule === rule && f.start !== undefined)
        .map((f) => [f.start!, f.end!]);
      const m = matchSpans(found, labelled);
      for (const counts of [totals[rule], register[rule]]) {
        counts.tp += m.tp;
        counts.fp += m.falsePositives.length;
        counts.fn += m.falseNegatives.length;
      }
      const show = ([a, b]: Span) =>
        `“${essay.text.slice(a, b)}” in …${essay.text.slice(Math.max(0, a - 30), b + 30).replace(/\n/g, ' ')}…`;
      for (const p of m.falsePositives) errors.push(`${rule} FP ${essay.id}: ${show(p)}`);
      for (const g of m.falseNegatives) errors.push(`${rule} FN ${essay.id}: ${show(g)}`);
    }
  }

  const toPrf = (c: Counts) => prf(c.tp, c.fp, c.fn);
  return {
    essays: essays.length,
    presenceRight,
    labelledSentences: gold.length,
    sections: macroF1(SECTIONS, gold, predicted),
    passive: toPrf(totals.passive),
    formal: toPrf(totals.formal),
    byRegister: new Map([...registers].map(([name, c]) => [name, { passive: toPrf(c.passive), formal: toPrf(c.formal) }])),
    errors,
  };
}

/** Rows for a table: [measure, score, detail]. */
export function essayRows(scores: EssayScores, label: string): [string, number, string][] {
  const spans = (p: Prf) => `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} (${p.tp}/${p.tp + p.fn}, ${p.fp} FP)`;
  return [
    [`section presence exact (${label})`, scores.presenceRight / scores.essays, `${scores.presenceRight}/${scores.essays}`],
    [
      `sentence sections macro-F1 (${label})`,
      scores.sections.macro,
      SECTIONS.map((s) => `${s} ${scores.sections.per[s].f1.toFixed(3)}`).join(', '),
    ],
    [`passive span F1 (${label})`, scores.passive.f1, spans(scores.passive)],
    [`formal span F1 (${label})`, scores.formal.f1, spans(scores.formal)],
  ];
}
