/**
 * Keep spans on their words while the text changes between two analyses. The edit is found as the part between
 * the common prefix and the common suffix of the old and new text (one typing step, a paste, an undo). Spans
 * after the edit move with it; spans before it stay. A span the edit cuts into is either dropped (a finding
 * about words that have changed is stale) or stretched over the edit (a sentence tint that should keep covering
 * its sentence while the writer types in it).
 */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  /** Where the edit starts (same in old and new text). */
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  /** End of the replacement in the new text. */
  newEnd: number;
}

const DIFF_CHUNK = 256;

/**
 * The smallest single edit that turns `oldText` into `newText` (for equal texts, an empty edit at the end).
 * Shared with lib/content/shift.ts, which moves a report's findings the same way.
 */
export function diffTexts(oldText: string, newText: string): TextEdit {
  const limit = Math.min(oldText.length, newText.length);
  // Whole chunks first (a native string compare), then character by character: this runs on every keystroke
  // over the whole essay, several times, and a 3,000-word essay is ~17,000 characters.
  let prefix = 0;
  while (prefix + DIFF_CHUNK <= limit && oldText.slice(prefix, prefix + DIFF_CHUNK) === newText.slice(prefix, prefix + DIFF_CHUNK)) {
    prefix += DIFF_CHUNK;
  }
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix + DIFF_CHUNK <= limit - prefix &&
    oldText.slice(oldText.length - suffix - DIFF_CHUNK, oldText.length - suffix) ===
      newText.slice(newText.length - suffix - DIFF_CHUNK, newText.length - suffix)
  ) {
    suffix += DIFF_CHUNK;
  }
  while (
    suffix < limit - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** The edit between two texts, or null when nothing changed. */
export function findEdit(oldText: string, newText: string): TextEdit | null {
  return oldText === newText ? null : diffTexts(oldText, newText);
}

export function shiftSpans<T extends Span>(oldText: string, newText: string, spans: readonly T[], mode: 'drop' | 'stretch'): T[] {
  const edit = findEdit(oldText, newText);
  if (!edit) return spans.slice();
  const delta = edit.newEnd - edit.oldEnd;
  const out: T[] = [];
  for (const span of spans) {
    if (span.end <= edit.start) {
      out.push(span);
    } else if (span.start >= edit.oldEnd) {
      out.push({ ...span, start: span.start + delta, end: span.end + delta });
    } else if (mode === 'stretch') {
      const start = span.start <= edit.start ? span.start : edit.start;
      const end = span.end >= edit.oldEnd ? span.end + delta : edit.newEnd;
      if (end > start) out.push({ ...span, start, end });
    }
    // mode 'drop': the edit touched the span's words.
  }
  return out;
}
