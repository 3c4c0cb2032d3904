/**
 * Side-panel end of the link to a tab's content script (protocol in ./panel-protocol.ts). Follows the active tab
 * of the panel's window, keeps one port open to it, and reports the state of the field the trainee is in (the
 * frame that gained a field last wins). When the tab has no content script (a browser page, a site switched off,
 * a page still loading) the port closes at once: the panel shows its quick check and tries again when the tab
 * finishes loading or another tab becomes active.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../analysis/types';
import {
  isPanelStateMessage,
  PANEL_PORT_NAME,
  type PanelActionMessage,
  type PanelFieldState,
} from './panel-protocol';

type Port = ReturnType<typeof browser.tabs.connect>;

export interface PanelView {
  /** The current field's state, and the frame it is in; null when the tab has no field in use. */
  state: PanelFieldState | null;
  source: string | null;
  tabId: number | null;
}

/** Of the frames that answered, the one where the trainee last focused a field. */
export function currentFrame(states: ReadonlyMap<string, PanelFieldState | null>): { source: string; state: PanelFieldState } | null {
  let best: { source: string; state: PanelFieldState } | null = null;
  for (const [source, state] of states) {
    if (state && (!best || state.focusedAt >= best.state.focusedAt)) best = { source, state };
  }
  return best;
}

/** Reconnection waits grow from 1 s to 10 s for a tab without a content script, and reset on success. */
const RETRY_MS = [1000, 2000, 5000, 10000];

export class PanelLink {
  private port: Port | null = null;
  private tabId: number | null = null;
  private states = new Map<string, PanelFieldState | null>();
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private ownTabId: number | undefined;
  private windowId: number | undefined;
  private stopped = false;
  private readonly cleanups: (() => void)[] = [];

  /** `fixedTabId`: follow this tab only (the panel page opened in a tab, as the E2E tests do). */
  constructor(
    private readonly onView: (view: PanelView) => void,
    private readonly fixedTabId?: number,
  ) {}

  async start(): Promise<void> {
    try {
      this.ownTabId = (await browser.tabs.getCurrent?.())?.id;
      this.windowId = (await browser.windows?.getCurrent?.())?.id;
    } catch {
      // a side panel has no tab of its own
    }
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (this.fixedTabId !== undefined || info.windowId !== this.windowId || info.tabId === this.ownTabId) return;
      this.connect(info.tabId);
    };
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === this.tabId && change.status === 'complete' && !this.port) this.connect(tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    this.cleanups.push(
      () => browser.tabs.onActivated.removeListener(onActivated),
      () => browser.tabs.onUpdated.removeListener(onUpdated),
    );
    const target = await this.targetTab();
    if (target !== null) this.connect(target);
    else this.emit();
  }

  private async targetTab(): Promise<number | null> {
    if (this.fixedTabId !== undefined) return this.fixedTabId;
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined && tab.id !== this.ownTabId) return tab.id;
    } catch {
      // no tabs API here
    }
    return null;
  }

  private connect(tabId: number) {
    if (this.stopped) return;
    this.disconnect();
    this.tabId = tabId;
    let port: Port;
    try {
      port = browser.tabs.connect(tabId, { name: PANEL_PORT_NAME });
    } catch {
      this.scheduleRetry();
      this.emit();
      return;
    }
    this.port = port;
    port.onMessage.addListener((message: unknown) => {
      if (port !== this.port || !isPanelStateMessage(message)) return;
      this.retries = 0;
      this.states.set(message.source, message.state);
      this.emit();
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError keeps Chrome from logging "Could not establish connection" for a tab without us.
      void (globalThis as any).chrome?.runtime?.lastError;
      if (port !== this.port) return;
      this.port = null;
      this.states.clear();
      this.emit();
      this.scheduleRetry();
    });
    this.emit();
  }

  private scheduleRetry() {
    clearTimeout(this.retryTimer);
    const tabId = this.tabId;
    if (tabId === null || this.stopped) return;
    const wait = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)];
    this.retries++;
    this.retryTimer = setTimeout(() => {
      if (this.tabId === tabId && !this.port) this.connect(tabId);
    }, wait);
  }

  private disconnect() {
    clearTimeout(this.retryTimer);
    const port = this.port;
    this.port = null;
    this.states.clear();
    try {
      port?.disconnect();
    } catch {
      // already closed
    }
  }

  private emit() {
    const current = currentFrame(this.states);
    this.onView({ state: current?.state ?? null, source: current?.source ?? null, tabId: this.tabId });
  }

  /** Ask the frame that owns the field to select, apply or re-check (the others ignore it). */
  act(type: PanelActionMessage['type'], source: string, finding?: Finding): void {
    const message: PanelActionMessage = { type, source, finding };
    try {
      this.port?.postMessage(message);
    } catch {
      // the tab went away; the disconnect handler shows the quick check
    }
  }

  stop() {
    this.stopped = true;
    this.disconnect();
    for (const cleanup of this.cleanups) cleanup();
  }
}
