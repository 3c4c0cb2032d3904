/**
 * The plain-text model of a contenteditable region, and the mapping between text offsets and DOM positions.
 *
 * The text is what the writer sees: block elements end lines ("\n") or paragraphs ("\n\n"), <br> is a line break,
 * collapsible whitespace collapses the way the browser renders it, no-break spaces read as spaces, and editor
 * fillers (placeholder <br>s, zero-width caret characters) vanish. Every character that comes from a text node
 * remembers where it came from (a segment), so a text offset maps back to a (Text, offset) position; the line
 * breaks that come from elements are synthetic and map to the nearest text position.
 *
 * The model is a snapshot: callers rebuild it whenever the DOM may have changed (see ContentEditableAdapter),
 * so no Text node outlives the DOM it was read from.
 */
import { isElement, isTextNode, tagOf } from './dom';

/** A run of model characters that come one-for-one from a run of characters in a Text node. */
export interface TextSegment {
  node: Text;
  /** Offset in node.data of the first character. */
  nodeStart: number;
  /** Offset in the model text of the first character. */
  modelStart: number;
  length: number;
}

export interface TextModel {
  text: string;
  segments: TextSegment[];
}

/** Per-editor differences in how the DOM reads as text. */
export interface TextModelQuirks {
  /** Elements whose whole subtree is editor UI, not the writer's text. */
  isSkipped?(element: Element): boolean;
  /** A <br> that only keeps an empty line open (not a line break the writer typed). */
  isFillerBreak?(br: Element): boolean;
  /** How strong a break a block makes: 1 = "\n" (a line), 2 = "\n\n" (a paragraph). Undefined = default. */
  blockBreak?(element: Element): 0 | 1 | 2 | undefined;
}

/** Blocks that make paragraphs. */
const PARAGRAPH_BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'HR',
  'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'ADDRESS', 'DETAILS', 'FIELDSET', 'MAIN', 'NAV',
]);
/** Blocks that make lines. */
const LINE_BLOCKS = new Set([
  'DIV', 'LI', 'DT', 'DD', 'TR', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'SUMMARY', 'LEGEND', 'THEAD', 'TBODY', 'TFOOT',
  'CENTER', 'FORM', 'OPTION',
]);
/** Never text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH', 'OBJECT', 'EMBED', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

/** Invisible characters editors insert as caret holders: zero-width space, word joiner (CKEditor's inline filler), BOM (TinyMCE's caret). */
const INVISIBLE = /[\u200B\u2060\uFEFF]/;
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]/;

type WhiteSpaceMode = 'collapse' | 'preserve' | 'preserve-breaks';

function defaultBlockBreak(element: Element): 0 | 1 | 2 {
  const tag = tagOf(element);
  if (PARAGRAPH_BLOCKS.has(tag)) return 2;
  if (LINE_BLOCKS.has(tag)) return 1;
  return 0;
}

function whiteSpaceModeOf(element: Element, cache: Map<Element, WhiteSpaceMode>): WhiteSpaceMode {
  const cached = cache.get(element);
  if (cached) return cached;
  let mode: WhiteSpaceMode = 'collapse';
  const view = element.ownerDocument?.defaultView;
  const style = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle(element) : null;
  // `white-space-collapse` is the longhand in current browsers; `white-space` the shorthand elsewhere.
  const collapse = (style as (CSSStyleDeclaration & { whiteSpaceCollapse?: string }) | null)?.whiteSpaceCollapse;
  const shorthand = style?.whiteSpace ?? '';
  if (collapse) {
    mode = collapse === 'collapse' ? 'collapse' : collapse === 'preserve-breaks' ? 'preserve-breaks' : 'preserve';
  } else if (shorthand) {
    mode = /^(pre|pre-wrap|break-spaces)$/.test(shorthand) ? 'preserve' : shorthand === 'pre-line' ? 'preserve-breaks' : 'collapse';
  } else if (element.closest('pre')) {
    mode = 'preserve';
  }
  cache.set(element, mode);
  return mode;
}

/** Read the text model of `root` (the contenteditable root or an iframe editor's body). */
export function buildTextModel(root: Element, quirks: TextModelQuirks = {}): TextModel {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';
  /** Break owed before the next content: 0, 1 or 2 newlines (dropped at the very start and end). */
  let pendingBreak = 0;
  /** <br>s seen in the current line; the last one in a block is a filler, the others are line breaks. */
  let pendingBrs = 0;
  /** A collapsible space owed before the next word on the same line, with its source character. */
  let pendingSpace: { node: Text; offset: number } | null = null;
  let lineHasContent = false;
  const whiteSpaceCache = new Map<Element, WhiteSpaceMode>();

  function appendSynthetic(chars: string): void {
    if (!chars) return;
    parts.push(chars);
    length += chars.length;
    lastChar = chars[chars.length - 1];
  }

  function appendMapped(chars: string, node: Text, nodeStart: number): void {
    if (!chars) return;
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.modelStart + last.length === length) {
      last.length += chars.length;
    } else {
      segments.push({ node, nodeStart, modelStart: length, length: chars.length });
    }
    parts.push(chars);
    length += chars.length;
    lastChar = chars[chars.length - 1];
  }

  /** Pay the breaks owed before content starts on the current line. */
  function openLine(): void {
    if (pendingBreak > 0 && length > 0) appendSynthetic('\n'.repeat(pendingBreak));
    pendingBreak = 0;
    if (pendingBrs > 0) {
      if (!lineHasContent && length > 0 && lastChar !== '\n') appendSynthetic('\n');
      appendSynthetic('\n'.repeat(pendingBrs));
      pendingBrs = 0;
      pendingSpace = null;
    }
    lineHasContent = true;
  }

  function emitText(chars: string, node: Text, nodeStart: number): void {
    openLine();
    if (pendingSpace) {
      if (length > 0 && lastChar !== '\n' && lastChar !== ' ') appendMapped(' ', pendingSpace.node, pendingSpace.offset);
      pendingSpace = null;
    }
    appendMapped(chars, node, nodeStart);
  }

  /** A block starts or ends: trailing <br>s resolve, and the next content goes on a new line/paragraph. */
  function blockBoundary(strength: number): void {
    if (pendingBrs > 0) {
      // The last <br> only holds the line open; any before it are real (possibly empty) lines.
      const realLines = pendingBrs - 1;
      pendingBrs = 0;
      if (!lineHasContent) openLine();
      if (realLines > 0) appendSynthetic('\n'.repeat(realLines));
    }
    pendingSpace = null;
    if (strength > 0) {
      pendingBreak = Math.max(pendingBreak, strength);
      lineHasContent = false;
    }
  }

  function readText(node: Text): void {
    const data = node.data;
    if (!data) return;
    const parent = node.parentElement;
    const mode = parent ? whiteSpaceModeOf(parent, whiteSpaceCache) : 'collapse';
    let runStart = -1;
    const flushRun = (end: number) => {
      if (runStart >= 0 && end > runStart) emitText(data.slice(runStart, end).replace(/\u00A0/g, ' '), node, runStart);
      runStart = -1;
    };
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (INVISIBLE.test(ch) || ch === '\r') {
        flushRun(i);
        continue;
      }
      const collapsible = COLLAPSIBLE_SPACE.test(ch);
      if (collapsible && mode === 'collapse') {
        flushRun(i);
        if (!pendingSpace) pendingSpace = { node, offset: i };
        continue;
      }
      if (collapsible && mode === 'preserve-breaks') {
        flushRun(i);
        if (ch === '\n') {
          pendingSpace = null;
          emitText('\n', node, i);
        } else if (!pendingSpace) {
          pendingSpace = { node, offset: i };
        }
        continue;
      }
      if (runStart < 0) runStart = i;
    }
    flushRun(data.length);
  }

  function walk(node: Node): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isTextNode(child)) {
        readText(child);
        continue;
      }
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (SKIPPED_TAGS.has(tag) || (child as HTMLElement).hidden || quirks.isSkipped?.(child)) continue;
      if (tag === 'BR') {
        if (quirks.isFillerBreak?.(child)) {
          // A filler still means "this line exists", which matters for an otherwise empty block.
          if (!lineHasContent) openLine();
          continue;
        }
        pendingSpace = null;
        pendingBrs++;
        continue;
      }
      const strength = quirks.blockBreak?.(child) ?? defaultBlockBreak(child);
      if (strength > 0) blockBoundary(strength);
      walk(child);
      if (strength > 0) blockBoundary(strength);
    }
  }

  walk(root);
  blockBoundary(0);
  return { text: parts.join(''), segments };
}

/** Index of the last segment whose modelStart <= offset, or -1. */
function segmentIndexAtOrBefore(segments: TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid].modelStart <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

export interface DomPosition {
  node: Node;
  offset: number;
}

/**
 * The DOM position of a model offset. `bias` decides offsets that fall between segments (on a synthetic line
 * break, or at a boundary): 'forward' takes the start of the next text, 'backward' the end of the previous one,
 * so a range [start, end) never grows over element boundaries it does not need.
 */
export function positionAt(model: TextModel, root: Node, offset: number, bias: 'forward' | 'backward'): DomPosition {
  const { segments } = model;
  if (segments.length === 0) return { node: root, offset: 0 };
  const index = segmentIndexAtOrBefore(segments, offset);
  if (bias === 'forward') {
    if (index >= 0) {
      const seg = segments[index];
      if (offset < seg.modelStart + seg.length) return { node: seg.node, offset: seg.nodeStart + (offset - seg.modelStart) };
    }
    const next = segments[index + 1];
    if (next) return { node: next.node, offset: next.nodeStart };
    const last = segments[segments.length - 1];
    return { node: last.node, offset: last.nodeStart + last.length };
  }
  // backward: the last segment that starts before offset; its end when offset lies past it (a synthetic break).
  const before = segmentIndexAtOrBefore(segments, offset - 1);
  if (before >= 0) {
    const seg = segments[before];
    return { node: seg.node, offset: seg.nodeStart + Math.min(offset - seg.modelStart, seg.length) };
  }
  return { node: segments[0].node, offset: segments[0].nodeStart };
}

/** The model offset of a DOM position (e.g. the caret), or -1 when it is outside the mapped text. */
export function offsetAt(model: TextModel, node: Node, offset: number): number {
  for (const seg of model.segments) {
    if (seg.node === node && offset >= seg.nodeStart && offset <= seg.nodeStart + seg.length) {
      return seg.modelStart + (offset - seg.nodeStart);
    }
  }
  // An element position: the first segment at or after it in document order.
  for (const seg of model.segments) {
    const target = node.nodeType === 3 ? node : node.childNodes[offset] ?? null;
    if (target && (target === seg.node || target.contains(seg.node) || (target.compareDocumentPosition(seg.node) & 4))) {
      return seg.modelStart;
    }
  }
  return node.nodeType === 3 || node.childNodes.length === 0 ? -1 : model.text.length;
}

/** A Range over [start, end) of the model, in the root's own document. */
export function rangeAt(model: TextModel, root: Node, start: number, end: number): Range {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  const from = positionAt(model, root, start, 'forward');
  range.setStart(from.node, from.offset);
  if (end <= start) {
    range.collapse(true);
    return range;
  }
  const to = positionAt(model, root, end, 'backward');
  range.setEnd(to.node, to.offset);
  // setEnd before the start collapses the range to the end; a span of only synthetic breaks reads as empty.
  if (range.collapsed) range.setStart(to.node, to.offset);
  return range;
}

/** The text segments covering [start, end), cut to that span (for per-line client rects without element boxes). */
export function segmentsIn(model: TextModel, start: number, end: number): TextSegment[] {
  const out: TextSegment[] = [];
  if (end <= start) return out;
  let i = Math.max(0, segmentIndexAtOrBefore(model.segments, start));
  for (; i < model.segments.length; i++) {
    const seg = model.segments[i];
    if (seg.modelStart >= end) break;
    const from = Math.max(start, seg.modelStart);
    const to = Math.min(end, seg.modelStart + seg.length);
    if (to > from) out.push({ node: seg.node, nodeStart: seg.nodeStart + (from - seg.modelStart), modelStart: from, length: to - from });
  }
  return out;
}
