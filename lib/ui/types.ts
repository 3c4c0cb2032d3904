import type { Finding, Report } from '../analysis';
import type { Framework } from '../frameworks';

export type Theme = 'light' | 'dark' | 'auto';

/** Props of the report view shared by the sidebar, the popup and the side panel. */
export interface ReportViewProps {
  report: Report | null;
  framework: Framework;
  /** The text the report was made on, to quote findings and their sentences. */
  text: string;
  /** 'error' shows a calm message (never a blank panel); 'analysing' keeps the last report visible. */
  status: 'idle' | 'analysing' | 'ready' | 'error';
  error?: string;
  /** Clicking a finding: select it in the field and scroll to it. Absent → findings are not clickable. */
  onSelectFinding?: (finding: Finding) => void;
  /** Apply a finding's replacement. Absent → no Apply buttons (e.g. Google Docs shows "copy" instead). */
  onApply?: (finding: Finding) => void;
  /** Shown instead of Apply when present (e.g. copy the suggestion on a canvas editor). */
  onCopy?: (finding: Finding) => void;
  /** Show each section card's tint swatch (matches the "show structure" sentence tints). Added by "ui". */
  showStructure?: boolean;
  /**
   * The sentence a finding sits in, shown under it when the words can't be pointed at in place (Google Docs draws
   * on a canvas). Absent → no context line. Added for Google Docs.
   */
  contextFor?: (finding: Finding) => string | undefined;
  /**
   * The text could not be read at all (Google Docs: signed out, no access, downloads off, offline, empty): one plain
   * line instead of the report, and optionally an offer (e.g. the quick check). Added for Google Docs.
   */
  unavailable?: { kind: string; message: string; offer?: { label: string; onOffer: () => void } };
}

/*
 * Additions by the "ui" helper (additive: one optional field on ReportViewProps, the rest new).
 */

/** The sidebar: a ReportView with a header, close button, structure toggle, focus handling and a live summary. */
export interface SidebarProps extends ReportViewProps {
  /** false renders nothing (the host stays mounted, so opening again is cheap). Default true. */
  open?: boolean;
  theme?: Theme;
  /** Move focus to the panel heading on open (when opened with the keyboard shortcut or the launcher). */
  focusOnOpen?: boolean;
  /** Toggle for sentence tints in the field. Absent → no toggle shown. */
  onToggleStructure?: (next: boolean) => void;
  /** Close button or Escape. The caller hides the panel and returns focus to the field. */
  onClose: () => void;
  /** Read the text again now (Google Docs, where edits can't be watched directly). Absent → no refresh button. */
  onRefresh?: () => void;
}

export interface LauncherProps {
  /** Findings worth looking at (suggestions), not counting missing sections. */
  count: number;
  /** Sections of the framework that are missing. The badge shows missing + count. */
  missing: number;
  onOpen: () => void;
  /** Viewport coordinates (position: fixed) of the launcher's top-left corner; the caller places it by the field. */
  position: { top: number; left: number };
  theme?: Theme;
  /** Whether the sidebar is open (aria-expanded). */
  expanded?: boolean;
}
