/**
 * Where focus can land: this document, and every same-origin child frame below it — hooked from here, because
 * Chromium does not run content scripts in iframes filled by document.write (TinyMCE, Moodle and Canvas use them).
 * We only listen and look; nothing on the page is changed.
 */

/** Elements from another frame fail `instanceof`, so frames and elements are recognised by shape. */
export function isElement(node: unknown): node is Element {
  return !!node && (node as Node).nodeType === 1 && typeof (node as Element).tagName === 'string';
}

export function isFrameElement(node: unknown): node is HTMLIFrameElement {
  if (!isElement(node)) return false;
  const tag = node.tagName.toUpperCase();
  return tag === 'IFRAME' || tag === 'FRAME';
}

/** The frame's document when we may read it (same origin), else null. Never throws. */
export function readableDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    // Touch it: a cross-origin document throws here in some browsers instead of being null.
    return doc && doc.documentElement !== undefined ? doc : null;
  } catch {
    return null;
  }
}

/** Can this instance see `win`'s document? False for cross-origin windows. */
export function canReach(win: Window | null): boolean {
  if (!win) return false;
  try {
    return !!win.document && typeof win.document.documentElement !== 'undefined';
  } catch {
    return false;
  }
}

/**
 * Whether this frame's instance should do the work. A frame whose parent we can reach is handled by the instance
 * above it (which hooks its document); the top frame and the top of each cross-origin island work themselves.
 */
export function isResponsibleFrame(win: Window = window): boolean {
  if (win === win.top) return true;
  return !canReach(win.parent);
}

export interface FocusWatcherOptions {
  /** A focus landed on `target` (the innermost element, inside shadow roots too). */
  onFocus(target: Element): void;
  /** How often to re-check frames whose document was rewritten by document.open (which drops listeners). */
  pollMs?: number;
}

/** Watches focus in `rootDoc` and its same-origin frames (present and future). Returns a stop function. */
export function watchFocus(rootDoc: Document, options: FocusWatcherOptions): () => void {
  const documents = new Set<Document>();
  const observers = new Map<Document, MutationObserver>();
  const frames = new Set<HTMLIFrameElement>();
  let stopped = false;

  const onFocusIn = (event: Event) => {
    if (stopped) return;
    try {
      const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
      const target = (path[0] ?? event.target) as unknown;
      if (isElement(target)) options.onFocus(target);
    } catch {
      // Never let our bookkeeping surface on the page.
    }
  };

  const onFrameLoad = (event: Event) => {
    if (!stopped && isFrameElement(event.target)) hookFrame(event.target);
  };

  function hookDocument(doc: Document) {
    // Adding the same listener twice is a no-op, so this also re-arms documents that document.open() wiped.
    doc.addEventListener('focusin', onFocusIn, true);
    if (!documents.has(doc)) {
      documents.add(doc);
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) scanForFrames(node);
        }
      });
      observer.observe(doc, { childList: true, subtree: true });
      observers.set(doc, observer);
    }
    scanForFrames(doc);
    reportCurrentFocus(doc);
  }

  function scanForFrames(node: Node) {
    if (isFrameElement(node)) hookFrame(node);
    const all = (node as ParentNode).querySelectorAll?.('iframe, frame');
    if (all) for (const frame of all) hookFrame(frame as HTMLIFrameElement);
  }

  function hookFrame(frame: HTMLIFrameElement) {
    if (!frames.has(frame)) {
      frames.add(frame);
      // The listener sits on the <iframe> in the parent document, so it survives the child being rewritten.
      frame.addEventListener('load', onFrameLoad, true);
    }
    const doc = readableDocument(frame);
    if (doc) hookDocument(doc);
  }

  /** A field that already had focus before we were listening (autofocus, an editor focusing itself). */
  function reportCurrentFocus(doc: Document) {
    try {
      if (!doc.hasFocus()) return;
      let active: Element | null = doc.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active && !isFrameElement(active) && active !== doc.body) options.onFocus(active);
      else if (active === doc.body && doc.body && (doc.body as HTMLElement).isContentEditable) options.onFocus(active);
    } catch {
      // ignore
    }
  }

  function poll() {
    for (const frame of [...frames]) {
      if (!frame.isConnected) {
        frames.delete(frame);
        frame.removeEventListener('load', onFrameLoad, true);
        continue;
      }
      const doc = readableDocument(frame);
      if (doc) {
        if (documents.has(doc)) doc.addEventListener('focusin', onFocusIn, true);
        else hookDocument(doc);
      }
    }
    for (const doc of [...documents]) {
      if (doc !== rootDoc && !doc.defaultView) {
        // The frame navigated away or was removed: forget its old document.
        observers.get(doc)?.disconnect();
        observers.delete(doc);
        documents.delete(doc);
      }
    }
  }

  hookDocument(rootDoc);
  const timer = setInterval(() => {
    try {
      poll();
    } catch {
      // ignore
    }
  }, options.pollMs ?? 1000);

  return () => {
    stopped = true;
    clearInterval(timer);
    for (const doc of documents) doc.removeEventListener('focusin', onFocusIn, true);
    for (const observer of observers.values()) observer.disconnect();
    for (const frame of frames) frame.removeEventListener('load', onFrameLoad, true);
    documents.clear();
    observers.clear();
    frames.clear();
  };
}
