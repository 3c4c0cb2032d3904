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
  private pieces: Array<{ node: Text; start: number }> = [];
  /** Per piece drawn: its run styling ('' for plain text), so a keystroke can update text in place. */
  private pieceStyles: string[] = [];
  private endsWithNewline = false;
  private renderedText: string | null = null;
  private renderedRunsKey = '';

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
    ].join(';');
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
    for (const property of COPIED_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) this.content.style.setProperty(property, value);
    }
    // A textarea wraps long words and keeps spaces even when the page's CSS says otherwise on the mirror's side.
    if (!style.getPropertyValue('white-space')) this.content.style.setProperty('white-space', 'pre-wrap');
    const paddingLeft = parseFloat(style.paddingLeft) || 0;
    const paddingRight = parseFloat(style.paddingRight) || 0;
    this.content.style.width = `${Math.max(0, textarea.clientWidth - paddingLeft - paddingRight)}px`;
    this.content.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;

    const offset = frameOffset(win);
    const left = rect.left + textarea.clientLeft + offset.x;
    const top = rect.top + textarea.clientTop + offset.y;
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

  /** Render the text with its marked runs (runs may overlap: the later run's style wins where they do). */
  render(text: string, runs: MirrorRun[]): void {
    const runsKey = JSON.stringify(runs);
    if (text === this.renderedText && runsKey === this.renderedRunsKey) return;
    this.renderedText = text;
    this.renderedRunsKey = runsKey;
    const doc = this.content.ownerDocument;
    const boundaries = new Set<number>([0, text.length]);
    for (const run of runs) {
      boundaries.add(clamp(run.start, 0, text.length));
      boundaries.add(clamp(run.end, 0, text.length));
    }
    const cuts = Array.from(boundaries).sort((a, b) => a - b);
    const plan: Array<{ start: number; end: number; covering: MirrorRun[]; style: string }> = [];
    for (let i = 0; i < cuts.length - 1; i++) {
      const start = cuts[i];
      const end = cuts[i + 1];
      if (end <= start) continue;
      const covering = runs.filter((run) => run.start <= start && run.end >= end);
      plan.push({ start, end, covering, style: covering.map((run) => `${run.style}|${run.kind ?? ''}`).join(';') });
    }
    // Typing moves the runs but keeps their words: the same pieces with the same styles, one text changed. Then
    // update those text nodes in place. Rebuilding the whole mirror per keystroke made the browser lay out and
    // repaint the whole essay each time (long tasks on a 3,000-word essay, tests/e2e/speed.e2e.test.ts).
    const sameShape =
      plan.length === this.pieces.length &&
      text.endsWith('\n') === this.endsWithNewline &&
      plan.every((piece, i) => piece.style === this.pieceStyles[i]);
    if (sameShape) {
      plan.forEach((piece, i) => {
        const drawn = this.pieces[i];
        const data = text.slice(piece.start, piece.end);
        if (drawn.node.data !== data) drawn.node.data = data;
        drawn.start = piece.start;
      });
      return;
    }
    this.content.textContent = '';
    this.pieces = [];
    this.pieceStyles = plan.map((piece) => piece.style);
    this.endsWithNewline = text.endsWith('\n');
    for (const { start, end, covering } of plan) {
      const node = doc.createTextNode(text.slice(start, end));
      if (covering.length > 0) {
        const span = doc.createElement('span');
        span.style.cssText = covering.map((run) => run.style).join(';');
        const kinds = covering.map((run) => run.kind).filter((kind): kind is string => !!kind);
        if (kinds.length) {
          span.dataset.kind = kinds.join(' ');
          // The run drawn on top (runs come in painting order) names the finding's rule, a stable hook for tests.
          const rule = kinds.filter((kind) => !kind.startsWith('tint-') && kind !== 'active').pop();
          if (rule) span.dataset.rule = rule;
        }
        span.appendChild(node);
        this.content.appendChild(span);
      } else {
        this.content.appendChild(node);
      }
      this.pieces.push({ node, start });
    }
    // A trailing newline opens a line in a textarea but not in a div: keep the heights equal.
    if (text.endsWith('\n')) this.content.appendChild(doc.createTextNode('\u200B'));
  }

  /** Client rects of [start, end) in the top viewport (call sync and render first). */
  rectsFor(start: number, end: number): DOMRect[] {
    const rects: DOMRect[] = [];
    const doc = this.content.ownerDocument;
    for (let i = 0; i < this.pieces.length; i++) {
      const piece = this.pieces[i];
      const pieceEnd = piece.start + piece.node.data.length;
      const from = Math.max(start, piece.start);
      const to = Math.min(end, pieceEnd);
      if (to <= from) continue;
      const range = doc.createRange();
      range.setStart(piece.node, from - piece.start);
      range.setEnd(piece.node, to - piece.start);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width > 0 || rect.height > 0) rects.push(new DOMRect(rect.left, rect.top, rect.width, rect.height));
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
    this.pieces = [];
  }

  private hide(): boolean {
    this.box.style.display = 'none';
    return false;
  }
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
