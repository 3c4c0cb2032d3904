/**
 * Google Docs document pages. Docs draws its text on a canvas, so the field adapters see nothing there: instead
 * the document's text is read with the user's own session (lib/docs), analysed by the background like any field,
 * and shown in the same sidebar. There is nothing to underline or apply in place, so findings come with their
 * sentence and a "copy" action. The launcher sits at the page's bottom right from the start (the whole page is the
 * document); the text is read again when the user edits (after a pause, at most every few seconds, never while the
 * tab is hidden) and on demand from the sidebar's refresh button.
 *
 * The text only travels inside the browser (Google's own answer → this script → the background's engine). It is
 * never sent anywhere else and never logged.
 */
import type { AnalyzeOptions, Finding, Report } from '../analysis/types';
import {
  failureMessage,
  parseDocsUrl,
  readDocsText,
  refreshDelay,
  type DocsDocument,
  type DocsFailureKind,
  type DocsPageHints,
} from '../docs';
import { sendMessage } from '../messaging';
import { isSiteDisabled, type Settings } from '../settings/settings';
import { loadSettings } from '../settings/storage';
import type { PanelFieldState } from '../quick-check/panel-protocol';
import { analyzeOptionsFor, rememberedFrameworkFor } from '../quick-check/settings-view';
import { isFrameElement, readableDocument } from './frames';
import { connectSession, type ContentContext, type ContentSession } from './index';
import { createSurfaces, LAUNCHER_SIZE, type Surfaces } from './surfaces';

/** Distance of the launcher from the page's bottom-right corner (clear of Docs' own scroll bar). */
const LAUNCHER_MARGIN = { right: 28, bottom: 28 };
/** How often to look for new same-origin frames to listen to (Docs types into a hidden iframe of its own). */
const FRAME_SCAN_MS = 2_000;

const QUICK_CHECK_LABEL = 'Open the quick check';
const copiedNotice = (replacement: string, original: string) =>
  `Copied “${replacement}”. In your document, select “${original}” and paste to swap it.`;
const COPY_FAILED_NOTICE = 'I couldn’t copy that. You can type the suggestion in your document instead.';

/** Is this window the top of a Google Docs document page (the only place the Docs session runs)? */
export function isDocsDocumentPage(win: Window = window): boolean {
  try {
    return win === win.top && parseDocsUrl(win.location.href) !== null;
  } catch {
    return false;
  }
}

/** Start-up on a Docs document page, in place of the field controller (lib/content/index.ts). */
export async function startDocs(ctx: ContentContext): Promise<void> {
  const doc = parseDocsUrl(location.href);
  if (!doc || window !== window.top) return;
  const settings = await loadSettings();
  const session = new DocsSession({ document, doc, settings });
  session.start();
  connectSession(ctx, session);
}

export interface DocsSessionEnvironment {
  document: Document;
  doc: DocsDocument;
  settings: Settings;
}

interface DocsState {
  text: string;
  report: Report | null;
  status: 'idle' | 'analysing' | 'ready' | 'error';
  error?: string;
  failure?: DocsFailureKind;
  notice?: string;
}

export class DocsSession implements ContentSession {
  private settings: Settings;
  private panelListeners = new Set<() => void>();
  private readonly startedAt = Date.now();
  private readonly page: Document;
  private readonly doc: DocsDocument;
  private readonly fieldId: string;
  private surfaces: Surfaces | null = null;
  private state: DocsState = { text: '', report: null, status: 'idle' };
  private running = false;
  private sidebarOpen = false;
  private focusOnOpen = false;
  private autoOpened = false;
  private seq = 0;
  private reading = false;
  /** Another read was asked for while one was under way. */
  private readAgain = false;
  private lastEditAt = 0;
  private lastReadAt = 0;
  /** An edit happened that no read has picked up yet. */
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frameScan: ReturnType<typeof setInterval> | undefined;
  private hookedDocuments = new Set<Document>();
  /** The text the report on screen was made from. */
  private reportText: string | null = null;

  constructor(env: DocsSessionEnvironment) {
    this.page = env.document;
    this.doc = env.doc;
    this.settings = env.settings;
    this.fieldId = `docs:${env.doc.id}`;
  }

  start() {
    if (this.running || isSiteDisabled(this.settings, this.page.location?.hostname ?? 'docs.google.com')) return;
    this.running = true;
    const win = this.page.defaultView;
    this.hookDocument(this.page);
    this.scanFrames();
    this.frameScan = setInterval(() => this.guard(() => this.scanFrames()), FRAME_SCAN_MS);
    win?.addEventListener('resize', this.onResize);
    win?.addEventListener('pagehide', this.onPageHide);
    this.page.addEventListener('visibilitychange', this.onVisibility);
    this.surfaces = createSurfaces(this.page);
    this.render();
    void this.refresh();
  }

  stop() {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.timer);
    clearInterval(this.frameScan);
    for (const hooked of this.hookedDocuments) this.unhookDocument(hooked);
    this.hookedDocuments.clear();
    const win = this.page.defaultView;
    win?.removeEventListener('resize', this.onResize);
    win?.removeEventListener('pagehide', this.onPageHide);
    this.page.removeEventListener('visibilitychange', this.onVisibility);
    this.surfaces?.destroy();
    this.surfaces = null;
    this.sidebarOpen = false;
    this.release();
  }

  updateSettings(settings: Settings) {
    this.guard(() => {
      const before = this.settings;
      this.settings = settings;
      if (isSiteDisabled(settings, this.page.location?.hostname ?? 'docs.google.com')) {
        this.stop();
        return;
      }
      if (!this.running) {
        this.start();
        return;
      }
      const changed = JSON.stringify(this.analyzeOptions(before)) !== JSON.stringify(this.analyzeOptions(settings));
      if (changed && this.state.text) void this.analyse(this.state.text, true);
      else this.render();
    });
  }

  toggleSidebar(): boolean {
    if (!this.running) return false;
    this.guard(() => {
      if (this.sidebarOpen) this.closeSidebar();
      else this.openSidebar(true);
    });
    return true;
  }

  /** Read the document again now (the refresh button, start-up, and after edits once the wait is over). */
  async refresh(): Promise<void> {
    if (!this.running) return;
    clearTimeout(this.timer);
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    this.dirty = false;
    this.lastReadAt = Date.now();
    this.setState({ status: 'analysing' }, this.state.report !== null);
    try {
      const result = await readDocsText(this.doc, {
        fetch: (input, init) => fetch(input, init),
        viaBackground: (doc) => sendMessage('docsExport', { basePath: doc.basePath }),
        parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
        hints: () => this.pageHints(),
      });
      if (!this.running) return;
      if (result.ok) {
        await this.analyse(result.text);
      } else {
        this.setState({ failure: result.failure, status: 'ready', report: null, text: '' });
      }
    } catch (error) {
      this.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.reading = false;
      if (this.readAgain && this.running) {
        this.readAgain = false;
        this.schedule();
      }
    }
  }

  /** Ask the background for a report on `text`; `force` when the options changed (same text, new report). */
  private async analyse(text: string, force = false): Promise<void> {
    const seq = ++this.seq;
    // Only the text the report on screen was made from counts (not text still being analysed).
    if (!force && text === this.reportText && this.state.report && !this.state.failure) {
      // Nothing changed since the last report (e.g. a keystroke that moved the caret): keep it.
      this.setState({ status: 'ready' });
      return;
    }
    this.setState({ text, failure: undefined, status: 'analysing' }, this.state.report !== null);
    let options: AnalyzeOptions | undefined;
    try {
      options = this.analyzeOptions(this.settings);
    } catch {
      options = undefined;
    }
    try {
      const reply = await sendMessage('analyze', { fieldId: this.fieldId, seq, text, options });
      // A late answer for older text is dropped: a newer request is on its way.
      if (!this.running || seq !== this.seq || !reply || reply.seq !== seq || !reply.report) return;
      this.reportText = text;
      this.setState({ report: reply.report, text, status: 'ready', error: undefined });
      this.maybeAutoOpen(reply.report);
    } catch (error) {
      if (seq !== this.seq) return;
      this.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private maybeAutoOpen(report: Report) {
    const threshold = this.settings.autoOpenWords;
    if (this.autoOpened || this.sidebarOpen || threshold <= 0 || report.words < threshold) return;
    this.autoOpened = true;
    this.sidebarOpen = true;
    this.render();
  }

  /** An edit on the page: read again once the user pauses, no more often than the interval allows. */
  private readonly onEdit = (event: Event) => {
    if (!this.running || this.isOurs(event)) return;
    this.lastEditAt = Date.now();
    this.dirty = true;
    this.schedule();
  };

  private schedule() {
    clearTimeout(this.timer);
    const delay = refreshDelay({
      now: Date.now(),
      lastEditAt: this.lastEditAt,
      lastReadAt: this.lastReadAt,
      visible: this.page.visibilityState !== 'hidden',
    });
    // Hidden: nothing now; coming back into view picks the edit up (onVisibility).
    if (delay === null) return;
    this.timer = setTimeout(() => this.guard(() => void this.refresh()), delay);
  }

  private readonly onVisibility = () => {
    if (this.page.visibilityState === 'hidden') clearTimeout(this.timer);
    else if (this.dirty) this.schedule();
  };

  private readonly onResize = () => this.guard(() => this.renderLauncher());

  private readonly onPageHide = () => this.release();

  private release() {
    sendMessage('release', this.fieldId).catch(() => {
      // The background may be restarting; its LRU bound forgets the document anyway.
    });
  }

  /** Keys typed in our own sidebar are not edits of the document. */
  private isOurs(event: Event): boolean {
    const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
    const target = (path[0] ?? event.target) as Node | null;
    return !!target && !!this.surfaces?.contains(target);
  }

  private hookDocument(target: Document) {
    if (this.hookedDocuments.has(target)) return;
    this.hookedDocuments.add(target);
    target.addEventListener('keydown', this.onEdit, true);
    target.addEventListener('input', this.onEdit, true);
    target.addEventListener('paste', this.onEdit, true);
    target.addEventListener('cut', this.onEdit, true);
  }

  private unhookDocument(target: Document) {
    target.removeEventListener('keydown', this.onEdit, true);
    target.removeEventListener('input', this.onEdit, true);
    target.removeEventListener('paste', this.onEdit, true);
    target.removeEventListener('cut', this.onEdit, true);
  }

  /** Docs types into a hidden same-origin iframe: listen there too (keys in a frame don't reach the top document). */
  private scanFrames() {
    for (const hooked of [...this.hookedDocuments]) {
      if (hooked !== this.page && !hooked.defaultView) this.hookedDocuments.delete(hooked);
    }
    const visit = (root: Document, depth: number) => {
      if (depth > 3) return;
      for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
        if (!isFrameElement(frame)) continue;
        const inner = readableDocument(frame);
        if (!inner) continue;
        this.hookDocument(inner);
        visit(inner, depth + 1);
      }
    };
    visit(this.page, 0);
  }

  /** What the page itself shows, to tell "signed out" from "no access" from "downloads off". */
  private pageHints(): DocsPageHints {
    const body = this.page.body;
    const start = (body?.innerText ?? body?.textContent ?? '').slice(0, 4000);
    return {
      offline: this.page.defaultView?.navigator.onLine === false,
      signInOffered: !!this.page.querySelector(
        'a[href*="accounts.google.com/ServiceLogin"], a[href*="accounts.google.com/v3/signin"], a[href*="accounts.google.com/signin"]',
      ),
      accessRequested: /\b(you need access|request access|you need permission)\b/i.test(start),
      editorShown: !!this.page.querySelector('.kix-appview-editor, #docs-editor, canvas.kix-canvas-tile-content'),
    };
  }

  private setState(patch: Partial<DocsState>, quiet = false) {
    this.state = { ...this.state, ...patch };
    // "Checking…" with a report on screen is not worth a redraw: the new report follows in a moment.
    if (!quiet) this.render();
  }

  private openSidebar(focus: boolean) {
    this.sidebarOpen = true;
    this.focusOnOpen = focus;
    this.autoOpened = true;
    this.render();
  }

  private closeSidebar() {
    this.sidebarOpen = false;
    this.focusOnOpen = false;
    this.state = { ...this.state, notice: undefined };
    this.render();
  }

  /** The chosen model with the course's wording; the same object while settings are unchanged. */
  private readonly framework = rememberedFrameworkFor();

  private analyzeOptions(settings: Settings): AnalyzeOptions {
    return analyzeOptionsFor(settings, this.framework);
  }

  private render() {
    if (!this.running) return;
    this.guard(() => {
      this.renderLauncher();
      this.renderSidebar();
    });
    for (const listener of this.panelListeners) {
      try {
        listener();
      } catch {
        // a closed panel port
      }
    }
  }

  // ---- The side panel's view of this document (lib/quick-check/panel-protocol.ts) ----

  panelState(): PanelFieldState | null {
    if (!this.running) return null;
    const { state } = this;
    return {
      kind: 'docs',
      text: state.failure ? '' : state.text,
      report: state.failure ? null : state.report,
      status: state.status,
      error: state.error,
      // The panel has no "can't read" state of its own: the plain line goes as its notice.
      notice: state.failure ? failureMessage(state.failure) : state.notice,
      framework: this.settings.framework,
      canApply: false,
      canSelect: false,
      focusedAt: this.startedAt,
    };
  }

  onPanelChange(listener: () => void): () => void {
    this.panelListeners.add(listener);
    return () => this.panelListeners.delete(listener);
  }

  panelRefresh() {
    this.guard(() => void this.refresh());
  }

  private renderLauncher() {
    const view = this.page.defaultView;
    if (!this.surfaces || !view) return;
    const left = Math.max(0, view.innerWidth - LAUNCHER_SIZE.width - LAUNCHER_MARGIN.right);
    const top = Math.max(0, view.innerHeight - LAUNCHER_SIZE.height - LAUNCHER_MARGIN.bottom);
    this.surfaces.renderLauncher({
      report: this.state.failure ? null : this.state.report,
      position: { left, top },
      expanded: this.sidebarOpen,
      onOpen: () => this.guard(() => (this.sidebarOpen ? this.closeSidebar() : this.openSidebar(true))),
    });
  }

  private renderSidebar() {
    if (!this.surfaces) return;
    const { state } = this;
    const focusOnOpen = this.focusOnOpen;
    this.focusOnOpen = false;
    const failure = state.failure;
    this.surfaces.renderSidebar({
      open: this.sidebarOpen,
      focusOnOpen,
      framework: this.framework(this.settings),
      report: failure ? null : state.report,
      text: state.text,
      status: state.status,
      error: state.error,
      notice: state.notice,
      showStructure: false,
      unavailable: failure
        ? {
            kind: failure,
            message: failureMessage(failure),
            // An empty document has nothing to check yet; every other failure can still use pasted text.
            offer: failure === 'empty' ? undefined : { label: QUICK_CHECK_LABEL, onOffer: () => this.openQuickCheck() },
          }
        : undefined,
      contextFor: (finding) => sentenceOf(finding, state.report, state.text),
      onCopy: (finding) => this.guard(() => void this.copy(finding)),
      onRefresh: () => this.guard(() => void this.refresh()),
      onClose: () => this.guard(() => this.closeSidebar()),
    });
  }

  private openQuickCheck() {
    sendMessage('openQuickCheck', undefined).catch(() => {
      // The background is restarting: the toolbar button opens the quick check too.
    });
  }

  private async copy(finding: Finding) {
    const replacement = finding.replacement;
    if (replacement === undefined) return;
    const original = finding.original ?? (finding.start !== undefined ? this.state.text.slice(finding.start, finding.end) : '');
    const copied = await copyText(replacement, this.page);
    this.setState({ notice: copied ? copiedNotice(replacement, original) : COPY_FAILED_NOTICE });
  }

  private guard(fn: () => void) {
    try {
      fn();
    } catch (error) {
      this.state = { ...this.state, status: 'error', error: error instanceof Error ? error.message : String(error) };
      try {
        this.renderSidebar();
      } catch {
        // nothing more we can do quietly
      }
    }
  }
}

/** The sentence of the report that holds the finding's start, as it reads in the text. */
export function sentenceOf(finding: Finding, report: Report | null, text: string): string | undefined {
  if (!report || finding.start === undefined) return undefined;
  const at = finding.start;
  const sentence = report.sentences.find((s) => s.start <= at && at < s.end);
  return sentence ? text.slice(sentence.start, sentence.end) : undefined;
}

/** Put `value` on the clipboard: the async API where the page allows it, else a hidden field in our shadow root. */
async function copyText(value: string, page: Document): Promise<boolean> {
  try {
    await page.defaultView?.navigator.clipboard.writeText(value);
    return true;
  } catch {
    // Not allowed here (permissions policy, focus): fall back below.
  }
  try {
    const host = page.querySelector('reflect-lens-sidebar');
    const root = host?.shadowRoot;
    if (!root) return false;
    const field = page.createElement('textarea');
    field.value = value;
    field.setAttribute('aria-hidden', 'true');
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:0;top:0;width:1px;height:1px;';
    root.appendChild(field);
    field.select();
    const done = page.execCommand('copy');
    field.remove();
    return done;
  } catch {
    return false;
  }
}
