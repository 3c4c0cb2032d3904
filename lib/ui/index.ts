/** The panels' public API, for the content script (sidebar, launcher) and extension pages (popup, side panel). */
export { ReportView, groupFindings, quoteOf, sectionState, THIN_SHARE, type SectionState } from './ReportView';
export { Sidebar } from './Sidebar';
export { Launcher, launcherCounts } from './Launcher';
export { ThemeRoot } from './Theme';
export { mountInShadow, type ShadowMount } from './mount';
export { REPORT_CSS, SIDEBAR_CSS, LAUNCHER_CSS } from './styles';
export { SECTION_TINTS, sectionTint, type SectionTint } from './tints';
export { COPY, FINDING_GROUPS, launcherLabel, missingSummary } from './copy';
export type * from './types';
