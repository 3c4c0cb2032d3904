import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  classifyFailure,
  DOCS_FAILURE_MESSAGES,
  type DocsAttempt,
  type DocsFailureKind,
} from '../../lib/docs/failures';
import { readDocsText, type DocsExportReply } from '../../lib/docs/read';
import { DOCS_EDIT_DEBOUNCE_MS, DOCS_MIN_REFRESH_INTERVAL_MS, refreshDelay } from '../../lib/docs/refresh';
import { parseDocsUrl } from '../../lib/docs/url';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const DOC = parseDocsUrl('https://docs.google.com/document/d/TESTID-unit/edit')!;
const SIGN_IN = '<!doctype html><html><head><title>Sign in - Google Accounts</title></head><body></body></html>';
const ERROR_403 = '<!doctype html><html><head><title>Error 403 (Forbidden)</title></head><body>403</body></html>';

type ResponseAttempt = Extract<DocsAttempt, { kind: 'response' }>;
const response = (status: number, contentType: string, url = ''): ResponseAttempt => ({
  kind: 'response',
  status,
  url,
  contentType,
});

describe('classifyFailure', () => {
  it('tells signed out, no access, downloads off, offline, empty and unknown apart', () => {
    const cases: [DocsAttempt[], Parameters<typeof classifyFailure>[1], DocsFailureKind][] = [
      [[{ kind: 'network-error' }], { offline: true }, 'offline'],
      [[{ ...response(200, 'text/html'), html: SIGN_IN }], {}, 'signed-out'],
      [[response(401, 'text/html')], {}, 'signed-out'],
      [[response(200, 'text/html', 'https://accounts.google.com/v3/signin/identifier')], {}, 'signed-out'],
      [[{ ...response(403, 'text/html'), html: ERROR_403 }], { accessRequested: true, editorShown: false }, 'no-access'],
      [[{ ...response(404, 'text/html'), html: ERROR_403 }], {}, 'no-access'],
      // The user can see the document, yet its export is refused: the owner switched downloads off.
      [[{ ...response(403, 'text/html'), html: ERROR_403 }], { editorShown: true }, 'downloads-disabled'],
      [[{ ...response(403, 'text/html'), html: '<p>Download of this file has been disabled by the owner.</p>' }], {}, 'downloads-disabled'],
      [[{ ...response(200, 'text/plain'), blank: true }], {}, 'empty'],
      // Only failed connections while online, and the page offers "Sign in": the export went to the sign-in page.
      [[{ kind: 'network-error' }, { kind: 'network-error' }], { signInOffered: true }, 'signed-out'],
      [[{ kind: 'network-error' }], {}, 'unavailable'],
      [[response(500, 'text/html')], {}, 'unavailable'],
    ];
    for (const [attempts, hints, expected] of cases) {
      expect(classifyFailure(attempts, hints), JSON.stringify({ attempts, hints })).toBe(expected);
    }
  });

  it('has one plain line per failure, no jargon', () => {
    for (const message of Object.values(DOCS_FAILURE_MESSAGES)) {
      expect(message.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(2);
      expect(message).not.toMatch(/\b(HTTP|40[134]|CORS|export|redirect|error)\b/i);
    }
  });
});

/** A fake fetch answering by URL ending; records what was asked. */
function fakeFetch(answers: Record<string, () => Response | Promise<never>>) {
  const asked: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const key = Object.keys(answers).find((ending) => url.endsWith(ending));
    if (!key) throw new TypeError('Failed to fetch');
    return answers[key]();
  }) as typeof fetch;
  return { fetchFn, asked };
}

const text = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
const fail = () => Promise.reject(new TypeError('Failed to fetch'));

describe('readDocsText', () => {
  it('reads the export directly and cleans it', async () => {
    const { fetchFn, asked } = fakeFetch({ '/export?format=txt': () => text('\uFEFFI went.\r\nI learned.\r\n') });
    const result = await readDocsText(DOC, { fetch: fetchFn, parseHtml });
    expect(result).toEqual({ ok: true, text: 'I went.\nI learned.\n', via: 'export' });
    expect(asked).toEqual(['https://docs.google.com/document/d/TESTID-unit/export?format=txt']);
  });

  it('asks the background when the page’s own fetch fails (the cross-origin redirect)', async () => {
    const { fetchFn, asked } = fakeFetch({ '/export?format=txt': fail });
    const viaBackground = async (): Promise<DocsExportReply> => ({
      attempt: response(200, 'text/plain', 'https://doc-0s-xx-docs.googleusercontent.com/export/x'),
      text: 'Read by the background.\r\n',
    });
    const result = await readDocsText(DOC, { fetch: fetchFn, parseHtml, viaBackground });
    expect(result).toEqual({ ok: true, text: 'Read by the background.\n', via: 'background' });
    expect(asked.some((url) => url.endsWith('/mobilebasic'))).toBe(false);
  });

  it('falls back to /mobilebasic, and reports the best reason when everything fails', async () => {
    const basic = fakeFetch({
      '/export?format=txt': fail,
      '/mobilebasic': () => html('<html><body><div class="doc-content"><p>From the light view.</p></div></body></html>'),
    });
    const viaBackground = async (): Promise<DocsExportReply> => ({ attempt: { kind: 'network-error' } });
    expect(await readDocsText(DOC, { fetch: basic.fetchFn, parseHtml, viaBackground })).toEqual({
      ok: true,
      text: 'From the light view.',
      via: 'mobilebasic',
    });

    const signedOut = fakeFetch({ '/export?format=txt': () => html(SIGN_IN), '/mobilebasic': () => html(SIGN_IN) });
    expect(await readDocsText(DOC, { fetch: signedOut.fetchFn, parseHtml })).toEqual({ ok: false, failure: 'signed-out' });

    const refused = fakeFetch({ '/export?format=txt': () => html(ERROR_403, 403), '/mobilebasic': () => html(ERROR_403, 403) });
    const hints = () => ({ editorShown: true });
    expect(await readDocsText(DOC, { fetch: refused.fetchFn, parseHtml, hints })).toEqual({
      ok: false,
      failure: 'downloads-disabled',
    });
    // A refusal is not worth a trip to the background: it would get the same answer.
    let backgroundAsked = false;
    await readDocsText(DOC, {
      fetch: refused.fetchFn,
      parseHtml,
      viaBackground: async () => {
        backgroundAsked = true;
        return { attempt: { kind: 'network-error' } };
      },
    });
    expect(backgroundAsked).toBe(false);
  });

  it('says "empty" for an empty document and "offline" without fetching when offline', async () => {
    const empty = fakeFetch({ '/export?format=txt': () => text('\uFEFF\r\n') });
    expect(await readDocsText(DOC, { fetch: empty.fetchFn, parseHtml })).toEqual({ ok: false, failure: 'empty' });
    const offline = fakeFetch({});
    expect(await readDocsText(DOC, { fetch: offline.fetchFn, parseHtml, hints: () => ({ offline: true }) })).toEqual({
      ok: false,
      failure: 'offline',
    });
    expect(offline.asked).toEqual([]);
  });
});

describe('refreshDelay', () => {
  it('waits for a pause in typing, keeps reads apart, and never reads while hidden', () => {
    const now = 100_000;
    // Long since the last read: just the pause after the last key.
    expect(refreshDelay({ now, lastEditAt: now, lastReadAt: now - 60_000, visible: true })).toBe(DOCS_EDIT_DEBOUNCE_MS);
    // Read a second ago: wait for the interval to pass.
    expect(refreshDelay({ now, lastEditAt: now, lastReadAt: now - 1_000, visible: true })).toBe(
      DOCS_MIN_REFRESH_INTERVAL_MS - 1_000,
    );
    expect(refreshDelay({ now, lastEditAt: now - 10_000, lastReadAt: now - 10_000, visible: true })).toBe(0);
    expect(refreshDelay({ now, lastEditAt: now, lastReadAt: 0, visible: false })).toBeNull();
  });
});
