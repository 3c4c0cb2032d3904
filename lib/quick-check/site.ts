/**
 * The popup's one-click "Reflect Lens on this site" switch: which host a tab is on, and the disabled-sites list
 * with that host switched on or off. Pure (the popup saves the result through lib/settings).
 */
import { isSiteDisabled, normalizeSite } from '../settings/settings';

/** The host of a web page (http/https/file-less), or null for browser pages, extension pages and the like. */
export function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeSite(parsed.hostname) || null;
  } catch {
    return null;
  }
}

/**
 * The list with `host` switched off (added, unless a listed domain already covers it) or on (every entry that
 * covers it removed: "example.org" is what keeps "www.example.org" off, so switching it on removes that too).
 */
export function withSiteSwitched(disabledSites: readonly string[], host: string, off: boolean): string[] {
  const site = normalizeSite(host);
  if (!site) return [...disabledSites];
  if (off) {
    return isSiteDisabled({ disabledSites: [...disabledSites] }, site) ? [...disabledSites] : [...disabledSites, site];
  }
  return disabledSites.filter((entry) => !isSiteDisabled({ disabledSites: [entry] }, site));
}
