/**
 * Which fields Reflect Lens works on, and the adapter for each.
 *
 * Works on: <textarea>, contenteditable regions (and designMode documents), TinyMCE, CKEditor 5, Quill and
 * ProseMirror/Tiptap. Never on: any <input> (one-line, password, email, number, search...), disabled or
 * read-only fields, code editors (CodeMirror, Monaco, Ace), single-line textboxes, and anything inside
 * [data-reflect-lens="off"] (checked across same-origin frames too).
 */
import type { EditorAdapter } from './types';
import { documentOf, isElement, isSwitchedOff, isTextarea, tagOf, windowOf } from './dom';
import { ContentEditableAdapter } from './contenteditable';
import { TextareaAdapter, type TextareaAdapterOptions } from './textarea';
import { createTinyMceAdapter, isTinyMceRoot } from './tinymce';
import { createCkEditor5Adapter, isCkEditor5Root } from './ckeditor5';
import { createQuillAdapter, isQuillRoot } from './quill';
import { createProseMirrorAdapter, isProseMirrorRoot } from './prosemirror';

export type { EditorAdapter, EditorKind } from './types';
export { ContentEditableAdapter } from './contenteditable';
export { TextareaAdapter } from './textarea';
export { TextareaMirror, type MirrorRun } from './textarea-mirror';
export { buildTextModel, type TextModel, type TextModelQuirks } from './text-model';
export { frameOffset } from './dom';

/** Code editors: their text is code, not prose; some also hide a textarea or contenteditable inside. */
const CODE_EDITOR_SELECTOR = [
  '.CodeMirror', '.cm-editor', '.cm-content', '.monaco-editor', '.ace_editor', '.ace_text-input', '.codeflask',
  '.prism-live',
].join(',');

export interface AdapterOptions extends TextareaAdapterOptions {}

/** True when the field must get nothing from us. */
export function isExcluded(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === 'INPUT' || tag === 'SELECT') return true;
  if (isSwitchedOff(element)) return true;
  if (element.closest(CODE_EDITOR_SELECTOR)) return true;
  if (element.getAttribute('aria-multiline') === 'false') return true;
  if (tag === 'TEXTAREA') {
    const textarea = element as HTMLTextAreaElement;
    if (textarea.disabled || textarea.readOnly) return true;
  }
  return false;
}

/**
 * The field that contains a focus/click target: the textarea itself, or the outermost element of the
 * contenteditable region (the body, for a designMode or iframe editor). An <iframe> target (focus moving into a
 * frame) is followed into its document when same-origin. Null when the target is not in an editable field.
 */
export function findEditableRoot(target: EventTarget | Node | null): HTMLElement | null {
  let node = target as Node | null;
  for (let depth = 0; node && depth < 5; depth++) {
    if (isElement(node) && tagOf(node) === 'IFRAME') {
      let inner: Element | null = null;
      try {
        inner = (node as HTMLIFrameElement).contentDocument?.activeElement ?? null;
      } catch {
        inner = null;
      }
      if (!inner || inner === node) return null;
      node = inner;
      continue;
    }
    break;
  }
  if (!node) return null;
  const element = isElement(node) ? node : node.parentElement;
  if (!element) return null;
  if (isTextarea(element)) return element as HTMLTextAreaElement;
  const doc = documentOf(element);
  if (doc.designMode === 'on' && doc.body) return doc.body;
  if (!(element as HTMLElement).isContentEditable) return null;
  let root = element as HTMLElement;
  while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
  return root;
}

/** The adapter for a field root (see findEditableRoot), or null for fields we leave alone. */
export function adapterFor(element: Element | null, options: AdapterOptions = {}): EditorAdapter | null {
  if (!element || !isElement(element) || isExcluded(element)) return null;
  if (isTextarea(element)) return new TextareaAdapter(element as HTMLTextAreaElement, options);
  const html = element as HTMLElement;
  const doc = documentOf(html);
  const editable = html.isContentEditable || (doc.designMode === 'on' && html === doc.body);
  if (!editable) return null;
  if (isTinyMceRoot(html)) return createTinyMceAdapter(html);
  if (isCkEditor5Root(html)) return createCkEditor5Adapter(html);
  if (isQuillRoot(html)) return createQuillAdapter(html);
  if (isProseMirrorRoot(html)) return createProseMirrorAdapter(html);
  return new ContentEditableAdapter(html, { kind: 'contenteditable' });
}

/** Convenience: the adapter for whatever field holds the target (focus or click), or null. */
export function adapterForTarget(target: EventTarget | Node | null, options: AdapterOptions = {}): EditorAdapter | null {
  return adapterFor(findEditableRoot(target), options);
}

/** The window whose CSS.highlights and adoptedStyleSheets belong to a field (the iframe's for TinyMCE). */
export function fieldWindow(adapter: EditorAdapter): Window & typeof globalThis {
  return windowOf(adapter.element);
}
