/**
 * Start-up of the content script in one frame. Decides whether this frame does the work (the top frame, or the
 * top of a cross-origin island; same-origin child frames are handled from above), reads the settings, and
 * wires the settings watcher and the keyboard shortcut to the controller.
 */
import { onTabMessage } from '../background/tab-messaging';
import { loadSettings, watchSettings } from '../settings/storage';
import { ContentController } from './controller';
import { isResponsibleFrame } from './frames';
import { linkSidePanel } from './panel-port';

export interface ContentContext {
  /** Called when the extension is reloaded or removed: everything we set up must go. */
  onInvalidated(cb: () => void): unknown;
}

export async function startContent(ctx: ContentContext): Promise<void> {
  if (!isResponsibleFrame(window)) return;
  const settings = await loadSettings();
  const controller = new ContentController({ document, hostname: location.hostname, settings });
  controller.start();

  const unwatch = watchSettings((next) => controller.updateSettings(next));
  let removeToggle: (() => void) | undefined;
  try {
    removeToggle = onTabMessage('toggleSidebar', () => {
      controller.toggleSidebar();
    });
  } catch {
    // Only one listener per context; a second instance in the same world keeps the first one's.
  }

  // Issue 4: the side panel shows this frame's field while it is open (lib/content/panel-port.ts).
  let unlinkPanel: (() => void) | undefined;
  try {
    unlinkPanel = linkSidePanel(controller);
  } catch {
    // No runtime ports in this context: the side panel falls back to its quick check.
  }

  ctx.onInvalidated(() => {
    unlinkPanel?.();
    unwatch();
    removeToggle?.();
    controller.stop();
  });
}
