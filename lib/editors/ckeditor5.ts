/**
 * CKEditor 5. The editable root is `.ck-editor__editable`. Empty paragraphs hold `<br data-cke-filler="true">`;
 * typing next to an attribute boundary adds an "inline filler" of U+2060 word joiners (dropped by the text
 * model). Widgets carry UI inside the editable (type-around buttons, resizers, the fake selection container).
 */
import { ContentEditableAdapter } from './contenteditable';
import type { TextModelQuirks } from './text-model';

export function isCkEditor5Root(element: Element): boolean {
  return element.classList.contains('ck-editor__editable');
}

const CKEDITOR_UI_CLASSES = [
  'ck-fake-selection-container',
  'ck-widget__type-around',
  'ck-widget__resizer',
  'ck-widget__selection-handle',
  'ck-reset_all',
];

export const ckEditor5Quirks: TextModelQuirks = {
  isSkipped: (element) =>
    CKEDITOR_UI_CLASSES.some((name) => element.classList.contains(name)) || element.hasAttribute('data-cke-ignore-events'),
  isFillerBreak: (br) => br.hasAttribute('data-cke-filler'),
};

export function createCkEditor5Adapter(root: HTMLElement): ContentEditableAdapter {
  return new ContentEditableAdapter(root, { kind: 'ckeditor5', quirks: ckEditor5Quirks });
}
