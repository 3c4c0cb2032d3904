/**
 * Quill (1 and 2). The editable root is `.ql-editor`. Quill has one <p> per LINE (no margins): Enter starts a new
 * <p>, and a blank line is `<p><br></p>`. So a <p> breaks a line here, and a blank line between two lines makes
 * the paragraph break ("\n\n"), as the writer sees it. Quill 2 list items carry a `.ql-ui` marker element;
 * its cursor blot holds U+FEFF (dropped by the text model).
 */
import { ContentEditableAdapter } from './contenteditable';
import type { TextModelQuirks } from './text-model';

export function isQuillRoot(element: Element): boolean {
  return element.classList.contains('ql-editor');
}

export const quillQuirks: TextModelQuirks = {
  isSkipped: (element) => element.classList.contains('ql-ui') || element.classList.contains('ql-clipboard'),
  blockBreak: (element) => {
    const tag = element.tagName.toUpperCase();
    if (tag === 'P' || /^H[1-6]$/.test(tag) || tag === 'BLOCKQUOTE' || tag === 'LI') return 1;
    if (tag === 'OL' || tag === 'UL') return 1;
    return undefined;
  },
};

export function createQuillAdapter(root: HTMLElement): ContentEditableAdapter {
  return new ContentEditableAdapter(root, { kind: 'quill', quirks: quillQuirks });
}
