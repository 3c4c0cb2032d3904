/**
 * Where text comes from. One adapter per editor kind; each works from the DOM alone, because a content script
 * lives in an isolated world and cannot reach the page's editor objects (window.tinymce, Quill instances...).
 *
 * Text model: `getText()` returns the field's plain text; every offset here is a UTF-16 offset into that string.
 * For rich editors, block elements (p, div, li, h1-h6, blockquote, br) become "\n" and paragraphs "\n\n", so the
 * engine sees paragraphs the way the writer does.
 */
export type EditorKind = 'textarea' | 'contenteditable' | 'tinymce' | 'ckeditor5' | 'quill' | 'prosemirror';

export interface EditorAdapter {
  readonly kind: EditorKind;
  /** The element the user types in: a textarea, or the contenteditable root (maybe inside a same-origin iframe). */
  readonly element: HTMLElement;
  /** The plain text the engine analyses. */
  getText(): string;
  /**
   * Client rectangles of [start, end) in the TOP document's viewport coordinates (iframe offsets added), for
   * underlines and for scrolling. Empty when the span is not rendered.
   */
  rectsFor(start: number, end: number): DOMRect[];
  /** A live DOM Range for [start, end) (contenteditable kinds), or null (textarea). Used by the Highlight API. */
  rangeFor(start: number, end: number): Range | null;
  /** Select [start, end) in the field and scroll it into view, without changing the text. */
  select(start: number, end: number): void;
  /**
   * Replace [start, end) with `replacement` through the editor's own input path (focus, select, execCommand
   * 'insertText' / beforeinput / text-field-edit) so undo works and the editor keeps its state. Returns false and
   * changes nothing when the text under the span is no longer `expected` (a stale finding).
   */
  replace(start: number, end: number, expected: string, replacement: string): boolean;
  /** Call `onChange` after the text may have changed (input, paste, undo, programmatic edits). Returns unsubscribe. */
  observe(onChange: () => void): () => void;
  /** Stop observing and forget the element. Never touches the page's DOM. */
  destroy(): void;
}
