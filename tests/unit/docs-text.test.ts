import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanExportText, htmlToText, isBlank, looksLikeHtml, looksLikeSignInPage } from '../../lib/docs/text';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('cleanExportText', () => {
  it('drops the BOM and turns CRLF (and lone CR) into LF, keeping offsets meaningful', () => {
    const raw = '\uFEFFMy week\r\nI met a new client.\r\n\r\nNext time I will ask more.\rEnd';
    const text = cleanExportText(raw);
    expect(text).toBe('My week\nI met a new client.\n\nNext time I will ask more.\nEnd');
    expect(text.indexOf('client')).toBe('My week\nI met a new '.length);
  });

  it('leaves clean text alone and treats a BOM-only export as blank', () => {
    expect(cleanExportText('Already clean.\n')).toBe('Already clean.\n');
    expect(isBlank(cleanExportText('\uFEFF\r\n'))).toBe(true);
    expect(isBlank('a')).toBe(false);
  });
});

describe('looksLikeHtml / looksLikeSignInPage', () => {
  it('spots an HTML page by its content type or its opening', () => {
    expect(looksLikeHtml('anything', 'text/html; charset=utf-8')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <!DOCTYPE html><html>', 'text/plain')).toBe(true);
    expect(looksLikeHtml('<html lang="en">', '')).toBe(true);
    // A reflection that happens to mention a tag is still text.
    expect(looksLikeHtml('I wrote <html> in my notes today.', 'text/plain; charset=utf-8')).toBe(false);
  });

  it('recognises Google sign-in pages, not ordinary error pages', () => {
    expect(looksLikeSignInPage('<title>Sign in - Google Accounts</title>')).toBe(true);
    expect(looksLikeSignInPage('<a href="https://accounts.google.com/ServiceLogin?continue=x">Sign in</a>')).toBe(true);
    expect(looksLikeSignInPage('<input id="identifierId" type="email">')).toBe(true);
    expect(looksLikeSignInPage('<title>Error 403 (Forbidden)</title><p>That’s an error.</p>')).toBe(false);
  });
});

describe('htmlToText (the /mobilebasic view)', () => {
  it('keeps the document content only: no scripts, styles or page chrome; blocks on their own lines', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style>
      <script>var secret = "not text";</script></head><body>
      <div class="header">Menu</div>
      <div class="doc-content">
        <h1>My <b>week</b></h1>
        <p>I   felt
          nervous.</p><p>I&nbsp;learned to wait.<br>Then I listened.</p>
        <ul><li>ask first</li><li>listen</li></ul>
        <table><tr><td>one</td><td>two</td></tr></table>
        <script>document.write("no")</script><noscript>no</noscript>
      </div></body></html>`;
    const text = htmlToText(html, parseHtml);
    expect(text).toBe('My week\n\nI felt nervous.\n\nI learned to wait.\nThen I listened.\n\nask first\n\nlisten\n\none two');
    expect(text).not.toMatch(/secret|Menu|color|no\b/);
  });

  it('falls back to the body when the content container is unknown', () => {
    expect(htmlToText('<html><body><p>Only this.</p></body></html>', parseHtml)).toBe('Only this.');
  });
});
