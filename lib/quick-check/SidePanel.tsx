/**
 * The side panel (Chrome `side_panel`, Firefox `sidebar_action`): the report for the field the trainee is
 * writing in on the current tab (or the Google Doc), live while they write, through lib/ui's ReportView. When the
 * tab has no field in use it offers the quick check instead; the context menu's selection lands there too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../analysis/types';
import { onMessage, sendMessage } from '../messaging';
import { LensIcon } from '../ui/icons';
import { ReportView } from '../ui/ReportView';
import { ThemeRoot } from '../ui/Theme';
import { QUICK_COPY } from './copy';
import { PanelLink, type PanelView } from './panel-link';
import { QuickCheck, type IncomingText } from './QuickCheck';
import { frameworkFor } from './settings-view';
import { useSettings } from './useSettings';

type ViewName = 'page' | 'quick';

/** `?tab=<id>`: follow that tab (the panel opened as a page, e.g. by the E2E tests). */
function fixedTabFromUrl(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}

export function SidePanel() {
  const { settings } = useSettings();
  const [view, setView] = useState<PanelView>({ state: null, source: null, tabId: null });
  const [chosen, setChosen] = useState<ViewName | null>(null);
  const [incoming, setIncoming] = useState<IncomingText | null>(null);
  const [copied, setCopied] = useState(false);
  const linkRef = useRef<PanelLink | null>(null);

  useEffect(() => {
    const link = new PanelLink(setView, fixedTabFromUrl());
    linkRef.current = link;
    void link.start();
    // The context menu's selection: take it now (the panel was just opened for it) and whenever one is announced.
    const take = () =>
      sendMessage('takeQuickCheckText', undefined)
        .then((text) => {
          if (!text) return;
          setChosen('quick');
          setIncoming({ text, key: Date.now(), note: QUICK_COPY.contextMenuLoaded });
        })
        .catch(() => {});
    void take();
    let removeListener: (() => void) | undefined;
    try {
      removeListener = onMessage('quickCheckTextReady', () => {
        void take();
      });
    } catch {
      // one listener per page
    }
    return () => {
      link.stop();
      removeListener?.();
    };
  }, []);

  const state = view.state;
  const current: ViewName = chosen ?? (state ? 'page' : 'quick');
  const select = (type: 'select' | 'apply', finding: Finding) => {
    if (view.source) linkRef.current?.act(type, view.source, finding);
  };
  const copy = (finding: Finding) => {
    if (finding.replacement === undefined) return;
    void navigator.clipboard?.writeText(finding.replacement).then(
      () => setCopied(true),
      () => {},
    );
  };
  const tab = (name: ViewName, label: string) => (
    <button
      type="button"
      role="tab"
      id={`rl-tab-${name}`}
      class="rl-tab"
      aria-selected={current === name ? 'true' : 'false'}
      aria-controls={`rl-view-${name}`}
      data-view={name}
      onClick={() => setChosen(name)}
    >
      {label}
    </button>
  );

  return (
    <ThemeRoot theme="auto">
      <main class="rl-page rl-sidepanel" data-view={current}>
        <header class="rl-page-header">
          <h1 class="rl-page-title">
            <LensIcon size={18} /> Reflect Lens
          </h1>
        </header>
        <div class="rl-tabs" role="tablist" aria-label={QUICK_COPY.viewsLabel}>
          {tab('page', QUICK_COPY.pageTab)}
          {tab('quick', QUICK_COPY.quickTab)}
        </div>
        <section id="rl-view-page" role="tabpanel" aria-labelledby="rl-tab-page" hidden={current !== 'page'} class="rl-section-gap">
          {state ? (
            <>
              <div class="rl-page-header">
                <h2 class="rl-h2" style={{ flex: '1 1 auto' }}>
                  {state.kind === 'docs' ? QUICK_COPY.docsHeading : QUICK_COPY.pageHeading}
                </h2>
                {state.kind === 'docs' && view.source && (
                  <button
                    type="button"
                    class="rl-link-button"
                    data-action="refresh"
                    onClick={() => linkRef.current?.act('refresh', view.source!)}
                  >
                    {QUICK_COPY.refresh}
                  </button>
                )}
              </div>
              {state.notice && (
                <p class="rl-notice" role="status">
                  {state.notice}
                </p>
              )}
              {copied && (
                <p class="rl-status-line" role="status">
                  {QUICK_COPY.copied}
                </p>
              )}
              <ReportView
                report={state.report}
                framework={frameworkFor(settings, state.framework)}
                text={state.text}
                status={state.status}
                error={state.error}
                showStructure={settings.showStructure}
                onSelectFinding={state.canSelect ? (f) => select('select', f) : undefined}
                onApply={state.canApply ? (f) => select('apply', f) : undefined}
                onCopy={state.canApply ? undefined : copy}
              />
            </>
          ) : (
            <p class="rl-muted">{view.tabId === null ? QUICK_COPY.pageNone : QUICK_COPY.pageWaiting}</p>
          )}
        </section>
        <section id="rl-view-quick" role="tabpanel" aria-labelledby="rl-tab-quick" hidden={current !== 'quick'}>
          {!state && current === 'quick' && <p class="rl-hint" style={{ marginBottom: '8px' }}>{QUICK_COPY.pageWaiting}</p>}
          <QuickCheck fieldId="sidepanel" settings={settings} incoming={incoming} />
        </section>
      </main>
    </ThemeRoot>
  );
}
