/**
 * A mirror of a <textarea>: a div with the same font, padding, width and wrapping, placed exactly over the
 * textarea (fixed, in top-viewport coordinates) and scrolled like it. A textarea has no DOM for its text, so this
 * is how we learn where a character is drawn (rects) and how we draw underlines over it (the overlay).
 *
 * The mirror always lives in OUR shadow root (a container the caller gives, or a measuring host of our own), never
 * in the page's DOM, and never changes the textarea.
 */
import { frameOffset, windowOf } from './dom';

/** Computed properties that decide where glyphs land. */
const COPIED_PROPERTIES = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-size-adjust', 'font-kerning', 'font-feature-settings', 'font-variation-settings', 'font-optical-sizing',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'text-align', 'text-rendering',
  'tab-size', 'white-space', 'white-space-collapse', 'text-wrap', 'text-wrap-mode', 'word-break', 'overflow-wrap',
  'hyphens', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'writing-mode', 'unicode-bidi',
];

/** A marked run of the mirror text: its inline style draws the underline or the tint. */
export interface MirrorRun {
  start: number;
  end: number;
  style: string;
  /** Kept as data-kind on the run, for tests and debugging. */
  kind?: string;
}

export class TextareaMirror {
  /** The clipping box over the textarea's padding box. */
  readonly box: HTMLDivElement;
  private readonly content: HTMLDivElement;
  /** The lines drawn, in order, each with its text nodes. */
  private lines: DrawnLine[] = [];
  private renderedText: string | null = null;
  private renderedRunsKey = '';
  private readonly visible: boolean;
  /** The geometry last written, so a sync that finds nothing moved writes nothing (no style or layout work). */
  private copiedStyle = '';
  private placedAt = '';

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: Element | ShadowRoot,
    options: { visible: boolean },
  ) {
    const doc = (container as Node).ownerDocument ?? document;
    this.box = doc.createElement('div');
    this.content = doc.createElement('div');
    this.box.setAttribute('part', 'textarea-overlay');
    this.box.style.cssText = [
      'position: fixed', 'left: 0', 'top: 0', 'width: 0', 'height: 0', 'overflow: hidden', 'pointer-events: none',
      'margin: 0', 'padding: 0', 'border: 0', 'background: transparent', 'z-index: 2147483646',
      `visibility: ${options.visible ? 'visible' : 'hidden'}`,
    ].join(';');
    this.content.style.cssText = [
      'position: absolute', 'left: 0', 'top: 0', 'margin: 0', 'border: 0', 'box-sizing: content-box',
      'color: transparent', 'background: transparent', 'pointer-events: none', 'user-select: none',
      'transform-origin: 0 0',
      // Only the marked runs are drawn (visibility: visible on each); the rest of the essay is laid out but never
      // painted, so a keystroke repaints a few underlines rather than a screenful of transparent text.
      'visibility: hidden',
    ].join(';');
    this.visible = options.visible;
    this.box.appendChild(this.content);
    container.appendChild(this.box);
  }

  /**
   * Copy the textarea's geometry and styles, and place the box over it. Returns false when the textarea is not
   * rendered (detached or display:none), in which case the box hides.
   */
  sync(): boolean {
    const textarea = this.textarea;
    const win = windowOf(textarea);
    if (!textarea.isConnected) return this.hide();
    const rect = textarea.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return this.hide();
    const style = win.getComputedStyle(textarea);
    if (style.display === 'none') return this.hide();
    const values = COPIED_PROPERTIES.map((property) => style.getPropertyValue(property));
    const paddingLeft = parseFloat(style.paddingLeft) || 0;
    const paddingRight = parseFloat(style.paddingRight) || 0;
    const width = `${Math.max(0, textarea.clientWidth - paddingLeft - paddingRight)}px`;
    const copied = `${values.join('|')}|${width}`;
    if (copied !== this.copiedStyle) {
      this.copiedStyle = copied;
      COPIED_PROPERTIES.forEach((property, i) => {
        if (values[i]) this.content.style.setProperty(property, values[i]);
      });
      // A textarea wraps long words and keeps spaces even when the page's CSS says otherwise on the mirror's side.
      if (!style.getPropertyValue('white-space')) this.content.style.setProperty('white-space', 'pre-wrap');
      this.content.style.width = width;
    }
    const transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
    if (this.content.style.transform !== transform) this.content.style.transform = transform;

    const offset = frameOffset(win);
    const left = rect.left + textarea.clientLeft + offset.x;
    const top = rect.top + textarea.clientTop + offset.y;
    const placedAt = `${left},${top},${textarea.clientWidth},${textarea.clientHeight}`;
    if (placedAt === this.placedAt && this.box.style.display === 'block') return true;
    this.placedAt = placedAt;
    this.box.style.display = 'block';
    this.box.style.width = `${textarea.clientWidth}px`;
    this.box.style.height = `${textarea.clientHeight}px`;
    this.box.style.left = `${left}px`;
    this.box.style.top = `${top}px`;
    // position: fixed can be relative to a transformed ancestor of our host: correct by what actually happened.
    const placed = this.box.getBoundingClientRect();
    const dx = left - placed.left;
    const dy = top - placed.top;
    if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
      this.box.style.left = `${left + dx}px`;
      this.box.style.top = `${top + dy}px`;
    }
    return true;
  }

  /**
   * Render the text with its marked runs (runs may overlap: the later run's style wins where they do).
   *
   * One block per line of the textarea (a hard line break starts a new one), each redrawn only when its own
   * text or runs changed. A single block for the whole essay made every keystroke, and every new report, lay
   * out all of it again (150–180 ms of layout per typing run on a 3,000-word essay, tests/e2e/speed.e2e.test.ts);
   * now a keystroke lays out one paragraph, and a new report only the paragraphs whose underlines moved.
   */
  render(text: string, runs: MirrorRun[]): void {
    const runsKey = JSON.stringify(runs);
    if (text === this.renderedText && runsKey === this.renderedRunsKey) return;
    this.renderedText = text;
    this.renderedRunsKey = runsKey;
    const wanted = planLines(text, runs);
    const drawn = this.lines;
    // Keep the unchanged lines at both ends; redraw (reusing their elements) or add/remove the ones between.
    let head = 0;
    while (head < wanted.length && head < drawn.length && wanted[head].key === drawn[head].key) head++;
    let tail = 0;
    while (
      tail < wanted.length - head &&
      tail < drawn.length - head &&
      wanted[wanted.length - 1 - tail].key === drawn[drawn.length - 1 - tail].key
    ) {
      tail++;
    }
    const oldMiddle = drawn.slice(head, drawn.length - tail);
    const newMiddle = wanted.slice(head, wanted.length - tail);
    const before = drawn[drawn.length - tail]?.element ?? null;
    const lines: DrawnLine[] = drawn.slice(0, head);
    newMiddle.forEach((plan, i) => {
      const reuse = oldMiddle[i];
      const element = reuse?.element ?? this.content.ownerDocument.createElement('div');
      const pieces = this.fillLine(element, plan, lines.length === 0);
      if (!reuse) this.content.insertBefore(element, before);
      lines.push({ element, key: plan.key, start: plan.start, pieces });
    });
    for (const extra of oldMiddle.slice(newMiddle.length)) extra.element.remove();
    lines.push(...drawn.slice(drawn.length - tail));
    // Lines kept as they were may still have moved in the text (an edit above them).
    for (let i = 0; i < lines.length; i++) lines[i].start = wanted[i].start;
    this.lines = lines;
  }

  /** Fill one line's element with its text and styled runs; returns its text nodes with their offsets in the line. */
  private fillLine(element: HTMLDivElement, plan: LinePlan, first: boolean): Array<{ node: Text; start: number }> {
    const doc = this.content.ownerDocument;
    element.textContent = '';
    // text-indent belongs to the textarea's first line only.
    element.style.cssText = first ? '' : 'text-indent: 0';
    const pieces: Array<{ node: Text; start: number }> = [];
    for (const { start, end, covering } of plan.pieces) {
      const node = doc.createTextNode(plan.text.slice(start, end));
      if (covering.length > 0) {
        const span = doc.createElement('span');
        span.style.cssText = covering.map((run) => run.style).join(';');
        if (this.visible) span.style.visibility = 'visible';
        const kinds = covering.map((run) => run.kind).filter((kind): kind is string => !!kind);
        if (kinds.length) {
          span.dataset.kind = kinds.join(' ');
          // The run drawn on top (runs come in painting order) names the finding's rule, a stable hook for tests.
          const rule = kinds.filter((kind) => !kind.startsWith('tint-') && kind !== 'active').pop();
          if (rule) span.dataset.rule = rule;
        }
        span.appendChild(node);
        element.appendChild(span);
      } else {
        element.appendChild(node);
      }
      pieces.push({ node, start });
    }
    // An empty line still takes a line's height in the textarea (a blank line, or a trailing newline).
    if (plan.text.length === 0) element.appendChild(doc.createTextNode('\u200B'));
    return pieces;
  }

  /** Client rects of [start, end) in the top viewport (call sync and render first). */
  rectsFor(start: number, end: number): DOMRect[] {
    const rects: DOMRect[] = [];
    const doc = this.content.ownerDocument;
    for (const line of this.lines) {
      for (const piece of line.pieces) {
        const pieceStart = line.start + piece.start;
        const pieceEnd = pieceStart + piece.node.data.length;
        const from = Math.max(start, pieceStart);
        const to = Math.min(end, pieceEnd);
        if (to <= from) continue;
        const range = doc.createRange();
        range.setStart(piece.node, from - pieceStart);
        range.setEnd(piece.node, to - pieceStart);
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width > 0 || rect.height > 0) rects.push(new DOMRect(rect.left, rect.top, rect.width, rect.height));
        }
      }
    }
    return rects;
  }

  /** Vertical position of [start, end) inside the textarea's scrolled content (for scrolling it into view). */
  contentTopOf(start: number, end: number): { top: number; bottom: number } | null {
    const rects = this.rectsFor(start, Math.max(end, start + 1));
    if (rects.length === 0) return null;
    const boxTop = this.box.getBoundingClientRect().top;
    const scrollTop = this.textarea.scrollTop;
    return { top: rects[0].top - boxTop + scrollTop, bottom: rects[rects.length - 1].bottom - boxTop + scrollTop };
  }

  destroy(): void {
    this.box.remove();
    this.lines = [];
  }

  private hide(): boolean {
    this.box.style.display = 'none';
    return false;
  }
}

interface DrawnLine {
  element: HTMLDivElement;
  key: string;
  /** Offset of the line's first character in the text. */
  start: number;
  /** Text nodes, with offsets inside the line. */
  pieces: Array<{ node: Text; start: number }>;
}

interface LinePlan {
  text: string;
  start: number;
  /** The line's text and runs: equal keys draw the same. */
  key: string;
  pieces: Array<{ start: number; end: number; covering: MirrorRun[] }>;
}

/** Split the text at its line breaks; each line with the runs over it, cut into pieces of one styling each. */
function planLines(text: string, runs: MirrorRun[]): LinePlan[] {
  const plans: LinePlan[] = [];
  const clipped = runs
    .map((run) => ({ ...run, start: clamp(run.start, 0, text.length), end: clamp(run.end, 0, text.length) }))
    .filter((run) => run.end > run.start);
  let lineStart = 0;
  while (lineStart <= text.length) {
    const breakAt = text.indexOf('\n', lineStart);
    const lineEnd = breakAt === -1 ? text.length : breakAt;
    const lineText = text.slice(lineStart, lineEnd);
    // Runs over this line, in the line's own offsets, still in painting order.
    const local: MirrorRun[] = [];
    for (const run of clipped) {
      if (run.end <= lineStart || run.start >= lineEnd) continue;
      local.push({ ...run, start: Math.max(run.start, lineStart) - lineStart, end: Math.min(run.end, lineEnd) - lineStart });
    }
    const cuts = Array.from(new Set([0, lineText.length, ...local.flatMap((run) => [run.start, run.end])])).sort((a, b) => a - b);
    const pieces: LinePlan['pieces'] = [];
    for (let i = 0; i < cuts.length - 1; i++) {
      const start = cuts[i];
      const end = cuts[i + 1];
      if (end <= start) continue;
      pieces.push({ start, end, covering: local.filter((run) => run.start <= start && run.end >= end) });
    }
    const runsKey = local.map((run) => `${run.start},${run.end},${run.style}|${run.kind ?? ''}`).join(';');
    // The first line is drawn differently (text-indent), so it never shares a key with a later one.
    const first = plans.length === 0 ? '^' : '';
    plans.push({ text: lineText, start: lineStart, key: `${first}${lineText}\u0000${runsKey}`, pieces });
    if (breakAt === -1) break;
    lineStart = breakAt + 1;
  }
  return plans;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/**
 * A measuring host of our own, for adapters that were given no container: `<reflect-lens-overlay>` on the top
 * document's root (the one kind of page change allowed before Apply), with an open shadow root. Removed when the
 * last user releases it.
 */
let measureHost: HTMLElement | null = null;
let measureUsers = 0;

export function acquireMeasureRoot(): ShadowRoot {
  if (!measureHost || !measureHost.isConnected) {
    measureHost = document.createElement('reflect-lens-overlay');
    measureHost.style.cssText =
      'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; z-index: 2147483646;';
    measureHost.attachShadow({ mode: 'open' });
    document.documentElement.appendChild(measureHost);
  }
  measureUsers++;
  return measureHost.shadowRoot as ShadowRoot;
}

export function releaseMeasureRoot(): void {
  measureUsers = Math.max(0, measureUsers - 1);
  if (measureUsers === 0 && measureHost) {
    measureHost.remove();
    measureHost = null;
  }
}
