/**
 * Sentence splitter: turns an essay into sentence, heading and list-item spans.
 *
 * It runs on every keystroke pause over documents of 50,000 words, so it is one linear scan over lines and
 * then over characters; no regex ever runs over more than one code point or one short word. It never throws
 * and never splits a surrogate pair: every boundary sits next to whitespace, a line break or ASCII punctuation.
 *
 * Rules (see shared corpus GUIDE.md, "Units and offsets"):
 * - A sentence ends at `.`, `?`, `!` or `…` (plus any closing quotes/brackets) followed by whitespace and a word
 *   that starts a sentence: a capital, a digit, an opening quote or bracket, a currency sign, an emoji.
 * - A paragraph (text between blank lines) always ends a sentence. So does a single line break after a heading
 *   or a list item, before a list item, and after a line ending with ':'.
 * - A heading is a short line with no final sentence punctuation that stands alone or is followed by a line
 *   break ("What happened", "Next steps:", "## Reflection", "1. What happened" alone); it is one span of kind
 *   'heading'. A greeting or sign-off line ("Dear diary,", "Best wishes,") is one too: it is not a sentence.
 * - A list item (`-`, `*`, `•`, `1.`, `1)`, `a)`, `(a)`) ends at its line break (indented continuation lines
 *   belong to it). The span leaves the marker out, so it starts on the first word; a list item holding several
 *   sentences gives several 'list-item' spans.
 * - Spans with no letter, digit or emoji (a "---" or "* * *" separator line) are left out; an emoji left alone
 *   at the end of a paragraph or list item ("It went well. 👍") joins the sentence before it.
 * Known limits: a single capital before a period is always read as an initial ("Plan B. It" stays one
 * sentence); a period inside a title line ("Week 5. Boundaries") splits it.
 */

export interface SentenceSpan {
  /** UTF-16 offsets into the text, end-exclusive, trimmed of whitespace. */
  start: number;
  end: number;
  /** 0-based index of the paragraph (block between blank lines) among those that hold any span. */
  paragraph: number;
  kind: 'sentence' | 'heading' | 'list-item';
}

/**
 * Abbreviations whose final period does not end a sentence, lower case, without the final period (internal
 * periods kept: "e.g"). Hand-made for English essay writing; extend here, not in the code.
 * - `neverFinal`: titles that come before a name ("Dr. Patel") and connectives that always lead on to more
 *   text ("e.g. NHS guidance"), so they hold even before a capital.
 * - `beforeNumber`: only abbreviations when a number follows ("no. 5", "p. 12"); elsewhere "no." is the word
 *   no and may end a sentence ("She said no. Then she left.").
 * Everything else (including "etc.", "a.m.", "Ltd.") ends a sentence when a capitalised word follows, and never
 * does when a lower-case word follows. A single capital letter ("J. K. Rowling") is read as an initial.
 */
export const ABBREVIATIONS = {
  neverFinal: [
    'mr', 'mrs', 'ms', 'mx', 'messrs', 'dr', 'prof', 'st', 'rev', 'fr', 'sr', 'hon', 'capt', 'sgt', 'lt', 'col', 'gen',
    'e.g', 'eg', 'i.e', 'ie', 'viz', 'cf', 'vs', 'v', 'approx', 'ca', 'c.f', 'incl', 'esp', 'al', 'resp',
  ],
  beforeNumber: [
    'no', 'nos', 'nr', 'vol', 'vols', 'p', 'pp', 'pg', 'fig', 'figs', 'ch', 'chap', 'para', 'paras', 'sec', 'art',
    'ref', 'tel', 'ex', 'op', 'pt', 'ver', 'wk', 'max', 'min',
  ],
} as const;

const NEVER_FINAL: ReadonlySet<string> = new Set(ABBREVIATIONS.neverFinal);
const BEFORE_NUMBER: ReadonlySet<string> = new Set(ABBREVIATIONS.beforeNumber);

/** A heading has at most this many words; longer unpunctuated lines are sentences still being typed. */
const MAX_HEADING_WORDS = 12;
/** A question stands as a heading ("So what?", "What did I learn?") only when it is this short. */
const MAX_QUESTION_HEADING_WORDS = 5;
/** A greeting or sign-off line ending with a comma ("Dear diary,", "Kind regards,") has at most this many words. */
const MAX_SALUTATION_WORDS = 3;
/** Words a heading never ends on: a line ending on them is a sentence broken across lines. */
const DANGLING_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'to', 'of', 'with', 'for', 'in', 'on', 'at', 'by', 'from', 'as',
  'that', 'which', 'who', 'because', 'so', 'if', 'when', 'than', 'my', 'our', 'your', 'their', 'his', 'her', 'its',
  'is', 'was', 'were', 'are', 'be', 'been',
]);

// ---------------------------------------------------------------------------------------------------------------
// Character classes (UTF-16 code units). Non-ASCII checks test one code point with a Unicode property regex.

const RE_UPPER_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{Nd}\p{Sc}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const RE_WORDLIKE = /^[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const RE_LETTER = /^\p{L}/u;
const RE_LOWER = /^\p{Ll}/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]/u;

/** JS `\s` plus the zero-width space, which editors insert and nobody means as text. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return c === 0x85;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `.` `?` `!` `…` (and the full-width/CJK forms, which end sentences the same way). */
function isTerminal(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes and brackets that stay with the sentence they close; `*`/`_` close markdown emphasis. */
function isCloser(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 42 || c === 95 ||
    c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x203a
  );
}

/** Opening quotes and brackets (and Spanish ¿ ¡) that may start a sentence. */
function isOpener(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 40 || c === 91 || c === 123 || c === 42 ||
    c === 0x2018 || c === 0x201c || c === 0xab || c === 0x2039 || c === 0xbf || c === 0xa1
  );
}

function codePointText(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Can the character at `i` begin a new sentence? A capital, digit, opening quote/bracket, currency, emoji. */
function startsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || isOpener(c);
  return isOpener(c) || RE_UPPER_START.test(codePointText(text, i));
}

function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return RE_LOWER.test(codePointText(text, i));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A low surrogate: look at the whole code point it ends.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return RE_LETTER.test(codePointText(text, i - 1));
  return RE_LETTER.test(codePointText(text, i));
}

/** Does [start, end) hold any letter, digit or emoji? Separator lines ("---") do not. */
function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    } else if (RE_WORDLIKE.test(codePointText(text, i))) {
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

interface Line {
  /** First and after-last non-space code unit of the line (start === end for a blank line). */
  start: number;
  end: number;
  /** The line began with whitespace (a continuation of a list item when indented). */
  indented: boolean;
  /** U+2029 PARAGRAPH SEPARATOR after the line ends its paragraph like a blank line. */
  paragraphBreakAfter: boolean;
  /** Where the item text starts after a list marker, or -1 when the line is not a list item. */
  itemStart: number;
  /** Markdown "#" heading. */
  hashHeading: boolean;
}

/** Split into lines on \n, \r\n, lone \r, U+0085, U+2028 and U+2029, trimming each line. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x85 && c !== 0x2028 && c !== 0x2029) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const line: Line = {
      start: s,
      end: e,
      indented: s > lineStart,
      paragraphBreakAfter: c === 0x2029,
      itemStart: -1,
      hashHeading: false,
    };
    if (s < e) {
      line.itemStart = listItemStart(text, s, e);
      line.hashHeading = line.itemStart < 0 && isHashHeading(text, s, e);
    }
    lines.push(line);
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return lines;
}

/** Bullet characters that start a list item when followed by whitespace. */
function isBullet(c: number): boolean {
  return (
    c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0x2023 || c === 0x25e6 || c === 0x25aa ||
    c === 0x25ab || c === 0x25cf || c === 0x25cb || c === 0x2043 || c === 0x2219 || c === 0xb7 || c === 0x2013 ||
    c === 0x2014 || c === 0x27a2 || c === 0x2192
  );
}

/**
 * If the trimmed line [s, e) starts with a list marker followed by whitespace, the offset of the item's first
 * word; else -1. Markers: a bullet, 1-3 digits + `.`/`)`, a letter + `)`, a lower-case letter + `.`, `(a)`/`(1)`.
 */
function listItemStart(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  let m = -1; // offset just after the marker
  if (isBullet(c)) {
    m = s + 1;
  } else if (isDigit(c)) {
    let j = s + 1;
    while (j < e && j - s < 3 && isDigit(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    if (j < e && (d === 46 || d === 41)) m = j + 1;
  } else if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && s + 1 < e) {
    const d = text.charCodeAt(s + 1);
    if (d === 41 || (d === 46 && c >= 97)) m = s + 2;
  } else if (c === 40) {
    let j = s + 1;
    while (j < e && j - s <= 3 && isAsciiAlnum(text.charCodeAt(j))) j++;
    if (j > s + 1 && j < e && text.charCodeAt(j) === 41) m = j + 1;
  }
  if (m < 0 || m >= e || !isSpace(text.charCodeAt(m))) return -1;
  while (m < e && isSpace(text.charCodeAt(m))) m++;
  return m;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "#" to "######" followed by whitespace. */
function isHashHeading(text: string, s: number, e: number): boolean {
  let j = s;
  while (j < e && j - s < 6 && text.charCodeAt(j) === 35) j++;
  return j > s && j < e && isSpace(text.charCodeAt(j));
}

/** Offset just after the last character of [s, e) that is not a closing quote/bracket/emphasis mark. */
function endBeforeClosers(text: string, s: number, e: number): number {
  let k = e;
  while (k > s && isCloser(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Does the line end with sentence punctuation (before any closing quotes)? */
function endsWithTerminal(text: string, line: Line): boolean {
  const k = endBeforeClosers(text, line.start, line.end);
  return k > line.start && isTerminal(text.charCodeAt(k - 1));
}

/**
 * First words of a written step: a plan ("I will", "I'll", "To …") or a command. Two lines in a row that open this
 * way, the first without a full stop, are separate to-dos typed one a line, not one hard-wrapped sentence.
 */
const STEP_WORDS = new Set([
  'ask', 'book', 'bring', 'call', 'check', 'contact', 'email', 'find', 'follow', 'keep', 'look', 'make', 'meet',
  'offer', 'practise', 'practice', 'raise', 'read', 'remember', 'ring', 'send', 'speak', 'talk', 'tell', 'text',
  'to', 'try', 'update', 'use', 'write', 'arrange', 'agree', 'review', 'share', 'join', 'visit', 'plan', 'start',
  'stop', "i'll", 'i’ll',
]);

function opensLikeStep(text: string, line: Line): boolean {
  const from = line.itemStart >= 0 ? line.itemStart : line.start;
  let end = from;
  while (end < line.end && end - from < 12 && text.charCodeAt(end) !== 32) end++;
  const first = text.slice(from, end).toLowerCase();
  if (STEP_WORDS.has(first)) return true;
  // "I will…", "I am going to…"
  if (first !== 'i') return false;
  const rest = text.slice(end + 1, Math.min(line.end, end + 15)).toLowerCase();
  return rest.startsWith('will ') || rest.startsWith('am going to ') || rest.startsWith('want to ') || rest.startsWith('need to ');
}

function endsWithColon(text: string, line: Line): boolean {
  const k = endBeforeClosers(text, line.start, line.end);
  return k > line.start && (text.charCodeAt(k - 1) === 58 || text.charCodeAt(k - 1) === 0xff1a);
}

/**
 * Could this line be a heading on its own? Short (word count), no `.`/`!`/`…` ending it and no sentence inside
 * it, not ending on a comma, dash or a word that needs more words after it. A short question ("So what?") is a
 * heading only when it opens its paragraph; after a sentence on the line above it is a question in the prose
 * ("I froze.\nWhy?").
 */
function looksLikeHeading(text: string, line: Line, allowQuestion: boolean): boolean {
  if (line.itemStart >= 0 || line.start >= line.end) return false;
  if (line.hashHeading) return true;
  let words = 0;
  let inWord = false;
  for (let i = line.start; i < line.end; i++) {
    if (isSpace(text.charCodeAt(i))) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++words > MAX_HEADING_WORDS) return false;
    }
  }
  const k = endBeforeClosers(text, line.start, line.end);
  if (k === line.start) return false;
  const last = text.charCodeAt(k - 1);
  if (last === 63 || last === 0xff1f) {
    if (!allowQuestion || words > MAX_QUESTION_HEADING_WORDS) return false;
    return nextSentenceEnd(text, line.start, line.start, line.end, true) < 0;
  }
  if (isTerminal(last)) return false;
  // A comma, semicolon, dash, slash, ampersand or opening bracket leaves the line hanging.
  if (last === 44 || last === 59 || last === 45 || last === 0x2013 || last === 0x2014 || last === 47 || last === 38) {
    return false;
  }
  if (isOpener(last)) return false;
  if (last === 58 || last === 0xff1a) {
    return hasWordChar(text, line.start, k) && nextSentenceEnd(text, line.start, line.start, line.end, true) < 0;
  }
  // The last word, lower-cased, must not be one that needs a continuation.
  let w = k;
  while (w > line.start && isLetterAt(text, w - 1)) w--;
  if (w < k && k - w <= 7 && DANGLING_WORDS.has(text.slice(w, k).toLowerCase())) return false;
  // A sentence mark inside the line ("We met. Then it rained", "it rained. we got wet") makes it prose.
  return hasWordChar(text, line.start, k) && nextSentenceEnd(text, line.start, line.start, line.end, true) < 0;
}

/** A line of at most MAX_SALUTATION_WORDS words ending with a comma, with no sentence inside it. */
function isSalutation(text: string, line: Line): boolean {
  if (line.itemStart >= 0 || line.start >= line.end || text.charCodeAt(line.end - 1) !== 44) return false;
  let words = 0;
  let inWord = false;
  for (let i = line.start; i < line.end; i++) {
    if (isSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > MAX_SALUTATION_WORDS) return false;
    }
  }
  return hasLetterOrDigit(text, line.start, line.end) && nextSentenceEnd(text, line.start, line.start, line.end, true) < 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Splitting

type Kind = SentenceSpan['kind'];

/**
 * Is the period at `dot` (its run of terminal characters ends before `next`, the first character of the
 * following word) part of an abbreviation or initial rather than the end of a sentence?
 */
function isAbbreviationDot(text: string, segStart: number, dot: number, next: number): boolean {
  let t = dot;
  // Abbreviations are short: look back at most 12 code units over letters and internal periods.
  while (t > segStart && dot - t < 12) {
    const c = text.charCodeAt(t - 1);
    if (c === 46 || isLetterAt(text, t - 1)) t--;
    else break;
  }
  if (t === dot) return false;
  if (t > segStart && dot - t >= 12 && isLetterAt(text, t - 1)) return false; // a long word, not an abbreviation
  const word = text.slice(t, dot);
  // A lone capital before the period is an initial ("J. K. Rowling").
  if ((dot - t === 1 || (dot - t === 2 && word.codePointAt(0)! > 0xffff)) && RE_UPPER.test(word)) return true;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && isDigit(text.charCodeAt(next))) return true;
  return false;
}

/**
 * Find the first sentence ending in [from, e) of the segment that starts at `segStart`: returns the offset just
 * after its final mark and closing quotes (whitespace and the next sentence follow), or -1 when there is none.
 * With `anyNextWord`, a mark before a lower-case word counts too (to tell a heading from lower-case prose).
 */
function nextSentenceEnd(text: string, segStart: number, from: number, e: number, anyNextWord = false): number {
  let i = from;
  while (i < e) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    // The run of terminal punctuation and closing quotes/brackets: `.`, `?!`, `...`, `.”`, `?")`.
    let runEnd = i + 1;
    let onlyPeriods = c === 46;
    let periods = c === 46 ? 1 : 0;
    while (runEnd < e) {
      const d = text.charCodeAt(runEnd);
      if (isTerminal(d)) {
        if (d !== 46) onlyPeriods = false;
        else periods++;
      } else if (!isCloser(d)) {
        break;
      }
      runEnd++;
    }
    if (runEnd >= e) return -1;
    if (!isSpace(text.charCodeAt(runEnd))) {
      i = runEnd;
      continue;
    }
    const next = skipSpaces(text, runEnd, e);
    if (next >= e) return -1;
    // Not before a lower-case word; and a single period (not an ellipsis) may end an abbreviation or initial.
    if ((anyNextWord || startsSentence(text, next)) && !(onlyPeriods && periods === 1 && isAbbreviationDot(text, segStart, i, next))) {
      return runEnd;
    }
    i = next;
  }
  return -1;
}

function skipSpaces(text: string, i: number, e: number): number {
  while (i < e && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Split the segment [s, e) (trimmed, inside one paragraph) into sentences of the given kind. */
function splitSegment(text: string, s: number, e: number, kind: Kind, paragraph: number, out: SentenceSpan[]): void {
  const first = out.length;
  let spanStart = s;
  for (;;) {
    const end = nextSentenceEnd(text, s, spanStart, e);
    if (end < 0) break;
    pushSpan(text, spanStart, end, kind, paragraph, out);
    spanStart = skipSpaces(text, end, e);
  }
  // A trailing emoji with no words ("It went well. 👍") belongs to the sentence before it.
  if (out.length > first && spanStart < e && !hasLetterOrDigit(text, spanStart, e)) {
    pushSpan(text, out[out.length - 1].start, e, kind, paragraph, out);
    out.splice(out.length - 2, 1);
    return;
  }
  pushSpan(text, spanStart, e, kind, paragraph, out);
}

function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? isAsciiAlnum(c) : /^[\p{L}\p{N}]/u.test(codePointText(text, i))) return true;
  }
  return false;
}

function pushSpan(text: string, start: number, end: number, kind: Kind, paragraph: number, out: SentenceSpan[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end && hasWordChar(text, start, end)) out.push({ start, end, paragraph, kind });
}

/** Split one paragraph (its lines, all non-blank) into spans. */
function splitParagraph(text: string, lines: Line[], from: number, to: number, paragraph: number, out: SentenceSpan[]): void {
  // A heading must start a paragraph or follow a line that ended a unit, and be followed by nothing or by a
  // line that does not continue it in lower case (which would mean a hard-wrapped sentence).
  const headingAt = (li: number, afterUnit: boolean): boolean => {
    if (!afterUnit) return false;
    const line = lines[li];
    if (line.hashHeading) return true;
    const nextLine = li + 1 < to ? lines[li + 1] : undefined;
    // A greeting or sign-off on its own line ("Dear diary,", "Best wishes,") before a capitalised line.
    if (nextLine && isSalutation(text, line) && !isLowerAt(text, nextLine.start)) return true;
    if (!looksLikeHeading(text, line, li === from)) return false;
    if (!nextLine) return true;
    return nextLine.itemStart >= 0 || nextLine.hashHeading || endsWithColon(text, line) || !isLowerAt(text, nextLine.start);
  };
  let li = from;
  while (li < to) {
    const line = lines[li];
    if (line.itemStart >= 0) {
      // A list item runs to its line break, plus indented continuation lines that are not items themselves.
      let last = li;
      while (last + 1 < to && lines[last + 1].indented && lines[last + 1].itemStart < 0 && !lines[last + 1].hashHeading) {
        last++;
      }
      splitSegment(text, line.itemStart, lines[last].end, 'list-item', paragraph, out);
      li = last + 1;
      continue;
    }
    if (headingAt(li, true)) {
      pushSpan(text, line.start, line.end, 'heading', paragraph, out);
      li++;
      continue;
    }
    // Prose: join lines until a list item, a heading, or a line ending with ':'.
    let last = li;
    while (last + 1 < to) {
      const cur = lines[last];
      const nextLine = lines[last + 1];
      if (endsWithColon(text, cur) || nextLine.itemStart >= 0 || nextLine.hashHeading) break;
      // Unmarked to-do lines ("Talk to Priya on Thursday\nI will add a note…"): two lines that both open like a step.
      if (!endsWithTerminal(text, cur) && opensLikeStep(text, cur) && opensLikeStep(text, nextLine)) break;
      if (headingAt(last + 1, endsWithTerminal(text, cur))) break;
      last++;
    }
    splitSegment(text, line.start, lines[last].end, 'sentence', paragraph, out);
    li = last + 1;
  }
}

/**
 * A numbered line alone in its paragraph ("1. What happened") is a heading, not a list, when it reads like a
 * heading and neither the paragraph before nor the one after is a list item (a loose list has blank lines
 * between its items). The span keeps the number, as the whole line is the heading.
 */
function isNumberedHeading(text: string, lines: Line[], li: number, previousLast: number): boolean {
  const line = lines[li];
  if (line.itemStart < 0 || isBullet(text.charCodeAt(line.start))) return false;
  if (previousLast >= 0 && lines[previousLast].itemStart >= 0) return false;
  let next = li + 1;
  while (next < lines.length && lines[next].start === lines[next].end) next++;
  if (next < lines.length && lines[next].itemStart >= 0) return false;
  return looksLikeHeading(text, { ...line, start: line.itemStart, itemStart: -1 }, true);
}

/**
 * Split `text` into ordered, non-overlapping, trimmed spans: sentences, headings and list items.
 * Deterministic and linear in the length of the text; never throws.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    const lines = readLines(text);
    let paragraph = 0;
    let from = 0;
    let previousLast = -1; // last line of the previous paragraph
    while (from < lines.length) {
      while (from < lines.length && lines[from].start === lines[from].end) from++;
      if (from >= lines.length) break;
      let to = from + 1;
      while (to < lines.length && lines[to].start < lines[to].end && !lines[to - 1].paragraphBreakAfter) to++;
      const before = out.length;
      if (to === from + 1 && isNumberedHeading(text, lines, from, previousLast)) {
        pushSpan(text, lines[from].start, lines[from].end, 'heading', paragraph, out);
      } else {
        splitParagraph(text, lines, from, to, paragraph, out);
      }
      if (out.length > before) paragraph++;
      previousLast = to - 1;
      from = to;
    }
  } catch {
    // Nothing above should throw; if it ever does, fall back to whatever was found rather than break the editor.
  }
  return out;
}
