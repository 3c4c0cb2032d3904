/**
 * Messages from the background to a tab's content scripts (the other direction of lib/messaging.ts), kept on a
 * separate messenger so the shared analyze/release protocol stays as agreed.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

interface TabProtocolMap {
  /** The keyboard shortcut was pressed: open or close the sidebar and move focus into it. */
  toggleSidebar(): void;
}

export const { sendMessage: sendToTab, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocolMap>();

/** The `commands` entry in the manifest (wxt.config.ts) and in the background's handler. */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
