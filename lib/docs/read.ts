/**
 * Reading a Google Docs document's text with the user's own session, in three steps:
 *  1. the plain-text export, fetched from the page's own origin (cookies included);
 *  2. when that fails on the way (Google often answers with a 307 redirect to *.googleusercontent.com, which a
 *     content script's fetch may not follow across origins), the same export fetched by the background, which
 *     has host permissions for exactly docs.google.com and *.googleusercontent.com;
 *  3. the document's /mobilebasic HTML view (same origin) reduced to text.
 * The text only ever travels inside the browser (page → content script → background engine); it is not logged.
 */
import { classifyFailure, type DocsAttempt, type DocsFailureKind, type DocsPageHints } from './failures';
import { cleanExportText, htmlToText, isBlank, looksLikeHtml, looksLikeSignInPage, type ParseHtml } from './text';
import { exportUrl, mobileBasicUrl, type DocsDocument } from './url';

/** A request that hangs (a captive portal, a stalled proxy) must not leave the sidebar "reading" for ever. */
export const DOCS_FETCH_TIMEOUT_MS = 15_000;

export type DocsReadVia = 'export' | 'background' | 'mobilebasic';

export type DocsReadResult =
  | { ok: true; text: string; via: DocsReadVia }
  | { ok: false; failure: DocsFailureKind };

/** What the background answers for an export it fetched (lib/background/docs-fetch.ts). */
export interface DocsExportReply {
  attempt: DocsAttempt;
  /** The cleaned text, only when the answer was the plain-text export. */
  text?: string;
}

export interface DocsReadDeps {
  /** fetch() of the calling context: the content script's (same origin as the page) or an extension page's. */
  fetch: typeof fetch;
  /** Ask the background to fetch the export (content scripts only; extension pages fetch it themselves). */
  viaBackground?: (doc: DocsDocument) => Promise<DocsExportReply>;
  parseHtml: ParseHtml;
  /** What the page shows, read at the time of the failure (content scripts only). */
  hints?: () => DocsPageHints;
}

/** Fetch the plain-text export; `text` is set when the answer really was text (not a sign-in page, not blank). */
export async function fetchExport(fetchFn: typeof fetch, doc: DocsDocument): Promise<DocsExportReply> {
  const response = await fetchWithSession(fetchFn, exportUrl(doc));
  return response ? readExportResponse(response) : networkError();
}

/** What an export response says: text, a blank document, or a refusal (with the HTML kept to classify it). */
export async function readExportResponse(response: Response): Promise<DocsExportReply> {
  const answer = await readAnswer(response);
  if (!answer) return networkError();
  const { base, body } = answer;
  if (looksLikeHtml(body, base.contentType)) return { attempt: { ...base, html: body } };
  if (!response.ok) return { attempt: base };
  const text = cleanExportText(body);
  if (isBlank(text)) return { attempt: { ...base, blank: true } };
  return { attempt: base, text };
}

async function fetchMobileBasic(
  fetchFn: typeof fetch,
  doc: DocsDocument,
  parseHtml: ParseHtml,
): Promise<{ attempt: DocsAttempt; text?: string }> {
  const response = await fetchWithSession(fetchFn, mobileBasicUrl(doc));
  const answer = response && (await readAnswer(response));
  if (!answer) return networkError();
  const { base, body } = answer;
  if (!response.ok || !looksLikeHtml(body, base.contentType)) return { attempt: { ...base, html: body } };
  if (looksLikeSignInPage(body)) return { attempt: { ...base, html: body } };
  const text = htmlToText(body, parseHtml);
  if (isBlank(text)) return { attempt: { ...base, blank: true } };
  return { attempt: base, text };
}

/** A GET with the user's own session; null when it never got an answer (offline, blocked, timed out). */
async function fetchWithSession(fetchFn: typeof fetch, url: string): Promise<Response | null> {
  try {
    return await fetchFn(url, requestInit());
  } catch {
    return null;
  }
}

/** An answer's body with what it was (status, final address, type); null when the body broke off on the way. */
async function readAnswer(
  response: Response,
): Promise<{ base: Extract<DocsAttempt, { kind: 'response' }>; body: string } | null> {
  const contentType = response.headers.get('content-type') ?? '';
  const base = { kind: 'response' as const, status: response.status, url: response.url, contentType };
  try {
    return { base, body: await response.text() };
  } catch {
    return null;
  }
}

function networkError(): { attempt: DocsAttempt } {
  return { attempt: { kind: 'network-error' } };
}

function requestInit(): RequestInit {
  const init: RequestInit = { credentials: 'include', cache: 'no-store', redirect: 'follow' };
  // AbortSignal.timeout is in every browser we build for; guarded for older test runtimes.
  if (typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function') {
    init.signal = AbortSignal.timeout(DOCS_FETCH_TIMEOUT_MS);
  }
  return init;
}

/** The document's text, or why it can't be read. Never throws. */
export async function readDocsText(doc: DocsDocument, deps: DocsReadDeps): Promise<DocsReadResult> {
  const hints = (): DocsPageHints => {
    try {
      return deps.hints?.() ?? {};
    } catch {
      return {};
    }
  };
  if (hints().offline) return { ok: false, failure: 'offline' };

  const attempts: DocsAttempt[] = [];
  const direct = await fetchExport(deps.fetch, doc);
  attempts.push(direct.attempt);
  if (direct.text !== undefined) return { ok: true, text: direct.text, via: 'export' };
  if (isBlankAttempt(direct.attempt)) return { ok: false, failure: 'empty' };

  // A failed connection here is most often the redirect to googleusercontent.com: the background may follow it.
  if (direct.attempt.kind === 'network-error' && deps.viaBackground) {
    let reply: DocsExportReply;
    try {
      reply = await deps.viaBackground(doc);
    } catch {
      reply = { attempt: { kind: 'network-error' } };
    }
    attempts.push(reply.attempt);
    if (typeof reply.text === 'string' && !isBlank(reply.text)) {
      return { ok: true, text: cleanExportText(reply.text), via: 'background' };
    }
    if (isBlankAttempt(reply.attempt)) return { ok: false, failure: 'empty' };
  }

  const basic = await fetchMobileBasic(deps.fetch, doc, deps.parseHtml);
  attempts.push(basic.attempt);
  if (basic.text !== undefined) return { ok: true, text: basic.text, via: 'mobilebasic' };

  return { ok: false, failure: classifyFailure(attempts, hints()) };
}

function isBlankAttempt(attempt: DocsAttempt): boolean {
  return attempt.kind === 'response' && attempt.blank === true;
}
