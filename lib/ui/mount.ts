/**
 * Our own host elements (<reflect-lens-sidebar>, <reflect-lens-launcher>, ...) with an OPEN shadow root (outside
 * checks look inside it), appended to the document's root element: the only change we make to a page before the
 * trainee clicks Apply.
 *
 * A plain element, not a custom element: in Chrome's isolated world (content scripts) `customElements` is null.
 */
import { render as renderPreact, type ComponentChild } from 'preact';

export interface ShadowMount {
  host: HTMLElement;
  shadowRoot: ShadowRoot;
  /** Re-render with new props (Preact diffs against what is there). */
  render(vnode: ComponentChild): void;
  /** Unmount the components and remove the host element from the page. */
  unmount(): void;
}

export function mountInShadow(doc: Document, tagName: string, vnode: ComponentChild, css: string): ShadowMount {
  const host = doc.createElement(tagName);
  const shadowRoot = host.attachShadow({ mode: 'open' });
  addStyles(doc, shadowRoot, css);
  // Render into a container, not the shadow root itself: Preact's first render would take over (and remove)
  // whatever is already there, including a <style> fallback.
  const container = doc.createElement('div');
  container.style.display = 'contents';
  shadowRoot.appendChild(container);
  doc.documentElement.appendChild(host);
  renderPreact(vnode, container);

  let mounted = true;
  return {
    host,
    shadowRoot,
    render(next) {
      if (mounted) renderPreact(next, container);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      renderPreact(null, container);
      host.remove();
    },
  };
}

/**
 * A constructed stylesheet when the browser takes it (not subject to the page's CSP `style-src`), else a <style>
 * element inside the shadow root (Firefox content scripts may refuse adoptedStyleSheets through Xray wrappers).
 */
function addStyles(doc: Document, shadowRoot: ShadowRoot, css: string): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && typeof view.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadowRoot) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      shadowRoot.adoptedStyleSheets = [sheet];
      if (shadowRoot.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadowRoot.appendChild(style);
}
