/**
 * The Highlighter draws findings (and, optionally, section tints) in a field without changing the field:
 * - contenteditable kinds (incl. TinyMCE in its iframe): the CSS Custom Highlight API in the field's document;
 * - <textarea>: a mirror overlay inside our shadow root (the caller's `overlayContainer`).
 *
 * Spans refer to a text. While the writer types, the highlighter moves them with the edit (findings the edit
 * touches disappear; tints stretch) until the caller sends spans for the new text.
 */
import type { EditorAdapter } from '../editors/types';
import { documentOf, windowOf } from '../editors/dom';
import { acquireMeasureRoot, releaseMeasureRoot, type MirrorRun } from '../editors/textarea-mirror';
import { CustomHighlightPainter, supportsCustomHighlights } from './custom-highlight';
import { shiftSpans } from './shift-spans';
import { kindStyle, tintDeclarations, TINT_PRIORITY } from './styles';
import { TextareaOverlay } from './textarea-overlay';
import type { HighlightSpan, SectionTint } from './types';

export interface HighlighterOptions {
  /**
   * An element (or shadow root) inside OUR shadow root, for the textarea overlay. Without it the overlay goes in
   * a <reflect-lens-overlay> host of our own on the top document's root.
   */
  overlayContainer?: Element | ShadowRoot;
}

export interface Highlighter {
  /** Underline these spans; `forText` is the text they were computed on (defaults to the current text). */
  setSpans(spans: readonly HighlightSpan[], forText?: string): void;
  /** Tint sentences by section, or null to stop ("show structure" off). */
  setTints(tints: readonly SectionTint[] | null, forText?: string): void;
  /** Emphasise one span (the finding the writer clicked), or null. */
  setActive(span: { start: number; end: number } | null): void;
  /** Redraw now (e.g. after the caller knows layout changed). */
  refresh(): void;
  /** Remove every trace: ranges, style sheet, overlay, listeners. */
  destroy(): void;
}

type Painter =
  | { type: 'custom'; painter: CustomHighlightPainter }
  | { type: 'overlay'; overlay: TextareaOverlay }
  | { type: 'none' };

export function createHighlighter(adapter: EditorAdapter, options: HighlighterOptions = {}): Highlighter {
  return new FieldHighlighter(adapter, options);
}

class FieldHighlighter implements Highlighter {
  private spans: HighlightSpan[] = [];
  private tints: SectionTint[] = [];
  private active: HighlightSpan | null = null;
  private baseText: string;
  private readonly painter: Painter;
  private readonly unobserve: () => void;
  private frame = 0;
  private destroyed = false;
  private ownsOverlayHost = false;

  constructor(
    private readonly adapter: EditorAdapter,
    options: HighlighterOptions,
  ) {
    this.baseText = adapter.getText();
    const element = adapter.element;
    if (adapter.kind === 'textarea') {
      let container = options.overlayContainer;
      if (!container) {
        // No container from the caller: our own <reflect-lens-overlay> host (released on destroy).
        container = acquireMeasureRoot();
        this.ownsOverlayHost = true;
      }
      this.painter = { type: 'overlay', overlay: new TextareaOverlay(element as HTMLTextAreaElement, container) };
    } else {
      const win = windowOf(element);
      this.painter = supportsCustomHighlights(win)
        ? { type: 'custom', painter: new CustomHighlightPainter(documentOf(element), win) }
        : { type: 'none' };
    }
    this.unobserve = adapter.observe(() => this.scheduleRender());
  }

  setSpans(spans: readonly HighlightSpan[], forText?: string): void {
    const current = this.adapter.getText();
    const base = forText ?? current;
    this.spans = shiftSpans(base, current, spans.filter(isValidSpan), 'drop');
    if (this.baseText !== current) {
      this.tints = shiftSpans(this.baseText, current, this.tints, 'stretch');
      this.active = this.active ? shiftSpans(this.baseText, current, [this.active], 'drop')[0] ?? null : null;
    }
    this.baseText = current;
    this.render();
  }

  setTints(tints: readonly SectionTint[] | null, forText?: string): void {
    const current = this.adapter.getText();
    const order = new Map<string, number>();
    const slotted = (tints ?? []).filter(isValidSpan).map((tint) => {
      if (!order.has(tint.section)) order.set(tint.section, order.size);
      return { ...tint, index: tint.index ?? order.get(tint.section) };
    });
    this.tints = shiftSpans(forText ?? current, current, slotted, 'stretch');
    if (this.baseText !== current) {
      this.spans = shiftSpans(this.baseText, current, this.spans, 'drop');
      this.active = this.active ? shiftSpans(this.baseText, current, [this.active], 'drop')[0] ?? null : null;
    }
    this.baseText = current;
    this.render();
  }

  setActive(span: { start: number; end: number } | null): void {
    this.active = span && span.end > span.start ? { start: span.start, end: span.end, kind: 'active' } : null;
    this.render();
  }

  refresh(): void {
    this.followText();
    this.render();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.frame) windowOf(this.adapter.element).cancelAnimationFrame(this.frame);
    this.unobserve();
    if (this.painter.type === 'custom') this.painter.painter.destroy();
    if (this.painter.type === 'overlay') this.painter.overlay.destroy();
    if (this.ownsOverlayHost) releaseMeasureRoot();
    this.spans = [];
    this.tints = [];
  }

  private scheduleRender(): void {
    if (this.destroyed || this.frame) return;
    this.frame = windowOf(this.adapter.element).requestAnimationFrame(() => {
      this.frame = 0;
      this.refresh();
    });
  }

  /** Move spans along with whatever the writer typed since they were set. */
  private followText(): void {
    const current = this.adapter.getText();
    if (current === this.baseText) return;
    this.spans = shiftSpans(this.baseText, current, this.spans, 'drop');
    this.tints = shiftSpans(this.baseText, current, this.tints, 'stretch');
    this.active = this.active ? shiftSpans(this.baseText, current, [this.active], 'drop')[0] ?? null : null;
    this.baseText = current;
  }

  private render(): void {
    if (this.destroyed) return;
    const spans = this.active ? [...this.spans, this.active] : this.spans;
    if (this.painter.type === 'custom') {
      const kindRanges: Array<{ kind: string; range: Range }> = [];
      for (const span of spans) {
        const range = this.adapter.rangeFor(span.start, span.end);
        if (range && !range.collapsed) kindRanges.push({ kind: span.kind, range });
      }
      const tintRanges: Array<{ slot: number; range: Range }> = [];
      for (const tint of this.tints) {
        const range = this.adapter.rangeFor(tint.start, tint.end);
        if (range && !range.collapsed) tintRanges.push({ slot: tint.index ?? 0, range });
      }
      this.painter.painter.paint(kindRanges, tintRanges);
    } else if (this.painter.type === 'overlay') {
      // Tints first, then kinds by priority: where runs overlap, the later style wins.
      const runs: Array<MirrorRun & { priority: number }> = [
        ...this.tints.map((tint) => ({
          start: tint.start,
          end: tint.end,
          style: tintDeclarations(tint.index ?? 0),
          kind: `tint-${tint.section}`,
          priority: TINT_PRIORITY,
        })),
        ...spans.map((span) => ({ start: span.start, end: span.end, style: kindStyle(span.kind).declarations, kind: span.kind, priority: kindStyle(span.kind).priority })),
      ];
      runs.sort((a, b) => a.priority - b.priority);
      this.painter.overlay.render(this.adapter.getText(), runs.map(({ priority: _priority, ...run }) => run));
    }
  }
}

function isValidSpan(span: { start: number; end: number }): boolean {
  return Number.isFinite(span.start) && Number.isFinite(span.end) && span.end > span.start && span.start >= 0;
}
