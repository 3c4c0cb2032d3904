/**
 * The context menu "Check reflection structure" on selected text (issue 4). The selection is kept in this
 * background's memory only (never storage.sync/local), the quick check is opened (Chrome's side panel, Firefox's
 * sidebar, or else a small window with the popup page), and that page takes the text once with
 * `takeQuickCheckText`, after which the background forgets it.
 *
 * The browser APIs come in as a parameter so the unit test can drive it without a browser.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging';

export const CONTEXT_MENU_ID = 'reflect-lens-check-selection';
export const CONTEXT_MENU_TITLE = 'Check reflection structure';
/** A selection older than this is not handed over (the trainee has moved on). */
export const PENDING_TTL_MS = 2 * 60_000;
/** Long enough for any essay; a runaway selection (a whole web page) is cut. */
export const MAX_SELECTION_CHARS = 100_000;

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

interface Tab {
  id?: number;
  windowId?: number;
}

export interface ContextMenuApi {
  createMenu(item: { id: string; title: string; contexts: ['selection'] }): void;
  removeAllMenus(): Promise<void>;
  onInstalled(listener: () => void): void;
  onStartup(listener: () => void): void;
  onMenuClicked(listener: (info: MenuClick, tab?: Tab) => void): void;
  /** Open the quick check where the browser allows it; must be called synchronously in the click handler. */
  openQuickCheck(tab?: Tab): void;
  /** Tell an already open side panel that text is waiting. */
  announce(): void;
  onTake(handler: () => string | null): void;
  now(): number;
}

export function startContextMenu(api: ContextMenuApi = browserApi()): { pendingForTest(): string | null } {
  let pending: { text: string; at: number } | null = null;

  const create = () => {
    try {
      api.createMenu({ id: CONTEXT_MENU_ID, title: CONTEXT_MENU_TITLE, contexts: ['selection'] });
    } catch {
      // Already there (a restarted background): nothing to do.
    }
  };
  api.onInstalled(create);
  // Menus survive a service-worker restart in Chrome; Firefox's event page may drop them, so rebuild at start-up.
  api.onStartup(() => {
    api.removeAllMenus().then(create, create);
  });

  api.onMenuClicked((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID) return;
    const text = (info.selectionText ?? '').slice(0, MAX_SELECTION_CHARS);
    if (!text.trim()) return;
    pending = { text, at: api.now() };
    // First, while the click still counts as a user gesture (sidePanel.open / sidebarAction.open need one).
    api.openQuickCheck(tab);
    api.announce();
  });

  api.onTake(() => {
    const taken = pending;
    pending = null;
    if (!taken || api.now() - taken.at > PENDING_TTL_MS) return null;
    return taken.text;
  });

  return { pendingForTest: () => pending?.text ?? null };
}

/** The real browser: Chrome side panel, Firefox sidebar, or a popup-sized window as the last resort. */
function browserApi(): ContextMenuApi {
  const menus = (browser as any).contextMenus ?? (browser as any).menus;
  const chromeSidePanel = (globalThis as any).chrome?.sidePanel as
    | { open(options: { tabId?: number; windowId?: number }): Promise<void> }
    | undefined;
  const sidebarAction = (browser as any).sidebarAction as { open(): Promise<void> } | undefined;
  const openWindow = () =>
    browser.windows
      .create({ url: browser.runtime.getURL('/popup.html?source=selection'), type: 'popup', width: 440, height: 640 })
      .catch(() => browser.tabs.create({ url: browser.runtime.getURL('/popup.html?source=selection') }))
      .catch(() => {});
  return {
    createMenu: (item) => {
      menus?.create(item, () => void (globalThis as any).chrome?.runtime?.lastError);
    },
    removeAllMenus: async () => {
      await menus?.removeAll();
    },
    onInstalled: (listener) => browser.runtime.onInstalled.addListener(() => listener()),
    onStartup: (listener) => browser.runtime.onStartup.addListener(() => listener()),
    onMenuClicked: (listener) => menus?.onClicked.addListener(listener),
    openQuickCheck: (tab) => {
      try {
        if (chromeSidePanel && tab?.id !== undefined) {
          chromeSidePanel.open({ tabId: tab.id }).catch(openWindow);
          return;
        }
        if (sidebarAction) {
          sidebarAction.open().catch(openWindow);
          return;
        }
      } catch {
        // fall through
      }
      void openWindow();
    },
    announce: () => {
      sendMessage('quickCheckTextReady', undefined).catch(() => {
        // No side panel open yet: the page takes the text when it loads.
      });
    },
    onTake: (handler) => onMessage('takeQuickCheckText', () => handler()),
    now: () => Date.now(),
  };
}
