/**
 * Property tests of the engine under hostile input: whatever a trainee pastes (or a page hands us), `analyze`
 * must return a sane report, never throw. For every string fast-check makes — random Unicode, lone surrogates,
 * NUL and other controls, CRLF, right-to-left scripts, emoji with skin tones and ZWJ joins, HTML pasted as text —
 * the report's offsets are in bounds, ordered, never cut a surrogate pair in half, and survive a JSON round trip
 * (the report crosses a message channel). Two sizes that are hostile on their own (1 MB of text, one sentence of
 * 20,000 words) are checked once each. The incremental analyzer equals the full one over random edit sequences
 * made of the same hostile pieces. Seeds are fixed, so a failure is reproducible and fast-check prints it shrunk.
 *
 * Every sentence here was made up for this file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Report } from '../../lib/analysis';
import { ENGLISH, hostileText, piece } from './property-inputs';


// ---- Invariants ----

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when offset `at` sits between the two halves of one surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function expectSaneSpan(text: string, start: unknown, end: unknown, what: string): void {
  expect(Number.isInteger(start), `${what}: integer start`).toBe(true);
  expect(Number.isInteger(end), `${what}: integer end`).toBe(true);
  const [s, e] = [start as number, end as number];
  expect(s, `${what}: start ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(e, `${what}: end ≥ start`).toBeGreaterThanOrEqual(s);
  expect(e, `${what}: end ≤ length`).toBeLessThanOrEqual(text.length);
  expect(splitsPair(text, s), `${what}: start ${s} splits a surrogate pair`).toBe(false);
  expect(splitsPair(text, e), `${what}: end ${e} splits a surrogate pair`).toBe(false);
}

/** Everything a caller relies on in a report for `text`. */
function expectSaneReport(text: string, report: Report): void {
  expect(report.length).toBe(text.length);
  expect(Number.isInteger(report.words) && report.words >= 0).toBe(true);

  let previousEnd = 0;
  for (const [i, sentence] of report.sentences.entries()) {
    expectSaneSpan(text, sentence.start, sentence.end, `sentence ${i}`);
    expect(sentence.end, `sentence ${i} is empty`).toBeGreaterThan(sentence.start);
    // Ordered and never overlapping.
    expect(sentence.start, `sentence ${i} overlaps the one before`).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = sentence.end;
    expect(Number.isInteger(sentence.words) && sentence.words >= 0).toBe(true);
  }

  let previousStart = 0;
  let spanned = false;
  for (const [i, finding] of report.findings.entries()) {
    expect(typeof finding.message, `finding ${i} message`).toBe('string');
    if (finding.start === undefined) {
      // Essay-level findings come before the spanned ones.
      expect(spanned, `essay-level finding ${i} after spanned ones`).toBe(false);
      expect(finding.end).toBeUndefined();
      continue;
    }
    spanned = true;
    expectSaneSpan(text, finding.start, finding.end, `finding ${i} (${finding.rule})`);
    expect(finding.start, `finding ${i} out of order`).toBeGreaterThanOrEqual(previousStart);
    previousStart = finding.start;
    if (finding.original !== undefined) expect(finding.original).toBe(text.slice(finding.start, finding.end));
    if (finding.replacement !== undefined) expect(typeof finding.replacement).toBe('string');
  }

  for (const section of report.sections) {
    expect(Number.isFinite(section.share) && section.share >= 0 && section.share <= 1).toBe(true);
    expect(section.sentences).toBeGreaterThanOrEqual(0);
  }
  expect(Number.isFinite(report.formality.score)).toBe(true);
  expect(report.formality.score).toBeGreaterThanOrEqual(0);
  expect(report.formality.score).toBeLessThanOrEqual(100);
  // The report crosses a message channel: plain JSON data, nothing lost (no NaN, undefined-in-array, cycles).
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe('engine under hostile input', () => {
  it('never throws and gives sane offsets for random hostile strings', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectSaneReport(text, analyze(text));
      }),
      { seed: 6006, numRuns: 300 },
    );
  }, 120_000);

  it('never throws on arbitrary UTF-16 (any code unit, lone surrogates included) and full Unicode', () => {
    const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 })), (text) => {
        expectSaneReport(text, analyze(text));
      }),
      { seed: 6007, numRuns: 300 },
    );
  }, 120_000);

  it('keeps offsets on the same words whatever the line endings (CRLF vs LF), and finds the same things', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ENGLISH), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(' ', '\n', '\n\n'), { minLength: 8, maxLength: 8 }), (sentences, gaps) => {
        const lf = sentences.map((s, i) => s + gaps[i]).join('');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = analyze(lf);
        const b = analyze(crlf);
        expectSaneReport(crlf, b);
        // The same sentences and findings, on the same words.
        expect(b.sentences.map((s) => crlf.slice(s.start, s.end).replace(/\r\n/g, '\n'))).toEqual(
          a.sentences.map((s) => lf.slice(s.start, s.end)),
        );
        const spanned = (r: Report, t: string) =>
          r.findings.filter((f) => f.start !== undefined).map((f) => `${f.rule}:${t.slice(f.start, f.end).replace(/\r\n/g, '\n')}`);
        expect(spanned(b, crlf)).toEqual(spanned(a, lf));
      }),
      { seed: 6008, numRuns: 40 },
    );
  }, 60_000);

  it('finds the English findings around RTL text, emoji and HTML, on the right words', () => {
    const text = [
      '<p>שלום 👩🏾‍⚕️ مرحبا</p>',
      'Prior to the session I endeavoured to utilise the checklist 👍🏽.',
      'The leaflet was handed out by the facilitator 👨‍👩‍👧‍👦.',
    ].join('\n\n');
    const report = analyze(text);
    expectSaneReport(text, report);
    const spans = report.findings.filter((f) => f.start !== undefined).map((f) => text.slice(f.start, f.end));
    expect(spans.join('|')).toMatch(/utilise/);
    expect(spans.join('|')).toMatch(/was handed/);
  });

  it('survives 1 MB of text (unique prose mixed with hostile pieces)', () => {
    // Prose sentences with a running number, so the engine's per-sentence cache cannot make it cheap, between
    // blocks of hostile pieces: about 1,000,000 UTF-16 units.
    const hostile = fc.sample(hostileText, { seed: 6009, numRuns: 200 });
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const part =
        i % 4 === 3
          ? hostile[i % hostile.length]
          : `On day ${i} ${ENGLISH[i % ENGLISH.length].replace(/^\w/, (c) => c.toLowerCase())} `;
      // A paragraph break now and then, so the text has structure as well as sentences.
      const gap = i % 10 === 9 ? '\n\n' : ' ';
      parts.push(part + gap);
      size += part.length + gap.length;
    }
    const text = parts.join('').slice(0, 1_000_000);
    const report = analyze(text);
    expectSaneReport(text, report);
    expect(report.sentences.length).toBeGreaterThan(1000);
  }, 240_000);

  it('survives one sentence of 20,000 words', () => {
    const words = ['and', 'I', 'felt', 'that', 'the', 'group', 'was', 'helped', 'to', 'utilise', 'it', 'שלום', '👍🏽'];
    const text = `${Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ')}.`;
    const report = analyze(text);
    expectSaneReport(text, report);
    expect(report.sentences).toHaveLength(1);
    expect(report.findings.some((f) => f.rule === 'long-sentence')).toBe(true);
  }, 240_000);
});

describe('incremental analyzer under hostile edits', () => {
  type Edit = { at: number; remove: number; insert: string };
  const editArb: fc.Arbitrary<Edit> = fc.record({
    at: fc.nat(),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
    insert: fc.oneof(piece, fc.constant('')),
  });

  it('equals a fresh analysis after every edit', () => {
    fc.assert(
      fc.property(hostileText, fc.array(editArb, { minLength: 1, maxLength: 12 }), (base, edits) => {
        const analyzer = createAnalyzer();
        let text = base;
        expect(analyzer.update(text)).toEqual(analyze(text));
        for (const edit of edits) {
          const at = text.length ? edit.at % (text.length + 1) : 0;
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          const report = analyzer.update(text);
          expect(report, JSON.stringify(edit)).toEqual(analyze(text));
          expectSaneReport(text, report);
        }
      }),
      { seed: 6010, numRuns: 60 },
    );
  }, 180_000);
});
