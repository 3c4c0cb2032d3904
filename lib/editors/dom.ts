/**
 * Small DOM helpers shared by the adapters and the highlighter. Plain DOM only (no WXT), so they run in a content
 * script, a test page or a unit test.
 *
 * Elements from another frame fail `instanceof HTMLElement` of this realm, so everything here duck-types.
 */

export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1 && typeof (node as Element).tagName === 'string';
}

export function isTextNode(node: unknown): node is Text {
  return !!node && (node as Node).nodeType === 3;
}

export function tagOf(node: unknown): string {
  return isElement(node) ? node.tagName.toUpperCase() : '';
}

export function isTextarea(node: unknown): node is HTMLTextAreaElement {
  return tagOf(node) === 'TEXTAREA';
}

/** The window an element lives in (the iframe's window for an editor inside an iframe). */
export function windowOf(node: Node): Window & typeof globalThis {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return (doc?.defaultView ?? window) as Window & typeof globalThis;
}

export function documentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument as Document);
}

/**
 * Offset of a window's viewport in the viewport of the outermost window we can reach (the top document when the
 * frames are same-origin): each iframe's client rect plus its border and padding. Cross-origin parents stop the
 * walk, which is right: a cross-origin frame runs its own content script and draws in its own viewport.
 */
export function frameOffset(win: Window): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let current: Window = win;
  for (let depth = 0; depth < 20; depth++) {
    let frame: Element | null = null;
    try {
      if (current === current.parent) break;
      frame = current.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    const style = windowOf(frame).getComputedStyle(frame);
    x += rect.left + (frame as HTMLElement).clientLeft + (parseFloat(style.paddingLeft) || 0);
    y += rect.top + (frame as HTMLElement).clientTop + (parseFloat(style.paddingTop) || 0);
    current = current.parent;
  }
  return { x, y };
}

/** Shift a rectangle by a frame offset, as a DOMRect of this realm. */
export function offsetRect(rect: DOMRectReadOnly, offset: { x: number; y: number }): DOMRect {
  return new DOMRect(rect.left + offset.x, rect.top + offset.y, rect.width, rect.height);
}

/** True when the element or an ancestor (crossing same-origin frame boundaries) says data-reflect-lens="off". */
export function isSwitchedOff(element: Element): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current.closest('[data-reflect-lens="off"]')) return true;
    let frame: Element | null = null;
    try {
      frame = windowOf(current).frameElement;
    } catch {
      frame = null;
    }
    current = frame;
  }
  return false;
}

/**
 * Focus an editable element, including the body of an iframe editor (its window must get focus first, or the
 * caret stays in the parent document).
 */
export function focusField(element: HTMLElement): void {
  const doc = documentOf(element);
  const win = windowOf(element);
  if (doc.activeElement === element && doc.hasFocus()) return;
  try {
    if (win !== window) win.focus();
  } catch {
    // A window we may not focus: the element focus below still helps.
  }
  element.focus({ preventScroll: true });
}

/** Scroll so the rectangle (in the element's own viewport) is visible, nudging the window when needed. */
export function revealRect(anchor: Element, rect: DOMRectReadOnly | null): void {
  const win = windowOf(anchor);
  if (!rect) {
    anchor.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return;
  }
  const margin = 40;
  if (rect.top < margin || rect.bottom > win.innerHeight - margin) {
    win.scrollBy({ top: rect.top - win.innerHeight / 2, behavior: 'instant' as ScrollBehavior });
  }
  // An iframe editor: the parent page may need scrolling too, so the iframe itself comes into view.
  try {
    const frame = win.frameElement;
    if (frame) frame.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  } catch {
    // Cross-origin parent: nothing to do.
  }
}
