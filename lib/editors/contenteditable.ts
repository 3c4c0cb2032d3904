/**
 * The adapter for contenteditable regions. The rich editors (TinyMCE, CKEditor 5, Quill, ProseMirror) are this
 * adapter with their own quirks: what is editor UI, which <br> is a filler, how a block breaks.
 *
 * Offsets map to DOM positions through a text model that is rebuilt whenever the DOM changed. A MutationObserver
 * on the root tells us so; `takeRecords()` at the start of every call catches changes made earlier in the same
 * task, before the observer's callback has run. So editors that re-render their DOM between our calls
 * (ProseMirror, Quill, CKEditor all do) never leave us holding nodes that are gone.
 *
 * Replace goes through the editor's own input path: focus, select the span, then `execCommand('insertText')` in
 * the field's own document. That fires beforeinput/input, so the editors update their models and their undo
 * stacks as if the writer had typed the words.
 */
import type { EditorAdapter, EditorKind } from './types';
import { documentOf, focusField, frameOffset, offsetRect, revealRect, windowOf } from './dom';
import { buildTextModel, offsetAt, rangeAt, segmentsIn, type TextModel, type TextModelQuirks } from './text-model';

export interface ContentEditableOptions {
  kind?: EditorKind;
  quirks?: TextModelQuirks;
  /**
   * Called just before and just after a replace, to make the editor close an undo step there (TinyMCE merges
   * edits into the writer's typing otherwise, so one Ctrl+Z would take back more than our change).
   */
  undoBoundary?: (element: HTMLElement) => void;
}

export class ContentEditableAdapter implements EditorAdapter {
  readonly kind: EditorKind;
  readonly element: HTMLElement;
  private readonly quirks: TextModelQuirks;
  private readonly undoBoundary?: (element: HTMLElement) => void;
  private model: TextModel | null = null;
  private mutationObserver: MutationObserver | null;
  private readonly listeners = new Set<() => void>();
  private readonly detachers: Array<() => void> = [];
  private notifyScheduled = false;
  private destroyed = false;

  constructor(element: HTMLElement, options: ContentEditableOptions = {}) {
    this.kind = options.kind ?? 'contenteditable';
    this.element = element;
    this.quirks = options.quirks ?? {};
    this.undoBoundary = options.undoBoundary;
    // Observer of the field's own window, so it works for an editor inside an iframe.
    const ObserverOfField = windowOf(element).MutationObserver ?? MutationObserver;
    this.mutationObserver = new ObserverOfField(() => {
      this.model = null;
      this.notify();
    });
    this.mutationObserver.observe(element, { childList: true, characterData: true, subtree: true });
  }

  /** The current text model, rebuilt if anything changed since it was read. */
  protected currentModel(): TextModel {
    const pending = this.mutationObserver?.takeRecords() ?? [];
    if (pending.length > 0) {
      this.model = null;
      // We took the records from the observer, so its callback will not fire for them: notify ourselves.
      this.scheduleNotify();
    }
    if (!this.model) this.model = buildTextModel(this.element, this.quirks);
    return this.model;
  }

  getText(): string {
    if (this.destroyed) return '';
    return this.currentModel().text;
  }

  /** Text offset of a DOM position inside the field (e.g. the caret), or -1. Not part of the contract. */
  offsetOf(node: Node, offset: number): number {
    return offsetAt(this.currentModel(), node, offset);
  }

  rangeFor(start: number, end: number): Range | null {
    if (this.destroyed) return null;
    const model = this.currentModel();
    const length = model.text.length;
    return rangeAt(model, this.element, clamp(start, 0, length), clamp(end, 0, length));
  }

  rectsFor(start: number, end: number): DOMRect[] {
    if (this.destroyed) return [];
    const model = this.currentModel();
    const doc = documentOf(this.element);
    const offset = frameOffset(windowOf(this.element));
    const rects: DOMRect[] = [];
    // Per text run, so fully covered block elements do not add their whole boxes (Range.getClientRects does).
    for (const seg of segmentsIn(model, start, end)) {
      const range = doc.createRange();
      range.setStart(seg.node, seg.nodeStart);
      range.setEnd(seg.node, seg.nodeStart + seg.length);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width > 0 || rect.height > 0) rects.push(offsetRect(rect, offset));
      }
    }
    return rects;
  }

  select(start: number, end: number): void {
    const range = this.rangeFor(start, end);
    if (!range) return;
    focusField(this.element);
    this.applySelection(range);
    const rect = range.getClientRects()[0] ?? null;
    const anchor = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    revealRect(anchor ?? this.element, rect);
  }

  replace(start: number, end: number, expected: string, replacement: string): boolean {
    if (this.destroyed) return false;
    const before = this.currentModel().text;
    if (start < 0 || end > before.length || start > end || before.slice(start, end) !== expected) return false;
    const intended = before.slice(0, start) + replacement + before.slice(end);

    focusField(this.element);
    const range = this.rangeFor(start, end);
    if (!range) return false;
    this.applySelection(range);
    this.undoBoundary?.(this.element);

    // First offer the edit as a beforeinput, the way the browser announces typing. execCommand does NOT fire
    // beforeinput, so editors that keep a model and take input only from beforeinput (CKEditor 5, Quill 2,
    // Lexical, Slate) would otherwise see a foreign DOM change and undo it on their next render. An editor that
    // handles the event cancels it and applies the edit through its own model and undo stack.
    const handled = this.offerBeforeInput(range, replacement);
    let after = this.getText();
    // An editor that cancelled the event owns the edit: never add a native edit on top (it may apply it late).
    if (!handled) {
      // Nobody took it (ProseMirror, TinyMCE, plain contenteditable): a native edit, which they observe, and which
      // the browser's own undo stack records for a plain field.
      this.applySelection(this.rangeFor(start, end) ?? range);
      const doc = documentOf(this.element);
      try {
        if (replacement === '') doc.execCommand('delete', false);
        else doc.execCommand('insertText', false, replacement);
      } catch {
        // The check below reports the failure.
      }
      after = this.getText();
    }
    this.undoBoundary?.(this.element);
    return sameTextLoosely(after, intended);
  }

  observe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    if (this.listeners.size === 1 && this.detachers.length === 0) {
      // Input events catch the rare change that mutates nothing we observe (e.g. a composition's last step).
      const onInput = () => {
        // The text model is built from the DOM alone, so it only goes stale if the DOM changed: rebuilding it on
        // every input as well as on every mutation cost TinyMCE a second 5-9 ms rebuild per keystroke.
        if ((this.mutationObserver?.takeRecords().length ?? 0) > 0) this.model = null;
        this.notify();
      };
      this.element.addEventListener('input', onInput);
      this.detachers.push(() => this.element.removeEventListener('input', onInput));
    }
    return () => {
      this.listeners.delete(onChange);
    };
  }

  destroy(): void {
    this.destroyed = true;
    this.mutationObserver?.disconnect();
    this.mutationObserver = null;
    for (const detach of this.detachers.splice(0)) detach();
    this.listeners.clear();
    this.model = null;
  }

  /** Dispatch a cancelable beforeinput for replacing `range`; true when an editor took it (cancelled it). */
  private offerBeforeInput(range: Range, replacement: string): boolean {
    const win = windowOf(this.element);
    const StaticRangeOfField = win.StaticRange ?? StaticRange;
    const InputEventOfField = win.InputEvent ?? InputEvent;
    const targetRange = new StaticRangeOfField({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    });
    const event = new InputEventOfField('beforeinput', {
      inputType: replacement === '' ? 'deleteContentBackward' : 'insertText',
      data: replacement === '' ? null : replacement,
      targetRanges: [targetRange],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    return !this.element.dispatchEvent(event);
  }

  private applySelection(range: Range): void {
    const selection = documentOf(this.element).getSelection();
    if (!selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  private notify(): void {
    if (this.destroyed) return;
    for (const listener of Array.from(this.listeners)) {
      try {
        listener();
      } catch {
        // A failing listener must not stop the others, and nothing of ours may reach the page's console (it is
        // the page's, and an error message could quote the trainee's text). The session shows its own error state.
      }
    }
  }

  private scheduleNotify(): void {
    if (this.notifyScheduled || this.listeners.size === 0) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      this.notify();
    });
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/**
 * The text after a replace equals what we meant, allowing for what editors do to whitespace around an edit
 * (a no-break space becoming a space reads the same in our model; runs of spaces may collapse).
 */
function sameTextLoosely(actual: string, intended: string): boolean {
  if (actual === intended) return true;
  const squash = (text: string) => text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
  return squash(actual) === squash(intended);
}
