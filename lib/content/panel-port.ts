/**
 * Content-script end of the side panel link (protocol in lib/quick-check/panel-protocol.ts). Added for issue 4:
 * while a side panel is connected to this tab, each responsible frame sends its field's state on the port after
 * every change; when the panel closes, the port closes and nothing more is sent.
 */
import { browser } from 'wxt/browser';
import {
  isPanelActionMessage,
  PANEL_PORT_NAME,
  type PanelFieldState,
  type PanelSource,
  type PanelStateMessage,
} from '../quick-check/panel-protocol';

type Port = ReturnType<typeof browser.runtime.connect>;

/** Start answering side panels. Returns a function that stops and closes every open port. */
export function linkSidePanel(source: PanelSource): () => void {
  const frameKey = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const ports = new Set<Port>();

  const onConnect = (port: Port) => {
    if (port.name !== PANEL_PORT_NAME) return;
    // Only our own extension pages connect with this name; check the sender anyway.
    if (port.sender?.id && port.sender.id !== browser.runtime.id) return;
    ports.add(port);
    let last: PanelFieldState | null | undefined;
    let lastText: string | undefined;
    const send = () => {
      const state = safeState(source);
      // Same report, same text, same status: nothing new to send (renders happen for many reasons).
      if (
        last !== undefined &&
        state?.report === last?.report &&
        state?.text === lastText &&
        state?.status === last?.status &&
        state?.notice === last?.notice &&
        (state === null) === (last === null)
      ) {
        return;
      }
      last = state;
      lastText = state?.text;
      const message: PanelStateMessage = { type: 'state', source: frameKey, state };
      try {
        port.postMessage(message);
      } catch {
        close();
      }
    };
    const unsubscribe = source.onPanelChange(send);
    const close = () => {
      unsubscribe();
      ports.delete(port);
    };
    port.onDisconnect.addListener(close);
    port.onMessage.addListener((message: unknown) => {
      if (!isPanelActionMessage(message) || message.source !== frameKey) return;
      try {
        if (message.type === 'refresh') source.panelRefresh?.();
        else if (message.finding && message.type === 'apply') source.panelApply?.(message.finding);
        else if (message.finding && message.type === 'select') source.panelSelect?.(message.finding);
      } catch {
        // A failed action shows as the field's own calm error state; never on the page's console.
      }
    });
    send();
  };

  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) {
      try {
        port.disconnect();
      } catch {
        // already gone
      }
    }
    ports.clear();
  };
}

function safeState(source: PanelSource): PanelFieldState | null {
  try {
    return source.panelState();
  } catch {
    return null;
  }
}
