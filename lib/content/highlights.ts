/**
 * The bridge from the controller to lib/highlights: one Highlighter for the field being written in, and the
 * <reflect-lens-overlay> host whose shadow root holds textarea mirrors (underlines are drawn there, over the
 * field, never inside the page's own DOM).
 */
import type { Report } from '../analysis/types';
import type { EditorAdapter } from '../editors/types';
import type { Framework } from '../frameworks/types';
import { createHighlighter, type Highlighter, type HighlightSpan, type SectionTint } from '../highlights';

export const OVERLAY_TAG = 'reflect-lens-overlay';

/** Finding kinds drawn in the field (missing sections have no place in the text). */
const UNDERLINED = new Set(['passive', 'formal', 'long-sentence', 'impersonal']);

const OVERLAY_HOST_CSS =
  ':host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; z-index: 2147483644; }';

export interface HighlightOptions {
  showStructure: boolean;
  framework: Framework;
}

export class FieldHighlights {
  private host: HTMLElement | null = null;
  private highlighter: Highlighter | null = null;
  private adapter: EditorAdapter | null = null;
  private drawnKey: unknown[] = [];

  constructor(private readonly doc: Document) {}

  /** The shadow root textarea mirrors live in; the host is added to the page the first time it is needed. */
  overlayRoot(): ShadowRoot {
    if (!this.host || !this.host.isConnected) {
      const host = this.doc.createElement(OVERLAY_TAG);
      const shadow = host.attachShadow({ mode: 'open' });
      const view = this.doc.defaultView as (Window & typeof globalThis) | null;
      try {
        const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
        sheet.replaceSync(OVERLAY_HOST_CSS);
        shadow.adoptedStyleSheets = [sheet];
      } catch {
        const style = this.doc.createElement('style');
        style.textContent = OVERLAY_HOST_CSS;
        shadow.appendChild(style);
      }
      this.doc.documentElement.appendChild(host);
      this.host = host;
    }
    return this.host.shadowRoot as ShadowRoot;
  }

  attach(adapter: EditorAdapter): void {
    if (this.adapter === adapter) return;
    this.detach();
    this.adapter = adapter;
    this.highlighter = createHighlighter(adapter, {
      overlayContainer: adapter.kind === 'textarea' ? this.overlayRoot() : undefined,
    });
  }

  /**
   * Draw a report's spans. Only redrawn when the report itself (not just its shifted copy while typing) or the
   * structure setting changed: between reports the highlighter moves the spans with the text on its own.
   */
  update(report: Report | null, text: string, version: number, options: HighlightOptions): void {
    const highlighter = this.highlighter;
    if (!highlighter) return;
    const key = [version, options.showStructure, options.framework];
    if (key.every((part, i) => part === this.drawnKey[i])) return;
    this.drawnKey = key;
    if (!report) {
      highlighter.setSpans([], text);
      highlighter.setTints(null, text);
      return;
    }
    const spans: HighlightSpan[] = [];
    for (const finding of report.findings) {
      if (finding.start === undefined || finding.end === undefined || !UNDERLINED.has(finding.rule)) continue;
      spans.push({ start: finding.start, end: finding.end, kind: finding.rule });
    }
    highlighter.setSpans(spans, text);
    if (options.showStructure) {
      const order = options.framework.sections.map((s) => s.id);
      const tints: SectionTint[] = report.sentences
        .filter((s) => s.section !== 'other' && s.end > s.start)
        .map((s) => ({ start: s.start, end: s.end, section: s.section, index: Math.max(0, order.indexOf(s.section)) }));
      highlighter.setTints(tints, text);
    } else {
      highlighter.setTints(null, text);
    }
  }

  /** Emphasise the finding the trainee clicked. */
  setActive(span: { start: number; end: number } | null): void {
    this.highlighter?.setActive(span);
  }

  refresh(): void {
    this.highlighter?.refresh();
  }

  detach(): void {
    this.highlighter?.destroy();
    this.highlighter = null;
    this.adapter = null;
    this.drawnKey = [];
  }

  /** Remove every trace, our overlay host included. */
  destroy(): void {
    this.detach();
    this.host?.remove();
    this.host = null;
  }
}
