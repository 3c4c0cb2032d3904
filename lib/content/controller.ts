/**
 * The content script's brain: follows focus (this document and same-origin child frames), attaches an editor
 * adapter to the focused field, keeps one FieldSession for it, and draws the launcher, sidebar and underlines.
 * Nothing is drawn until a field is focused; a site switched off gets nothing, and switching it off live removes
 * every trace at once.
 */
import type { Finding } from '../analysis/types';
import type { AnalyzeOptions } from '../analysis/types';
import { adapterFor, findEditableRoot, isExcluded } from '../editors';
import { sendMessage } from '../messaging';
import { isSiteDisabled, type Settings } from '../settings/settings';
import { saveSettings } from '../settings/storage';
import { watchFocus } from './frames';
import { isOnScreen, launcherPosition, rectInHostViewport } from './geometry';
import { FieldSession } from './session';
import { createSurfaces, LAUNCHER_SIZE, type Surfaces } from './surfaces';
import { FieldHighlights } from './highlights';
import type { PanelFieldState } from '../quick-check/panel-protocol';
import { analyzeOptionsFor, rememberedFrameworkFor } from '../quick-check/settings-view';

export interface ControllerEnvironment {
  /** This instance's document (top document, or the top of a cross-origin island). */
  document: Document;
  hostname: string;
  settings: Settings;
}

export class ContentController {
  private settings: Settings;
  private stopFocus: (() => void) | undefined;
  private session: FieldSession | null = null;
  private surfaces: Surfaces | null = null;
  private highlights: FieldHighlights | null = null;
  private sidebarOpen = false;
  /** Sessions the sidebar was opened for automatically (or closed by hand): it opens by itself once per field. */
  private autoOpenDone = new WeakSet<Element>();
  private focusOnOpen = false;
  private fieldIds = new WeakMap<Element, string>();
  private nextFieldId = 1;
  private releaseOnGone = new Set<{ element: Element; fieldId: string }>();
  private layoutTimer: ReturnType<typeof setInterval> | undefined;
  private frameRequested = false;
  private readonly doc: Document;
  private readonly hostname: string;
  private running = false;

  constructor(env: ControllerEnvironment) {
    this.doc = env.document;
    this.hostname = env.hostname;
    this.settings = env.settings;
  }

  start() {
    if (this.running || isSiteDisabled(this.settings, this.hostname)) return;
    this.running = true;
    this.stopFocus = watchFocus(this.doc, { onFocus: (target) => this.guard(() => this.onFocus(target)) });
    const win = this.doc.defaultView;
    win?.addEventListener('scroll', this.onLayout, true);
    win?.addEventListener('resize', this.onLayout, true);
    win?.addEventListener('pagehide', this.onPageHide);
    // Fields move without events (content above them grows, an editor resizes); a slow check keeps up.
    this.layoutTimer = setInterval(() => this.guard(() => this.layoutTick()), 400);
  }

  /** Remove everything we added and forget every field. The page is left exactly as it was. */
  stop() {
    if (!this.running) return;
    this.running = false;
    this.stopFocus?.();
    this.stopFocus = undefined;
    clearInterval(this.layoutTimer);
    const win = this.doc.defaultView;
    win?.removeEventListener('scroll', this.onLayout, true);
    win?.removeEventListener('resize', this.onLayout, true);
    win?.removeEventListener('pagehide', this.onPageHide);
    this.detach();
    for (const entry of this.releaseOnGone) this.release(entry.fieldId);
    this.releaseOnGone.clear();
    this.fieldIds = new WeakMap();
    this.highlights?.destroy();
    this.highlights = null;
    this.surfaces?.destroy();
    this.surfaces = null;
    this.sidebarOpen = false;
    this.notifyPanel();
  }

  /** Settings changed (options page, another device): apply at once. */
  updateSettings(settings: Settings) {
    this.guard(() => this.applySettings(settings));
  }

  private applySettings(settings: Settings) {
    const before = this.settings;
    this.settings = settings;
    const disabled = isSiteDisabled(settings, this.hostname);
    if (disabled) {
      this.stop();
      return;
    }
    if (!this.running) {
      this.start();
      return;
    }
    const analysisChanged =
      JSON.stringify(this.analyzeOptions(before)) !== JSON.stringify(this.analyzeOptions(settings));
    if (analysisChanged) void this.session?.analyseNow();
    else this.render();
  }

  /** The keyboard shortcut: open or close the sidebar, moving focus into it when opening. */
  toggleSidebar(): boolean {
    let handled = false;
    this.guard(() => {
      handled = this.toggleSidebarNow();
    });
    return handled;
  }

  private toggleSidebarNow(): boolean {
    if (!this.running) return false;
    // The message reaches every frame; only the instance where the trainee is answers. A cross-origin frame
    // that has focus runs its own instance, so this one stays out of it (unless its own sidebar is open).
    const active = this.doc.activeElement;
    const focusInForeignFrame = !!active && /^(IFRAME|FRAME)$/i.test(active.tagName) && !this.frameIsOurs(active);
    if (!this.sidebarOpen && (focusInForeignFrame || (!this.session && !this.doc.hasFocus()))) return false;
    if (this.sidebarOpen) this.closeSidebar();
    else this.openSidebar(true);
    return true;
  }

  private frameIsOurs(frame: Element): boolean {
    try {
      return !!(frame as HTMLIFrameElement).contentDocument;
    } catch {
      return false;
    }
  }

  private onFocus(target: Element) {
    if (!this.running) return;
    if (this.surfaces?.contains(target)) return; // focus moved into our own sidebar
    const root = findEditableRoot(target);
    if (!root || isExcluded(root)) return;
    if (this.session && this.session.element === root && !this.session.isDestroyed) {
      this.render();
      return;
    }
    this.ensureSurfaces();
    const isTextarea = root.tagName.toUpperCase() === 'TEXTAREA';
    // Textarea mirrors (for measuring and underlines) go in our own overlay host, never in the page.
    const adapter = adapterFor(root, isTextarea ? { measureRoot: this.highlights!.overlayRoot() } : {});
    if (!adapter) return;
    this.detach();
    this.highlights!.attach(adapter);
    let fieldId = this.fieldIds.get(root);
    if (!fieldId) {
      fieldId = `f${this.nextFieldId++}`;
      this.fieldIds.set(root, fieldId);
      this.releaseOnGone.add({ element: root, fieldId });
    }
    this.session = new FieldSession(fieldId, adapter, {
      onUpdate: (_session, textOnly) => this.onSessionUpdate(textOnly),
      options: () => this.analyzeOptions(this.settings),
    });
    this.ensureSurfaces();
    this.render();
    void this.session.analyseNow();
  }

  /** Let go of the current field; its analyzer stays in the background in case the trainee comes back. */
  private detach() {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.highlights?.detach();
    session.destroy();
  }

  private release(fieldId: string) {
    sendMessage('release', fieldId).catch(() => {
      // The background may be restarting; its LRU bound forgets the field anyway.
    });
  }

  private onSessionUpdate(textOnly = false) {
    const session = this.session;
    if (!session) return;
    const report = session.state.report;
    const threshold = this.settings.autoOpenWords;
    if (
      report &&
      session.state.status === 'ready' &&
      threshold > 0 &&
      report.words >= threshold &&
      !this.sidebarOpen &&
      !this.autoOpenDone.has(session.element)
    ) {
      this.autoOpenDone.add(session.element);
      this.sidebarOpen = true;
      this.focusOnOpen = false;
    }
    // A keystroke only moved the text under the same report. Redrawing the sidebar (hundreds of findings on a
    // long essay) per keystroke would make typing stutter, so it waits for the next report, ~400 ms after typing
    // pauses; underlines follow the text by themselves, and Apply/select follow each finding to its new place.
    if (!textOnly) this.scheduleRender();
  }

  private renderPending = false;
  private highlightsPending = false;

  /**
   * Draw a new report soon, in its own task rather than inside an animation frame: the frame that follows then
   * lays out and paints the sidebar in a task of its own, and the underlines come a frame later still
   * (scheduleHighlights). Drawing all three in one frame was one task of 36–85 ms on a 3,000-word essay
   * (tests/e2e/speed.e2e.test.ts counts tasks over 50 ms while the trainee types).
   */
  private scheduleRender() {
    if (this.renderPending) return;
    this.renderPending = true;
    afterCurrentTask(() => {
      if (!this.renderPending) return;
      this.renderPending = false;
      this.render({ highlightsLater: true });
    });
  }

  /** Underlines after the next paint, in a task of their own; at most one waiting. */
  private scheduleHighlights() {
    if (this.highlightsPending) return;
    this.highlightsPending = true;
    const run = () => {
      if (!this.highlightsPending) return;
      this.highlightsPending = false;
      if (this.running) this.guard(() => this.renderHighlights());
    };
    const win = this.doc.defaultView;
    // rAF runs just before the frame that lays out the sidebar; the message after it runs once that frame is done.
    win?.requestAnimationFrame?.(() => afterCurrentTask(run));
    // rAF pauses in hidden tabs and some frames; never leave things behind for long.
    setTimeout(run, 150);
  }

  private openSidebar(focus: boolean) {
    this.ensureSurfaces();
    this.sidebarOpen = true;
    this.focusOnOpen = focus;
    if (this.session) this.autoOpenDone.add(this.session.element);
    this.render();
  }

  private closeSidebar() {
    this.sidebarOpen = false;
    this.focusOnOpen = false;
    this.render();
    // Back to where the trainee was writing.
    try {
      this.session?.element.focus({ preventScroll: true });
    } catch {
      // ignore
    }
  }

  /** The chosen model with the course's wording; the same object while settings are unchanged. */
  private readonly framework = rememberedFrameworkFor();

  private analyzeOptions(settings: Settings): AnalyzeOptions {
    return analyzeOptionsFor(settings, this.framework);
  }

  private ensureSurfaces() {
    if (!this.surfaces) this.surfaces = createSurfaces(this.doc);
    if (!this.highlights) this.highlights = new FieldHighlights(this.doc);
  }

  private readonly onLayout = () => {
    if (this.frameRequested || !this.session) return;
    this.frameRequested = true;
    const win = this.doc.defaultView;
    const run = () => {
      this.frameRequested = false;
      this.guard(() => this.renderLauncher());
    };
    if (win?.requestAnimationFrame) win.requestAnimationFrame(run);
    else setTimeout(run, 16);
  };

  private readonly onPageHide = () => {
    for (const entry of this.releaseOnGone) this.release(entry.fieldId);
    this.releaseOnGone.clear();
  };

  private layoutTick() {
    // Fields removed from the page: drop their sessions and analyzers.
    for (const entry of [...this.releaseOnGone]) {
      // A field in a removed iframe stays "connected" to its own orphaned document: check for a window too.
      if (!entry.element.isConnected || !entry.element.ownerDocument?.defaultView) {
        this.releaseOnGone.delete(entry);
        if (this.session?.element === entry.element) this.detach();
        this.release(entry.fieldId);
        this.render();
      }
    }
    if (this.session) this.renderLauncher();
  }

  private render(options: { highlightsLater?: boolean } = {}) {
    this.renderPending = false;
    if (!this.running) return;
    this.guard(() => {
      this.renderLauncher();
      this.renderSidebar();
      if (options.highlightsLater) this.scheduleHighlights();
      else {
        this.highlightsPending = false;
        this.renderHighlights();
      }
    });
    this.notifyPanel();
  }

  private renderLauncher() {
    const surfaces = this.surfaces;
    if (!surfaces) return;
    const session = this.session;
    const view = this.doc.defaultView;
    if (!session || !view) {
      surfaces.renderLauncher(null);
      return;
    }
    const box = rectInHostViewport(session.element, view);
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    if (!isOnScreen(box, viewport) || box.width === 0) {
      surfaces.renderLauncher(null);
      return;
    }
    surfaces.renderLauncher({
      report: session.state.report,
      position: launcherPosition(box, LAUNCHER_SIZE, viewport),
      expanded: this.sidebarOpen,
      onOpen: () => this.guard(() => (this.sidebarOpen ? this.closeSidebar() : this.openSidebar(true))),
    });
  }

  private renderSidebar() {
    const surfaces = this.surfaces;
    if (!surfaces) return;
    const session = this.session;
    const state = session?.state;
    const focusOnOpen = this.focusOnOpen;
    this.focusOnOpen = false;
    surfaces.renderSidebar({
      open: this.sidebarOpen,
      focusOnOpen,
      framework: this.framework(this.settings),
      report: state?.report ?? null,
      text: state?.text ?? '',
      status: state?.status ?? 'idle',
      error: state?.error,
      notice: state?.notice,
      showStructure: this.settings.showStructure,
      onClose: () => this.guard(() => this.closeSidebar()),
      onSelectFinding: (finding: Finding) =>
        this.guard(() => {
          const span = this.session?.select(finding);
          this.highlights?.setActive(span ?? null);
        }),
      onApply: (finding: Finding) =>
        this.guard(() => {
          this.session?.apply(finding);
          // Drop the applied finding from the list at once (a double click must not look like a refusal).
          this.render();
        }),
      onToggleStructure: (next: boolean) =>
        this.guard(() => {
          this.settings = { ...this.settings, showStructure: next };
          this.render();
          // Kept for next time too (settings only, never text); the storage echo changes nothing further.
          saveSettings({ showStructure: next }).catch(() => {});
        }),
    });
  }

  private renderHighlights() {
    const session = this.session;
    if (!this.highlights || !session) return;
    this.highlights.update(session.state.report, session.state.text, session.reportVersion, {
      showStructure: this.settings.showStructure,
      framework: this.framework(this.settings),
    });
  }

  /** Our failures become a calm state in the sidebar; they never reach the page's console. */
  private guard(fn: () => void) {
    try {
      fn();
    } catch (error) {
      if (this.session) {
        this.session.state = {
          ...this.session.state,
          status: 'error',
          error: error instanceof Error ? error.message : String(error),
        };
      }
      // Try once to show the calm error state; a failing redraw is not retried (no loop).
      if (!this.recovering) {
        this.recovering = true;
        try {
          this.renderSidebar();
        } catch {
          // nothing more we can do quietly
        } finally {
          this.recovering = false;
        }
      }
    }
  }

  private recovering = false;

  // ---- Side panel (issue 4, lib/content/panel-port.ts): the current field's state, and a call after each redraw.

  private readonly panelListeners = new Set<() => void>();
  private focusedAt = 0;
  private focusedElement: Element | null = null;

  onPanelChange(listener: () => void): () => void {
    this.panelListeners.add(listener);
    return () => this.panelListeners.delete(listener);
  }

  private notifyPanel() {
    for (const listener of this.panelListeners) {
      try {
        listener();
      } catch {
        // a closed port; it removes itself
      }
    }
  }

  panelState(): PanelFieldState | null {
    const session = this.session;
    if (!this.running || !session || session.isDestroyed) return null;
    if (this.focusedElement !== session.element) {
      this.focusedElement = session.element;
      this.focusedAt = Date.now();
    }
    const { text, report, status, error, notice } = session.state;
    return {
      kind: 'field',
      text,
      report,
      status,
      error,
      notice,
      framework: this.settings.framework,
      canApply: true,
      canSelect: true,
      focusedAt: this.focusedAt,
    };
  }

  /** The panel sends copies of findings: find the one shown now by rule and span. */
  private panelFinding(copy: Finding): Finding | undefined {
    return this.session?.state.report?.findings.find(
      (f) => f.rule === copy.rule && f.start === copy.start && f.end === copy.end,
    );
  }

  panelSelect(copy: Finding) {
    this.guard(() => {
      const finding = this.panelFinding(copy);
      if (!finding) return;
      const span = this.session?.select(finding);
      this.highlights?.setActive(span ?? null);
    });
  }

  panelApply(copy: Finding) {
    this.guard(() => {
      // Not found: apply() on the copy refuses calmly (stale) and re-analyses.
      const finding = this.panelFinding(copy) ?? copy;
      this.session?.apply(finding);
      this.render();
    });
  }

  panelRefresh() {
    void this.session?.analyseNow();
  }
}

/**
 * Run `fn` in a task of its own, soon (a message to ourselves: unlike setTimeout(0) it is not clamped, and
 * unlike rAF it does not run inside the frame, whose layout and paint would then share its task).
 */
function afterCurrentTask(fn: () => void): void {
  try {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  } catch {
    setTimeout(fn, 0);
  }
}
