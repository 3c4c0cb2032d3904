/**
 * The panel beside the page: a header (name, model, "show structure", close), a polite live summary of what is
 * missing, and the ReportView. Keyboard: focus lands on the heading when opened from the keyboard; Escape closes
 * (the caller returns focus to the field in onClose).
 */
import { useEffect, useRef } from 'preact/hooks';
import { COPY, missingSummary, PRODUCT_NAME } from './copy';
import { CloseIcon, LensIcon, StructureIcon } from './icons';
import { ReportView, sectionState, type SectionState } from './ReportView';
import { ThemeRoot } from './Theme';
import type { SidebarProps } from './types';

export function Sidebar(props: SidebarProps) {
  const { open = true, framework, report, onClose, onToggleStructure, showStructure = false } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (open && props.focusOnOpen) headingRef.current?.focus();
  }, [open, props.focusOnOpen]);

  if (!open) return null;

  /** The titles of the model's parts whose card shows `state` (the same reading as the cards themselves). */
  const titlesIn = (state: SectionState) =>
    framework.sections.filter((def) => sectionState(report?.sections.find((s) => s.id === def.id)) === state).map((def) => def.title);
  const summary =
    report && report.words > 0
      ? missingSummary(titlesIn('missing'), framework.sections.length, titlesIn('started'))
      : '';

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // The page must not also react to our Escape (e.g. close its own dialog).
    event.stopPropagation();
    onClose();
  };

  return (
    <ThemeRoot theme={props.theme}>
      <aside class="rl-panel" role="complementary" aria-label={PRODUCT_NAME} onKeyDown={onKeyDown}>
        <header class="rl-header">
          <span class="rl-logo">
            <LensIcon size={18} />
          </span>
          <h2 class="rl-h2" tabIndex={-1} ref={headingRef}>
            {PRODUCT_NAME}
          </h2>
          <button type="button" class="rl-icon-button rl-close" aria-label={COPY.close} title={COPY.close} onClick={onClose}>
            <CloseIcon />
          </button>
          <div class="rl-subheader">
            <p class="rl-framework">{framework.name}</p>
            {props.onRefresh && (
              <button
                type="button"
                class="rl-icon-button rl-toggle"
                data-action="refresh"
                aria-label={COPY.refreshLabel}
                title={COPY.refreshLabel}
                aria-busy={props.status === 'analysing' ? 'true' : 'false'}
                onClick={props.onRefresh}
              >
                <span class="rl-toggle-text">{COPY.refresh}</span>
              </button>
            )}
            {onToggleStructure && (
              <button
                type="button"
                class="rl-icon-button rl-toggle"
                aria-pressed={showStructure ? 'true' : 'false'}
                onClick={() => onToggleStructure(!showStructure)}
              >
                <StructureIcon />
                <span class="rl-toggle-text">{COPY.showStructure}</span>
              </button>
            )}
          </div>
        </header>
        <p class="rl-sr" aria-live="polite">
          {summary}
        </p>
        <div class="rl-body">
          <ReportView {...props} showStructure={showStructure} />
        </div>
      </aside>
    </ThemeRoot>
  );
}
