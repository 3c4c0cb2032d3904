/**
 * Why a document could not be read, from what each attempt got back, told in one plain line. The trainee does not
 * need HTTP: they need to know whether it is them (signed out), the document (no access, downloads switched off
 * by its owner) or the connection, and that the quick check still works with pasted text.
 */
import { looksLikeSignInPage } from './text';

export type DocsFailureKind = 'signed-out' | 'no-access' | 'downloads-disabled' | 'offline' | 'empty' | 'unavailable';

/** What one attempt to read the document got (the export, the background's export, or /mobilebasic). */
export type DocsAttempt =
  | { kind: 'network-error' }
  | {
      kind: 'response';
      status: number;
      /** Where the answer finally came from, after redirects (may be "" when unknown). */
      url: string;
      contentType: string;
      /** The body when it was an HTML page (to tell a sign-in page from others); never logged or kept. */
      html?: string;
      /** The answer was text but there was none (an empty document). */
      blank?: boolean;
    };

/** What the Docs page itself shows, read by the content script (the page is the user's own view of the document). */
export interface DocsPageHints {
  /** The browser says it has no connection. */
  offline?: boolean;
  /** The page offers "Sign in" (Google shows it to signed-out visitors of a shared document). */
  signInOffered?: boolean;
  /** The page is Google's "You need access" / "Request access" page. */
  accessRequested?: boolean;
  /** The document editor is on the page: the user can see the document, so a refused export means downloads are off. */
  editorShown?: boolean;
}

export const DOCS_FAILURE_MESSAGES: Record<DocsFailureKind, string> = {
  'signed-out': 'I can’t read this document because you seem to be signed out of Google. Sign in again, then refresh.',
  'no-access': 'I can’t read this document: your Google account doesn’t have access to it.',
  'downloads-disabled':
    'I can’t read this document: its owner has turned off downloading and copying, which I need to read it.',
  offline: 'I can’t read this document while you’re offline. I’ll try again when you refresh.',
  empty: 'This document is empty so far. Start writing and I’ll show how your reflection is shaped.',
  unavailable: 'I couldn’t reach this document just now. Try the refresh button in a moment.',
};

/** The offer shown under a failure line (not for an empty document: there is nothing to check yet). */
export const QUICK_CHECK_OFFER = 'You can paste your text into the quick check instead.';

const SIGN_IN_URL = /^https:\/\/accounts\.google\.com\//i;

function saysSignedOut(attempt: DocsAttempt): boolean {
  if (attempt.kind !== 'response') return false;
  if (attempt.status === 401 || SIGN_IN_URL.test(attempt.url)) return true;
  return attempt.html !== undefined && looksLikeSignInPage(attempt.html);
}

/** Google's own wording when an owner has switched off download, print and copy for viewers. */
function saysDownloadsDisabled(attempt: DocsAttempt): boolean {
  if (attempt.kind !== 'response' || attempt.html === undefined) return false;
  return /\b(download|export)\w*\b[^<]{0,80}\b(disabled|turned off|not (?:allowed|available)|restricted)\b/i.test(
    attempt.html,
  );
}

/**
 * One failure for a set of attempts that all failed. Order matters: being offline explains everything; a sign-in
 * page explains refusals; a refusal on a document the user is looking at means downloads are switched off.
 */
export function classifyFailure(attempts: DocsAttempt[], hints: DocsPageHints = {}): DocsFailureKind {
  const responses = attempts.filter((a): a is Extract<DocsAttempt, { kind: 'response' }> => a.kind === 'response');
  if (hints.offline && responses.length === 0) return 'offline';
  if (attempts.some(saysSignedOut)) return 'signed-out';
  if (attempts.some(saysDownloadsDisabled)) return 'downloads-disabled';
  const refused = responses.some((r) => r.status === 403 || r.status === 404 || r.status === 410);
  if (refused) {
    if (hints.accessRequested) return 'no-access';
    return hints.editorShown ? 'downloads-disabled' : 'no-access';
  }
  if (responses.length > 0 && responses.every((r) => r.blank)) return 'empty';
  // Only failed connections (or redirects we may not follow): a signed-out page sends the export to sign-in.
  if (responses.length === 0 && hints.signInOffered) return 'signed-out';
  if (hints.offline) return 'offline';
  return 'unavailable';
}

export function failureMessage(kind: DocsFailureKind): string {
  return DOCS_FAILURE_MESSAGES[kind];
}
