/**
 * The toolbar popup: the quick check, "check the selected text on this page", and a one-click switch for the
 * current site. Opened as a page (from the Docs fallback or the context menu window) it works the same, minus the
 * page tools when there is no web page behind it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { isSiteDisabled } from '../settings/settings';
import { saveSettings } from '../settings/storage';
import { LensIcon } from '../ui/icons';
import { ThemeRoot } from '../ui/Theme';
import { QUICK_COPY } from './copy';
import { QuickCheck, type IncomingText } from './QuickCheck';
import { readSelectionInTab } from './selection';
import { siteOfUrl, withSiteSwitched } from './site';
import { useSettings } from './useSettings';

interface ActiveTab {
  id: number;
  /** null: not a web page (a browser page, or this very page opened in a tab). */
  host: string | null;
}

/** The tab the popup was opened on. `url` is readable because opening the popup grants activeTab. */
async function activeTab(): Promise<ActiveTab | null> {
  try {
    const self = await browser.tabs.getCurrent?.();
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.id || tab.id === self?.id) return null;
    return { id: tab.id, host: siteOfUrl(tab.url) };
  } catch {
    return null;
  }
}

export function Popup() {
  const { settings } = useSettings();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [incoming, setIncoming] = useState<IncomingText | null>(null);
  const [message, setMessage] = useState<string | undefined>(undefined);

  useEffect(() => {
    void activeTab().then(setTab);
    // Opened by the context menu: the background hands over the selection it kept in memory.
    if (new URLSearchParams(location.search).get('source') === 'selection') {
      sendMessage('takeQuickCheckText', undefined)
        .then((text) => {
          if (text) setIncoming({ text, key: Date.now(), note: QUICK_COPY.contextMenuLoaded });
        })
        .catch(() => {});
    }
  }, []);

  const checkSelection = async () => {
    setMessage(undefined);
    if (!tab) {
      setMessage(QUICK_COPY.selectionNoAccess);
      return;
    }
    const read = await readSelectionInTab(tab.id);
    if (!read.ok) setMessage(QUICK_COPY.selectionNoAccess);
    else if (!read.text.trim()) setMessage(QUICK_COPY.selectionEmpty);
    else setIncoming({ text: read.text, key: Date.now(), note: QUICK_COPY.selectionLoaded });
  };

  const host = tab?.host ?? null;
  const siteOn = host ? !isSiteDisabled(settings, host) : false;
  const switchSite = async () => {
    if (!host) return;
    try {
      await saveSettings({ disabledSites: withSiteSwitched(settings.disabledSites, host, siteOn) });
      setMessage(siteOn ? QUICK_COPY.siteSwitchedOff(host) : QUICK_COPY.siteSwitchedOn(host));
    } catch {
      setMessage(QUICK_COPY.siteSaveFailed);
    }
  };

  const sidePanel = (globalThis as any).chrome?.sidePanel as { open?(o: { windowId?: number; tabId?: number }): Promise<void> } | undefined;
  const sidebarAction = (browser as any).sidebarAction as { open?(): Promise<void> } | undefined;
  const canOpenPanel = !!(sidePanel?.open || sidebarAction?.open);
  const openPanel = () => {
    // Called straight from the click (a user gesture is required).
    if (sidePanel?.open && tab) {
      void sidePanel.open({ tabId: tab.id }).then(() => window.close(), () => {});
    } else if (sidebarAction?.open) {
      void sidebarAction.open().then(() => window.close(), () => {});
    }
  };

  return (
    <ThemeRoot theme="auto">
      <main class="rl-page rl-popup">
        <header class="rl-page-header">
          <h1 class="rl-page-title">
            <LensIcon size={18} /> Reflect Lens
          </h1>
          {canOpenPanel && tab && (
            <button type="button" class="rl-link-button" data-action="open-side-panel" onClick={openPanel}>
              {QUICK_COPY.openSidePanel}
            </button>
          )}
          <button
            type="button"
            class="rl-link-button"
            data-action="open-settings"
            onClick={() => void browser.runtime.openOptionsPage().catch(() => {})}
          >
            {QUICK_COPY.settings}
          </button>
        </header>
        <QuickCheck fieldId="popup" settings={settings} incoming={incoming} autoFocus>
          <div class="rl-tools">
            <button type="button" class="rl-button" data-action="check-selection" onClick={() => void checkSelection()}>
              {QUICK_COPY.checkSelection}
            </button>
            {host && (
              <button
                type="button"
                role="switch"
                class="rl-switch"
                data-action="toggle-site"
                aria-checked={siteOn ? 'true' : 'false'}
                aria-label={QUICK_COPY.siteSwitchLabel(host)}
                onClick={() => void switchSite()}
              >
                <span class="rl-switch-track" aria-hidden="true">
                  <span class="rl-switch-thumb" />
                </span>
                {siteOn ? QUICK_COPY.siteOn(host) : QUICK_COPY.siteOff(host)}
              </button>
            )}
          </div>
          {message && (
            <p class="rl-status-line" role="status">
              {message}
            </p>
          )}
        </QuickCheck>
      </main>
    </ThemeRoot>
  );
}
