/**
 * The adapter for <textarea> (Google Forms, Moodle's plain text box, React-controlled forms).
 *
 * Replace uses text-field-edit: it selects the span and runs execCommand('insertText') in the textarea's
 * document, so the browser's undo stack has the edit and React's onChange sees a real input event. Positions
 * come from a mirror element (see textarea-mirror.ts) in our own shadow root.
 */
import { insertTextIntoField } from 'text-field-edit';
import type { EditorAdapter } from './types';
import { focusField, revealRect, windowOf } from './dom';
import { acquireMeasureRoot, releaseMeasureRoot, TextareaMirror } from './textarea-mirror';

export interface TextareaAdapterOptions {
  /** Where to put the measuring mirror (inside our shadow root). Without it a <reflect-lens-overlay> host is made on first use. */
  measureRoot?: Element | ShadowRoot;
}

/** How often to look for value changes that fire no input event (a framework setting `.value`). */
const VALUE_POLL_MS = 400;

export class TextareaAdapter implements EditorAdapter {
  readonly kind = 'textarea' as const;
  readonly element: HTMLTextAreaElement;
  private readonly options: TextareaAdapterOptions;
  private mirror: TextareaMirror | null = null;
  private ownsMeasureRoot = false;
  private readonly listeners = new Set<() => void>();
  private detachers: Array<() => void> = [];
  private destroyed = false;

  constructor(element: HTMLTextAreaElement, options: TextareaAdapterOptions = {}) {
    this.element = element;
    this.options = options;
  }

  getText(): string {
    return this.destroyed ? '' : this.element.value;
  }

  rectsFor(start: number, end: number): DOMRect[] {
    const mirror = this.measuringMirror();
    if (!mirror || !mirror.sync()) return [];
    const text = this.element.value;
    mirror.render(text, []);
    return mirror.rectsFor(clamp(start, 0, text.length), clamp(end, 0, text.length));
  }

  rangeFor(): Range | null {
    return null;
  }

  select(start: number, end: number): void {
    if (this.destroyed) return;
    const textarea = this.element;
    focusField(textarea);
    textarea.setSelectionRange(start, end);
    // Scroll the textarea itself so the span is in its visible part, then the page so the textarea is.
    const mirror = this.measuringMirror();
    if (mirror && mirror.sync()) {
      mirror.render(textarea.value, []);
      const position = mirror.contentTopOf(start, end);
      if (position) {
        const visibleTop = textarea.scrollTop;
        const visibleBottom = visibleTop + textarea.clientHeight;
        if (position.top < visibleTop || position.bottom > visibleBottom) {
          textarea.scrollTop = Math.max(0, position.top - textarea.clientHeight / 3);
        }
      }
    }
    const rect = this.rectsFor(start, end)[0] ?? null;
    if (rect && windowOf(textarea) === window) revealRect(textarea, rect);
    else textarea.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  replace(start: number, end: number, expected: string, replacement: string): boolean {
    if (this.destroyed) return false;
    const textarea = this.element;
    const before = textarea.value;
    if (start < 0 || end > before.length || start > end || before.slice(start, end) !== expected) return false;
    const intended = before.slice(0, start) + replacement + before.slice(end);
    focusField(textarea);
    textarea.setSelectionRange(start, end);
    try {
      insertTextIntoField(textarea, replacement);
    } catch {
      // Handled by the fallback below.
    }
    if (textarea.value === intended) return true;
    if (textarea.value !== before) return false; // something else changed the text: do not add to it
    // execCommand unsupported here: set the text directly and tell frameworks with an input event. React's value
    // tracker sees a value it did not set and calls onChange. (No undo entry in this path.)
    textarea.setRangeText(replacement, start, end, 'end');
    const InputEventOfField = windowOf(textarea).InputEvent ?? InputEvent;
    textarea.dispatchEvent(new InputEventOfField('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    return textarea.value === intended;
  }

  observe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    if (this.detachers.length === 0) this.startWatching();
    return () => {
      this.listeners.delete(onChange);
      if (this.listeners.size === 0) this.stopWatching();
    };
  }

  destroy(): void {
    this.destroyed = true;
    this.stopWatching();
    this.listeners.clear();
    this.mirror?.destroy();
    this.mirror = null;
    if (this.ownsMeasureRoot) releaseMeasureRoot();
    this.ownsMeasureRoot = false;
  }

  private measuringMirror(): TextareaMirror | null {
    if (this.destroyed) return null;
    if (!this.mirror) {
      let root = this.options.measureRoot;
      if (!root) {
        root = acquireMeasureRoot();
        this.ownsMeasureRoot = true;
      }
      this.mirror = new TextareaMirror(this.element, root, { visible: false });
    }
    return this.mirror;
  }

  private startWatching(): void {
    const textarea = this.element;
    let lastValue = textarea.value;
    const check = () => {
      if (textarea.value === lastValue) return;
      lastValue = textarea.value;
      for (const listener of Array.from(this.listeners)) listener();
    };
    textarea.addEventListener('input', check);
    textarea.addEventListener('change', check);
    const timer = windowOf(textarea).setInterval(check, VALUE_POLL_MS);
    this.detachers.push(() => {
      textarea.removeEventListener('input', check);
      textarea.removeEventListener('change', check);
      windowOf(textarea).clearInterval(timer);
    });
  }

  private stopWatching(): void {
    for (const detach of this.detachers.splice(0)) detach();
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
