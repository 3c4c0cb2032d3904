/**
 * The quick check: a box to paste or type into, and the full report under it (lib/ui's ReportView: one report
 * view, three homes). The box is a plain <textarea> driven by the same adapter and session as a text box on a web
 * page (lib/editors TextareaAdapter + lib/content FieldSession), so analysis goes through the background, late
 * replies are dropped, findings follow the text while typing, and Apply uses text-field-edit (undo works).
 *
 * The text lives only in this page's memory: nothing is stored, and it is gone when the popup closes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { setFieldText } from 'text-field-edit';
import type { Finding } from '../analysis/types';
import { FieldSession } from '../content/session';
import { TextareaAdapter } from '../editors/textarea';
import { sendMessage } from '../messaging';
import type { Settings } from '../settings/settings';
import { ReportView } from '../ui/ReportView';
import { QUICK_COPY } from './copy';
import { analyzeOptionsFor, frameworkFor } from './settings-view';

export interface IncomingText {
  text: string;
  /** A new key puts the text in the box again (the same text twice is still a new request). */
  key: number;
  /** One line saying where the text came from. */
  note?: string;
}

export interface QuickCheckProps {
  /** Analyzer id in the background ('popup', 'sidepanel'): one incremental analyzer per box. */
  fieldId: string;
  settings: Settings;
  incoming?: IncomingText | null;
  autoFocus?: boolean;
  /** Extra controls shown under the box (the popup's page tools). */
  children?: preact.ComponentChildren;
}

export function QuickCheck(props: QuickCheckProps) {
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const sessionRef = useRef<FieldSession | null>(null);
  const settingsRef = useRef(props.settings);
  settingsRef.current = props.settings;
  const [, setVersion] = useState(0);
  const [note, setNote] = useState<string | undefined>(undefined);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const adapter = new TextareaAdapter(box);
    const session = new FieldSession(props.fieldId, adapter, {
      onUpdate: () => setVersion((v) => v + 1),
      options: () => analyzeOptionsFor(settingsRef.current),
    });
    sessionRef.current = session;
    if (props.autoFocus) box.focus();
    if (box.value) void session.analyseNow();
    return () => {
      session.destroy();
      sessionRef.current = null;
      sendMessage('release', props.fieldId).catch(() => {});
    };
  }, [props.fieldId]);

  // New settings (model, rules, spelling): read the text again with them.
  useEffect(() => {
    const session = sessionRef.current;
    if (session && session.state.text) void session.analyseNow();
  }, [props.settings]);

  useEffect(() => {
    const box = boxRef.current;
    const incoming = props.incoming;
    if (!box || !incoming) return;
    box.focus();
    // Through text-field-edit: the swap is one undo step, and the session hears the input event.
    setFieldText(box, incoming.text);
    box.setSelectionRange(0, 0);
    box.scrollTop = 0;
    setNote(incoming.note);
    void sessionRef.current?.analyseNow();
  }, [props.incoming?.key]);

  const session = sessionRef.current;
  const state = session?.state;
  const framework = frameworkFor(props.settings);
  const hasText = !!state?.text.trim();

  return (
    <section class="rl-section-gap" aria-labelledby={`${props.fieldId}-box-label`}>
      <label id={`${props.fieldId}-box-label`} class="rl-label" for={`${props.fieldId}-box`}>
        {QUICK_COPY.boxLabel}
      </label>
      <textarea
        id={`${props.fieldId}-box`}
        ref={boxRef}
        class="rl-box"
        data-quick-check-box=""
        placeholder={QUICK_COPY.boxPlaceholder}
        spellcheck={true}
        rows={7}
        aria-describedby={`${props.fieldId}-privacy`}
        // Our own box, not a page field: the content script must leave it alone (it does not run here anyway).
        data-reflect-lens="off"
        onInput={() => setNote(undefined)}
      />
      <p id={`${props.fieldId}-privacy`} class="rl-hint">
        {QUICK_COPY.privacy}
      </p>
      {props.children}
      {note && (
        <p class="rl-status-line" role="status">
          {note}
        </p>
      )}
      {state?.notice && (
        <p class="rl-notice" role="status">
          {state.notice}
        </p>
      )}
      {(hasText || state?.status === 'error') && (
        <ReportView
          report={state?.report ?? null}
          framework={framework}
          text={state?.text ?? ''}
          status={state?.status ?? 'idle'}
          error={state?.error}
          showStructure={props.settings.showStructure}
          onSelectFinding={(finding: Finding) => {
            session?.select(finding);
          }}
          onApply={(finding: Finding) => {
            session?.apply(finding);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </section>
  );
}
