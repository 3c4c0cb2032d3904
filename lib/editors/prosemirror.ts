/**
 * ProseMirror and everything built on it (Tiptap, Remirror...). The editable root is `.ProseMirror`. An empty
 * textblock, or one ending in a hard break, gets `<br class="ProseMirror-trailingBreak">` (the last <br> of a
 * block, which the generic rule already reads as a filler); `img.ProseMirror-separator` sits beside it. Widget
 * decorations (collaboration carets, gap cursor) are not the writer's text.
 */
import { ContentEditableAdapter } from './contenteditable';
import type { TextModelQuirks } from './text-model';

export function isProseMirrorRoot(element: Element): boolean {
  return element.classList.contains('ProseMirror');
}

export const proseMirrorQuirks: TextModelQuirks = {
  isSkipped: (element) =>
    element.classList.contains('ProseMirror-widget') ||
    element.classList.contains('ProseMirror-gapcursor') ||
    element.classList.contains('ProseMirror-separator') ||
    element.classList.contains('collaboration-cursor__caret'),
};

export function createProseMirrorAdapter(root: HTMLElement): ContentEditableAdapter {
  return new ContentEditableAdapter(root, { kind: 'prosemirror', quirks: proseMirrorQuirks });
}
