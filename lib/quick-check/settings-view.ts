/**
 * What the settings mean for a report view: the model with the course's own titles and prompts, and the options
 * the background analyses with. Used by the popup, the side panel and the content script's sidebar alike, so a
 * quick check and the sidebar agree on the same text.
 */
import type { AnalyzeOptions } from '../analysis/types';
import { DEFAULT_FRAMEWORK, getFramework } from '../frameworks';
import type { Framework } from '../frameworks/types';
import { applyCustomSections, type Settings } from '../settings/settings';

export function frameworkFor(settings: Pick<Settings, 'framework' | 'customSections'>, id = settings.framework): Framework {
  return applyCustomSections(getFramework(id) ?? DEFAULT_FRAMEWORK, settings.customSections);
}

export function analyzeOptionsFor(
  settings: Settings,
  framework: (settings: Settings) => Framework = frameworkFor,
): AnalyzeOptions {
  return {
    framework: settings.customSections ? framework(settings) : settings.framework,
    rules: settings.rules,
    spelling: settings.spelling,
  };
}

/**
 * frameworkFor that hands back the same object while the settings object is unchanged, for surfaces that redraw
 * on every report (the content script's sidebar and underlines).
 */
export function rememberedFrameworkFor(): (settings: Settings) => Framework {
  let last: { settings: Settings; framework: Framework } | null = null;
  return (settings) => {
    if (last?.settings === settings) return last.framework;
    const framework = frameworkFor(settings);
    last = { settings, framework };
    return framework;
  };
}
