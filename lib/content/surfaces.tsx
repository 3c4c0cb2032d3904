/**
 * Our two drawn things, each in its own host element with an open shadow root (lib/ui/mount.ts): the launcher
 * by the field and the sidebar. Hosts are made only when first needed, so nothing is added to a page before the
 * trainee focuses a field.
 */
import type { Report } from '../analysis/types';
import { Launcher, launcherCounts } from '../ui/Launcher';
import { mountInShadow, type ShadowMount } from '../ui/mount';
import { Sidebar } from '../ui/Sidebar';
import { LAUNCHER_CSS, SIDEBAR_CSS } from '../ui/styles';
import type { SidebarProps } from '../ui/types';

export const SIDEBAR_TAG = 'reflect-lens-sidebar';
export const LAUNCHER_TAG = 'reflect-lens-launcher';
/** Matches .rl-launcher in lib/ui/styles.ts. */
export const LAUNCHER_SIZE = { width: 32, height: 32 };

export interface LauncherState {
  report: Report | null;
  position: { left: number; top: number };
  expanded: boolean;
  onOpen: () => void;
}

export type SidebarState = SidebarProps & {
  /** A calm one-line message about the last action (e.g. an Apply refused because the text changed). */
  notice?: string;
};

export interface Surfaces {
  renderLauncher(state: LauncherState | null): void;
  renderSidebar(state: SidebarState): void;
  /** Is `node` inside one of our hosts (focus moving into the sidebar is not a new field)? */
  contains(node: Node): boolean;
  destroy(): void;
}

/** Shown under the panel; lives in the sidebar's own shadow root, so its styles stay ours. */
const NOTICE_CSS = `
.rl-notice {
  position: fixed; right: 8px; bottom: 8px; z-index: 2147483646; width: 320px; max-width: calc(100vw - 16px);
  padding: 10px 12px; border-radius: 10px; border: 1px solid var(--rl-border);
  background: var(--rl-surface); color: var(--rl-text); box-shadow: 0 4px 16px var(--rl-shadow); font-size: 13px;
}
`;

export function createSurfaces(doc: Document): Surfaces {
  let launcher: ShadowMount | null = null;
  let sidebar: ShadowMount | null = null;

  return {
    renderLauncher(state) {
      if (!state) {
        launcher?.render(null);
        return;
      }
      const { missing, count } = launcherCounts(state.report);
      const vnode = (
        <Launcher
          count={count}
          missing={missing}
          position={state.position}
          expanded={state.expanded}
          onOpen={state.onOpen}
          theme="auto"
        />
      );
      if (!launcher) launcher = mountInShadow(doc, LAUNCHER_TAG, vnode, LAUNCHER_CSS);
      else launcher.render(vnode);
    },

    renderSidebar(state) {
      // Never opened yet: no host at all.
      if (!sidebar && !state.open) return;
      const { notice, ...props } = state;
      const vnode = (
        <>
          <Sidebar {...props} theme="auto" />
          {state.open && notice ? (
            <div class="rl-root" data-theme="auto">
              <p class="rl-notice" role="status">
                {notice}
              </p>
            </div>
          ) : null}
        </>
      );
      if (!sidebar) sidebar = mountInShadow(doc, SIDEBAR_TAG, vnode, SIDEBAR_CSS + NOTICE_CSS);
      else sidebar.render(vnode);
    },

    contains(node) {
      let current: Node | null = node;
      while (current) {
        if (current === launcher?.host || current === sidebar?.host) return true;
        current = current.parentNode ?? (current as ShadowRoot).host ?? null;
      }
      return false;
    },

    destroy() {
      launcher?.unmount();
      sidebar?.unmount();
      launcher = null;
      sidebar = null;
    },
  };
}
