/**
 * The background's part in reading Google Docs: fetch a document's plain-text export when the content script's
 * own fetch could not (Google answers with a 307 redirect to *.googleusercontent.com, which a content script may
 * not follow across origins; the background may, with host permissions for exactly those two hosts). Only the
 * export URL of a document is ever fetched, rebuilt here from a checked id, and only for the tab showing that
 * document or for our own extension pages. The text goes back over the in-browser channel; it is never logged.
 */
import { browser } from 'wxt/browser';
import { fetchExport, type DocsExportReply } from '../docs/read';
import { DOCS_ORIGIN, isAllowedDocsHost, parseDocsUrl } from '../docs/url';
import { onMessage, type DocsExportRequest } from '../messaging';

/** HTML answers go back only so the content script can tell a sign-in page from a refusal; their start is enough. */
const MAX_HTML_CHARS = 100_000;

export function registerDocsFetch(): void {
  onMessage('docsExport', ({ data, sender }) => fetchForSender(data, sender));
  onMessage('openQuickCheck', () => openQuickCheck());
}

async function fetchForSender(
  request: DocsExportRequest,
  sender: { url?: string; tab?: { url?: string } } | undefined,
): Promise<DocsExportReply> {
  const doc = parseDocsUrl(`${DOCS_ORIGIN}${request?.basePath ?? ''}/`);
  if (!doc || doc.basePath !== request.basePath || !senderMayRead(sender, doc.id)) {
    return { attempt: { kind: 'response', status: 403, url: '', contentType: '' } };
  }
  const reply = await fetchExport(fetch, doc);
  const { attempt } = reply;
  if (attempt.kind === 'response' && attempt.url && !isAllowedDocsHost(attempt.url)) {
    // Somewhere else than Google's two hosts (e.g. the sign-in page): keep where it was, never the body as text.
    return { attempt: { ...attempt, html: attempt.html?.slice(0, MAX_HTML_CHARS) } };
  }
  if (attempt.kind === 'response' && attempt.html !== undefined) {
    return { attempt: { ...attempt, html: attempt.html.slice(0, MAX_HTML_CHARS) } };
  }
  return reply;
}

/** The tab must be showing this very document (or the request comes from one of our own pages). */
function senderMayRead(sender: { url?: string; tab?: { url?: string } } | undefined, id: string): boolean {
  const own = browser.runtime.getURL('/');
  if (sender?.url?.startsWith(own)) return true;
  const pageUrl = sender?.tab?.url ?? sender?.url;
  return !!pageUrl && parseDocsUrl(pageUrl)?.id === id;
}

/** The quick check (the popup's page), for text the sidebar can't read: the popup itself if allowed, else a tab. */
async function openQuickCheck(): Promise<void> {
  try {
    const action = (browser as unknown as { action?: { openPopup?: () => Promise<void> } }).action;
    if (action?.openPopup) {
      await action.openPopup();
      return;
    }
  } catch {
    // Not allowed without a user gesture in some versions: open it as a page instead.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}
