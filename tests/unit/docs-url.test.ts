import { describe, expect, it } from 'vitest';
import { exportUrl, isAllowedDocsHost, mobileBasicUrl, parseDocsUrl } from '../../lib/docs/url';

describe('parseDocsUrl', () => {
  const ID = '1aBcD-efGh_ijKLmnOPqrsTUvwxyz0123456789ABCDE';

  it('finds the document id in the editor, view and account paths', () => {
    expect(parseDocsUrl(`https://docs.google.com/document/d/${ID}/edit`)).toEqual({ id: ID, basePath: `/document/d/${ID}` });
    expect(parseDocsUrl(`https://docs.google.com/document/d/${ID}/edit?tab=t.0#heading=h.abc`)?.id).toBe(ID);
    expect(parseDocsUrl(`https://docs.google.com/document/d/${ID}`)?.id).toBe(ID);
    expect(parseDocsUrl(`https://docs.google.com/document/d/${ID}/view`)?.id).toBe(ID);
    // A second signed-in account keeps its /u/<n>/ so the export is read with the same account.
    expect(parseDocsUrl(`https://docs.google.com/document/u/1/d/${ID}/edit`)).toEqual({
      id: ID,
      basePath: `/document/u/1/d/${ID}`,
    });
  });

  it('builds the export and /mobilebasic URLs on docs.google.com', () => {
    const doc = parseDocsUrl(`https://docs.google.com/document/u/2/d/${ID}/edit`)!;
    expect(exportUrl(doc)).toBe(`https://docs.google.com/document/u/2/d/${ID}/export?format=txt`);
    expect(mobileBasicUrl(doc)).toBe(`https://docs.google.com/document/u/2/d/${ID}/mobilebasic`);
  });

  it('ignores everything that is not a Docs document', () => {
    for (const url of [
      `https://docs.google.com/spreadsheets/d/${ID}/edit`,
      `https://docs.google.com/presentation/d/${ID}/edit`,
      `https://docs.google.com/forms/d/${ID}/viewform`,
      'https://docs.google.com/document/u/0/',
      `http://docs.google.com/document/d/${ID}/edit`,
      `https://docs.google.com.evil.example/document/d/${ID}/edit`,
      `https://evil.example/docs.google.com/document/d/${ID}/edit`,
      `https://docs.google.com:8443/document/d/${ID}/edit`,
      'https://docs.google.com/document/d/a%2Fb/edit',
      'not a url',
    ]) {
      expect(parseDocsUrl(url), url).toBeNull();
    }
  });

  it('allows exactly docs.google.com and googleusercontent.com hosts over https', () => {
    expect(isAllowedDocsHost('https://docs.google.com/document/d/x/export?format=txt')).toBe(true);
    expect(isAllowedDocsHost('https://doc-0s-8k-docs.googleusercontent.com/docs/securesc/abc')).toBe(true);
    expect(isAllowedDocsHost('https://accounts.google.com/ServiceLogin')).toBe(false);
    expect(isAllowedDocsHost('https://googleusercontent.com.evil.example/')).toBe(false);
    expect(isAllowedDocsHost('http://doc-0s.googleusercontent.com/')).toBe(false);
  });
});
