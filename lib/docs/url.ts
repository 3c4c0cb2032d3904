/**
 * Google Docs document addresses: https://docs.google.com/document/d/<id>/edit (also /u/<n>/ account paths,
 * /view, /preview, ?tab=…). Only documents: Sheets, Slides and Forms draw differently and are not read here.
 */

/** The one origin a document is read from; the export may answer with a redirect to DOCS_CONTENT_HOST_SUFFIX. */
export const DOCS_ORIGIN = 'https://docs.google.com';
/** Google serves exports from hosts like doc-0s-xx-docs.googleusercontent.com after a 307 redirect. */
export const DOCS_CONTENT_HOST_SUFFIX = '.googleusercontent.com';

/** Document ids are URL-safe base64-ish; anything else is not a document we should build URLs from. */
const DOC_ID = /^[A-Za-z0-9_-]{3,200}$/;

export interface DocsDocument {
  id: string;
  /** Path prefix that keeps the signed-in account (e.g. "/document/u/1/d/<id>"), as the page itself uses. */
  basePath: string;
}

export function isDocId(id: string): boolean {
  return DOC_ID.test(id);
}

/** The document a docs.google.com URL shows, or null for any other page (including Sheets, Drive, sign-in). */
export function parseDocsUrl(href: string): DocsDocument | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'docs.google.com' || url.port !== '') return null;
  const match = /^\/document(\/u\/\d+)?\/d\/([^/]+)(?:\/|$)/.exec(url.pathname);
  if (!match) return null;
  const id = match[2];
  if (!isDocId(id)) return null;
  return { id, basePath: `/document${match[1] ?? ''}/d/${id}` };
}

/** Plain-text export of the document (answered directly, or through a redirect to googleusercontent.com). */
export function exportUrl(doc: DocsDocument): string {
  return `${DOCS_ORIGIN}${doc.basePath}/export?format=txt`;
}

/** The light HTML view of the document: same origin, read when the export is refused. */
export function mobileBasicUrl(doc: DocsDocument): string {
  return `${DOCS_ORIGIN}${doc.basePath}/mobilebasic`;
}

/** Hosts the background may read an export from (kept in step with host_permissions in wxt.config.ts). */
export function isAllowedDocsHost(href: string): boolean {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:') return false;
    return url.hostname === 'docs.google.com' || url.hostname.endsWith(DOCS_CONTENT_HOST_SUFFIX);
  } catch {
    return false;
  }
}
