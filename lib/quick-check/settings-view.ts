/**
 * What the settings mean for a report view outside a page (popup, side panel): the model with the course's own
 * titles and prompts, and the options the background analyses with. The same rules as the content script's
 * controller, so a quick check and the sidebar agree on the same text.
 */
import type { AnalyzeOptions } from '../analysis/types';
import { DEFAULT_FRAMEWORK, getFramework } from '../frameworks';
import type { Framework } from '../frameworks/types';
import { applyCustomSections, type Settings } from '../settings/settings';

export function frameworkFor(settings: Pick<Settings, 'framework' | 'customSections'>, id = settings.framework): Framework {
  return applyCustomSections(getFramework(id) ?? DEFAULT_FRAMEWORK, settings.customSections);
}

export function analyzeOptionsFor(settings: Settings): AnalyzeOptions {
  return {
    framework: settings.customSections ? frameworkFor(settings) : settings.framework,
    rules: settings.rules,
    spelling: settings.spelling,
  };
}
