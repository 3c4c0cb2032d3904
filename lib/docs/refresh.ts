/**
 * When to read a Google Docs document again after the user edits it. Docs saves a moment after typing stops, and
 * the export shows the saved text, so a read waits for a pause; reads are at least a few seconds apart while the
 * tab is visible (each one is a request to Google with the whole document), and none happen while it is hidden.
 */

/** Wait this long after the last keystroke: Docs has usually saved by then. */
export const DOCS_EDIT_DEBOUNCE_MS = 1_500;
/** At most one read per this interval while the tab is visible. */
export const DOCS_MIN_REFRESH_INTERVAL_MS = 5_000;

export interface RefreshClock {
  now: number;
  /** Time of the last edit seen (keydown/input on the page). */
  lastEditAt: number;
  /** When the last read started (0 when never). */
  lastReadAt: number;
  visible: boolean;
}

/** Milliseconds to wait before reading again after an edit, or null to wait for the tab to be visible. */
export function refreshDelay(clock: RefreshClock): number | null {
  if (!clock.visible) return null;
  const afterPause = clock.lastEditAt + DOCS_EDIT_DEBOUNCE_MS;
  const afterInterval = clock.lastReadAt > 0 ? clock.lastReadAt + DOCS_MIN_REFRESH_INTERVAL_MS : 0;
  return Math.max(0, afterPause - clock.now, afterInterval - clock.now);
}
