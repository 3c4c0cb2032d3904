/**
 * Start-up of the content script in one frame. Decides whether this frame does the work (the top frame, or the
 * top of a cross-origin island; same-origin child frames are handled from above), reads the settings, and
 * wires the settings watcher and the keyboard shortcut to the controller. A Google Docs document page starts
 * its own session instead (lib/content/docs-session.ts), wired up the same way (connectSession).
 */
import { onTabMessage } from '../background/tab-messaging';
import type { PanelSource } from '../quick-check/panel-protocol';
import type { Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../settings/storage';
import { ContentController } from './controller';
import { isResponsibleFrame } from './frames';
import { linkSidePanel } from './panel-port';

export interface ContentContext {
  /** Called when the extension is reloaded or removed: everything we set up must go. */
  onInvalidated(cb: () => void): unknown;
}

/** What start-up wires up: the field controller, or the Docs session on a Docs document page. */
export interface ContentSession extends PanelSource {
  updateSettings(settings: Settings): void;
  toggleSidebar(): boolean;
  stop(): void;
}

export async function startContent(ctx: ContentContext): Promise<void> {
  if (!isResponsibleFrame(window)) return;
  const settings = await loadSettings();
  const controller = new ContentController({ document, hostname: location.hostname, settings });
  controller.start();
  connectSession(ctx, controller);
}

/**
 * Keep a started session in step with the settings, the keyboard shortcut and the side panel, and take all of
 * it down when the extension is reloaded or removed.
 */
export function connectSession(ctx: ContentContext, session: ContentSession): void {
  const unwatch = watchSettings((next) => session.updateSettings(next));
  let removeToggle: (() => void) | undefined;
  try {
    removeToggle = onTabMessage('toggleSidebar', () => {
      session.toggleSidebar();
    });
  } catch {
    // Only one listener per context; a second instance in the same world keeps the first one's.
  }

  // Issue 4: the side panel shows this frame's field (or this document) while it is open (lib/content/panel-port.ts).
  let unlinkPanel: (() => void) | undefined;
  try {
    unlinkPanel = linkSidePanel(session);
  } catch {
    // No runtime ports in this context: the side panel falls back to its quick check; the sidebar still works.
  }

  ctx.onInvalidated(() => {
    unlinkPanel?.();
    unwatch();
    removeToggle?.();
    session.stop();
  });
}
