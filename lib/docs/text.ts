/**
 * Turning what Google answers into the text the engine reads: the plain-text export (BOM, CRLF line ends) or,
 * as a fallback, the /mobilebasic HTML view reduced to text. Pure apart from the DOMParser handed in, so it runs
 * in node tests (linkedom) and in the content script alike.
 */

/** The export's text with its byte-order mark dropped and every line ending made "\n". */
export function cleanExportText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Nothing but white space (an empty document exports as a BOM and maybe a line end). */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/**
 * Is this an HTML page (a sign-in page, an error page, an interstitial) answered where text was asked for?
 * The content type is checked first; the start of the body too, because some answers are mislabelled.
 */
export function looksLikeHtml(body: string, contentType?: string | null): boolean {
  if (contentType && /\btext\/html\b|\bapplication\/xhtml\+xml\b/i.test(contentType)) return true;
  const start = body.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || /^<(head|body)[\s>]/.test(start);
}

/** Markers of Google's sign-in page (or a page that sends the visitor there). */
const SIGN_IN_MARKERS = [
  /accounts\.google\.com\/(?:ServiceLogin|v3\/signin|signin|AccountChooser)/i,
  /<title>[^<]*\bsign[\s-]?in\b[^<]*<\/title>/i,
  /\bid=["']identifierId["']/i,
];

export function looksLikeSignInPage(html: string): boolean {
  return SIGN_IN_MARKERS.some((marker) => marker.test(html));
}

/** Elements whose end starts a new line in the reduced text (paragraphs, headings, list items, table rows…). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
/** Never text: code, styles, and things a reader does not see. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IFRAME']);

/** Where the document's own content sits in /mobilebasic (newer and older layouts); else the whole body. */
const CONTENT_SELECTORS = ['.doc-content', '#contents', 'body'];

export type ParseHtml = (html: string) => Document;

/** The text a reader sees in an HTML document view: scripts and styles dropped, blocks on their own lines. */
export function htmlToText(html: string, parseHtml: ParseHtml): string {
  const doc = parseHtml(html);
  let root: Element | null = null;
  for (const selector of CONTENT_SELECTORS) {
    root = doc.querySelector(selector);
    if (root) break;
  }
  if (!root) return '';
  const out: string[] = [];
  walk(root, out);
  return out
    .join('')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // HTML collapses runs of white space (line breaks in the source included) into one space.
      out.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n');
    walk(child, out);
    // A paragraph ends with a line end; the analysis splits paragraphs on them.
    if (block) out.push('\n');
    // Table cells of one row stay on one line, apart.
    else if (tag === 'TD' || tag === 'TH') out.push(' ');
  }
}
