/**
 * TinyMCE (iframe mode, as Moodle and Canvas embed it; inline mode works the same). The editable root is the
 * iframe's <body id="tinymce" class="mce-content-body">. TinyMCE marks its own scaffolding with data-mce-bogus:
 * "all" is UI to skip whole, a bogus <br> only keeps an empty paragraph open. Its caret containers hold U+FEFF,
 * which the text model drops.
 */
import { ContentEditableAdapter } from './contenteditable';
import type { TextModelQuirks } from './text-model';

export function isTinyMceRoot(element: Element): boolean {
  return element.id === 'tinymce' || element.classList.contains('mce-content-body');
}

export const tinyMceQuirks: TextModelQuirks = {
  isSkipped: (element) =>
    element.getAttribute('data-mce-bogus') === 'all' ||
    element.getAttribute('data-mce-type') === 'bookmark' ||
    element.classList.contains('mce-offscreen-selection') ||
    element.classList.contains('mce-visual-caret'),
  isFillerBreak: (br) => br.hasAttribute('data-mce-bogus'),
};

/**
 * TinyMCE keeps its own undo levels and adds one when typing stops (blur, arrow keys, a click) or when the browser
 * reports a replacement (`input` with inputType insertReplacementText, as the spellchecker sends). execCommand's
 * input says insertText, which TinyMCE folds into the typing in progress: without a boundary, one Ctrl+Z would
 * remove our change together with the writer's last sentence. So we announce a replacement before (closing the
 * writer's typing as its own level) and after our edit (recording it as one level). TinyMCE adds no level when
 * nothing changed, so the extra events are harmless.
 */
export function markTinyMceUndoLevel(body: HTMLElement): void {
  const win = body.ownerDocument.defaultView;
  const InputEventOfField = win?.InputEvent ?? InputEvent;
  body.dispatchEvent(new InputEventOfField('input', { inputType: 'insertReplacementText', bubbles: true }));
}

export function createTinyMceAdapter(root: HTMLElement): ContentEditableAdapter {
  return new ContentEditableAdapter(root, { kind: 'tinymce', quirks: tinyMceQuirks, undoBoundary: markTinyMceUndoLevel });
}
