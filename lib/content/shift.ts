/**
 * Keeping a report's spans on the right words while the trainee keeps typing, until the next report arrives.
 * The edit is found with the common-prefix/suffix diff the underlines use (lib/highlights/shift-spans.ts); spans
 * before it stay, spans after it move by the length change, and spans the edit touches are hidden (never applied
 * to changed text). Stricter than the underlines' shiftSpans: a finding whose word had letters glued on is hidden.
 */
import type { Finding, Report, SentenceReport } from '../analysis/types';
import { diffTexts, type TextEdit } from '../highlights/shift-spans';

const WORD_CHAR = /[\p{L}\p{N}'’_-]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Where the span [start, end) of `before` is in `after`, or null when the edit touched it — including an edit
 * that glues letters onto it ("utilise" → "utilised"), which would make a replacement wrong.
 */
export function shiftSpan(
  start: number,
  end: number,
  edit: TextEdit,
  after: string,
): { start: number; end: number } | null {
  const delta = edit.newEnd - edit.oldEnd;
  if (end < edit.start) return { start, end };
  // The edit begins right after the span: fine unless it put a word character against it.
  if (end === edit.start) return isWordChar(after[end]) ? null : { start, end };
  if (start > edit.oldEnd) return { start: start + delta, end: end + delta };
  if (start === edit.oldEnd) {
    // The edit ends right before the span: same check on the other side.
    const moved = { start: start + delta, end: end + delta };
    return isWordChar(after[moved.start - 1]) ? null : moved;
  }
  return null;
}

/**
 * The report moved onto `after`, the current text; `before` is the text it was made on. Spanned findings the
 * edit touched are dropped (and so are those whose words no longer match), essay-level findings and section
 * tallies are kept as they were until the next report.
 */
export function shiftReport(
  report: Report,
  before: string,
  after: string,
  /** Told about each finding kept, with its moved copy (to follow a finding the sidebar still shows). */
  onMoved?: (from: Finding, to: Finding) => void,
): Report {
  if (before === after) return report;
  const edit = diffTexts(before, after);
  const findings: Finding[] = [];
  for (const finding of report.findings) {
    if (finding.start === undefined || finding.end === undefined) {
      findings.push(finding);
      onMoved?.(finding, finding);
      continue;
    }
    const moved = shiftSpan(finding.start, finding.end, edit, after);
    if (!moved) continue;
    if (finding.original !== undefined && after.slice(moved.start, moved.end) !== finding.original) continue;
    const copy = { ...finding, start: moved.start, end: moved.end };
    findings.push(copy);
    onMoved?.(finding, copy);
  }
  const sentences: SentenceReport[] = [];
  for (const sentence of report.sentences) {
    const moved = shiftSentence(sentence, edit);
    if (moved) sentences.push(moved);
  }
  return { ...report, length: after.length, findings, sentences };
}

/** Sentences only tint the text, so they stretch with an edit inside them instead of disappearing. */
function shiftSentence(sentence: SentenceReport, edit: TextEdit): SentenceReport | null {
  const delta = edit.newEnd - edit.oldEnd;
  if (sentence.end <= edit.start) return sentence;
  if (sentence.start >= edit.oldEnd) return { ...sentence, start: sentence.start + delta, end: sentence.end + delta };
  if (sentence.start <= edit.start && sentence.end >= edit.oldEnd) {
    const end = sentence.end + delta;
    return end > sentence.start ? { ...sentence, end } : null;
  }
  return null;
}
