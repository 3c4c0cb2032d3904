/**
 * One field the trainee is writing in: its adapter, the analysis requests for it, and the report kept in step
 * with the text. Knows nothing about how things are drawn; the controller renders from `state`.
 */
import type { EditorAdapter } from '../editors/types';
import type { AnalyzeOptions, Finding, Report } from '../analysis/types';
import { sendMessage } from '../messaging';
import { shiftReport } from './shift';

/** Wait this long after the last keystroke before asking for a new report. */
export const ANALYSE_DEBOUNCE_MS = 400;

export type SessionStatus = 'idle' | 'analysing' | 'ready' | 'error';

export interface SessionState {
  /** The current text of the field, as far as we know. */
  text: string;
  /** The last report, moved onto `text` (spans the edits touched are hidden), or null before the first one. */
  report: Report | null;
  status: SessionStatus;
  error?: string;
  /** A calm one-line message about the last action (e.g. an Apply that was refused). */
  notice?: string;
}

export interface SessionHooks {
  /**
   * The state changed: redraw. `textOnly` when the only change is the text moving under the same report
   * (a keystroke), which the sidebar can show a little later.
   */
  onUpdate(session: FieldSession, textOnly?: boolean): void;
  /** The options to analyse with (from the settings, read each time so changes apply at once). */
  options(): AnalyzeOptions;
}

type Analyse = (request: { fieldId: string; seq: number; text: string; options?: AnalyzeOptions }) => Promise<{
  seq: number;
  report: Report;
}>;

export const STALE_NOTICE =
  'That text changed since I last read it, so I left it as it is. I’m checking your writing again now.';

export class FieldSession {
  state: SessionState;
  /** Goes up with every report received (not with the shifted copies made while typing). */
  reportVersion = 0;
  private seq = 0;
  /** Each finding shown (a moved copy, maybe) → the finding as it arrived, to follow it while text shifts. */
  private origins = new WeakMap<Finding, Finding>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unobserve: (() => void) | undefined;
  private destroyed = false;

  constructor(
    readonly fieldId: string,
    readonly adapter: EditorAdapter,
    private readonly hooks: SessionHooks,
    private readonly analyse: Analyse = (request) => sendMessage('analyze', request),
  ) {
    this.state = { text: safeText(adapter), report: null, status: 'idle' };
    this.unobserve = adapter.observe(() => this.guard(() => this.onTextChanged()));
  }

  get element(): HTMLElement {
    return this.adapter.element;
  }

  /** The text changed: keep the report's spans on their words and ask again once typing pauses. */
  private onTextChanged() {
    if (this.destroyed) return;
    const text = safeText(this.adapter);
    if (text === this.state.text) return;
    const hadNotice = this.state.notice !== undefined;
    const report = this.shift(this.state.report, this.state.text, text);
    this.state = { ...this.state, text, report, notice: undefined };
    this.hooks.onUpdate(this, !hadNotice);
    this.schedule();
  }

  schedule(delay = ANALYSE_DEBOUNCE_MS) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.guard(() => this.analyseNow()), delay);
  }

  /** Ask the background for a report on the current text now. A reply to an older request is dropped. */
  analyseNow(): Promise<void> {
    clearTimeout(this.timer);
    if (this.destroyed) return Promise.resolve();
    const seq = ++this.seq;
    const text = safeText(this.adapter);
    const report = this.shift(this.state.report, this.state.text, text);
    const quiet = this.state.report !== null && this.state.status !== 'error' && this.state.notice === undefined;
    this.state = { ...this.state, text, report, status: 'analysing' };
    // With a report on screen, "checking…" is not worth a redraw: the new report follows in a moment.
    this.hooks.onUpdate(this, quiet);
    let options: AnalyzeOptions | undefined;
    try {
      options = this.hooks.options();
    } catch {
      options = undefined;
    }
    return this.analyse({ fieldId: this.fieldId, seq, text, options }).then(
      (reply) => this.guard(() => this.receive(seq, text, reply)),
      (error: unknown) =>
        this.guard(() => {
          if (this.destroyed || seq !== this.seq) return;
          this.state = { ...this.state, status: 'error', error: describe(error) };
          this.hooks.onUpdate(this);
        }),
    );
  }

  private receive(seq: number, analysedText: string, reply: { seq: number; report: Report } | undefined) {
    if (this.destroyed || seq !== this.seq || !reply || reply.seq !== seq || !reply.report) return;
    const report = withOriginals(reply.report, analysedText);
    for (const finding of report.findings) this.origins.set(finding, finding);
    this.reportVersion++;
    const current = safeText(this.adapter);
    this.state = {
      ...this.state,
      text: current,
      report: this.shift(report, analysedText, current),
      status: 'ready',
      error: undefined,
    };
    this.hooks.onUpdate(this);
  }

  /** `report` moved from `before` onto `after`, remembering where each kept finding came from. */
  private shift(report: Report | null, before: string, after: string): Report | null {
    if (!report || before === after) return report;
    return shiftReport(report, before, after, (from, to) => {
      const origin = this.origins.get(from);
      if (origin) this.origins.set(to, origin);
    });
  }

  /**
   * Where a finding (as the sidebar shows it, perhaps a keystroke behind) is in the field now, if it still covers
   * the same words; null when the text under it changed.
   */
  private currentSpan(finding: Finding): { start: number; end: number; original: string } | null {
    const text = safeText(this.adapter);
    if (text !== this.state.text) this.onTextChanged();
    const origin = this.origins.get(finding);
    const current = origin && this.state.report?.findings.find((f) => this.origins.get(f) === origin);
    if (!current || current.start === undefined || current.end === undefined) return null;
    const original = current.original ?? text.slice(current.start, current.end);
    if (text.slice(current.start, current.end) !== original) return null;
    return { start: current.start, end: current.end, original };
  }

  /** Select the finding's words in the field; returns the span selected, or null when it is out of date. */
  select(finding: Finding): { start: number; end: number } | null {
    const span = this.currentSpan(finding);
    if (span) this.adapter.select(span.start, span.end);
    return span;
  }

  /** Put the finding's replacement in the field, or refuse calmly when the text moved on, and re-analyse. */
  apply(finding: Finding): boolean {
    if (finding.replacement === undefined) return false;
    const span = this.currentSpan(finding);
    const done = span ? this.adapter.replace(span.start, span.end, span.original, finding.replacement) : false;
    if (!done) {
      this.state = { ...this.state, notice: STALE_NOTICE };
      this.hooks.onUpdate(this);
      void this.analyseNow();
      return false;
    }
    // The adapter's change notification shifts the other findings; a fresh report follows right away.
    this.onTextChanged();
    void this.analyseNow();
    return true;
  }

  /** Run our code so that a failure shows as a calm error in the sidebar, never on the page's console. */
  private guard(fn: () => void) {
    try {
      fn();
    } catch (error) {
      if (this.destroyed) return;
      this.state = { ...this.state, status: 'error', error: describe(error) };
      try {
        this.hooks.onUpdate(this);
      } catch {
        // nothing more we can do quietly
      }
    }
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.timer);
    try {
      this.unobserve?.();
      this.adapter.destroy();
    } catch {
      // ignore
    }
  }

  get isDestroyed() {
    return this.destroyed;
  }
}

function safeText(adapter: EditorAdapter): string {
  try {
    return adapter.getText();
  } catch {
    return '';
  }
}

/** Findings without `original` get it from the analysed text, so every Apply can be checked against it. */
function withOriginals(report: Report, text: string): Report {
  if (report.findings.every((f) => f.start === undefined || f.original !== undefined)) return report;
  return {
    ...report,
    findings: report.findings.map((f) =>
      f.start !== undefined && f.end !== undefined && f.original === undefined ? { ...f, original: text.slice(f.start, f.end) } : f,
    ),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error';
}
