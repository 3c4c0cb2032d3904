/**
 * The small round button beside a focused field. It shows how many things there are to look at (missing sections
 * plus suggestions) and opens the sidebar. The caller places it (viewport coordinates, position: fixed).
 */
import { launcherLabel } from './copy';
import { CheckIcon, LensIcon } from './icons';
import { ThemeRoot } from './Theme';
import type { LauncherProps } from './types';

export function Launcher({ count, missing, onOpen, position, theme, expanded }: LauncherProps) {
  const total = count + missing;
  return (
    <ThemeRoot theme={theme}>
      <button
        type="button"
        class="rl-launcher"
        style={{ top: `${Math.round(position.top)}px`, left: `${Math.round(position.left)}px` }}
        aria-label={launcherLabel(missing, count)}
        aria-expanded={expanded === undefined ? undefined : expanded ? 'true' : 'false'}
        data-count={total}
        // Keep the caret in the field: a mouse press here must not blur the editor the trainee is typing in.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onOpen}
      >
        <LensIcon size={18} />
        {total > 0 ? (
          <span class="rl-launcher-badge" aria-hidden="true">
            {total > 99 ? '99+' : total}
          </span>
        ) : (
          <span class="rl-launcher-badge rl-launcher-badge-ok" aria-hidden="true">
            <CheckIcon />
          </span>
        )}
      </button>
    </ThemeRoot>
  );
}

/** What the launcher counts, from a report: sections missing, and findings other than missing sections. */
export function launcherCounts(
  report: { words: number; findings: { rule: string }[]; sections: { present: boolean }[] } | null,
): { missing: number; count: number } {
  // An empty field has every section "missing": not worth a number on the button yet.
  if (!report || report.words === 0) return { missing: 0, count: 0 };
  return {
    missing: report.sections.filter((s) => !s.present).length,
    count: report.findings.filter((f) => f.rule !== 'missing-section').length,
  };
}
