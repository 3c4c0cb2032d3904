/**
 * What the trainee can change, its defaults, and how a stored value is read back. Pure (no browser APIs), so the
 * options page, the content script, the background and the tests all share one definition.
 *
 * Only settings live in storage — never any essay text.
 */
import type { RuleId } from '../analysis/types';
import type { Framework } from '../frameworks/types';

/** Course-specific wording for one section of the chosen model (e.g. Moodle calls it "Next steps"). */
export interface CustomSection {
  title?: string;
  prompts?: string[];
}

export interface Settings {
  /** Reflection model id (lib/frameworks). */
  framework: string;
  /** Rules switched on or off; a rule not listed is on. */
  rules: Partial<Record<RuleId, boolean>>;
  spelling: 'uk' | 'us';
  /** The sidebar opens by itself once the field holds at least this many words (0 = never by itself). */
  autoOpenWords: number;
  /** Tint each sentence by the section it belongs to. */
  showStructure: boolean;
  /** Host names where Reflect Lens stays completely away ("example.org" also covers "www.example.org"). */
  disabledSites: string[];
  /** Per-section overrides of the chosen model's titles and prompts, keyed by section id. */
  customSections?: Record<string, CustomSection>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  framework: 'what-so-what',
  rules: {},
  spelling: 'uk',
  autoOpenWords: 120,
  showStructure: false,
  disabledSites: [],
});

const RULE_IDS: readonly RuleId[] = ['passive', 'formal', 'long-sentence', 'missing-section', 'impersonal'];

/**
 * Turn whatever is in storage (an older shape, a hand-edited value, nothing at all) into complete settings.
 * Unknown or wrongly-typed fields fall back to the defaults instead of breaking the extension.
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Partial<Record<RuleId, boolean>> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const id of RULE_IDS) {
      const on = (value.rules as Record<string, unknown>)[id];
      if (typeof on === 'boolean') rules[id] = on;
    }
  }
  const autoOpen = Number(value.autoOpenWords);
  const settings: Settings = {
    framework: typeof value.framework === 'string' && value.framework ? value.framework : DEFAULT_SETTINGS.framework,
    rules,
    spelling: value.spelling === 'us' ? 'us' : 'uk',
    autoOpenWords: Number.isFinite(autoOpen) && autoOpen >= 0 ? Math.round(autoOpen) : DEFAULT_SETTINGS.autoOpenWords,
    showStructure: value.showStructure === true,
    disabledSites: Array.isArray(value.disabledSites)
      ? value.disabledSites.filter((s): s is string => typeof s === 'string').map(normalizeSite).filter(Boolean)
      : [],
  };
  const custom = readCustomSections(value.customSections);
  if (custom) settings.customSections = custom;
  return settings;
}

function readCustomSections(raw: unknown): Record<string, CustomSection> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: Record<string, CustomSection> = {};
  for (const [id, section] of Object.entries(raw as Record<string, unknown>)) {
    if (!section || typeof section !== 'object') continue;
    const { title, prompts } = section as Record<string, unknown>;
    const entry: CustomSection = {};
    if (typeof title === 'string' && title.trim()) entry.title = title.trim();
    if (Array.isArray(prompts)) entry.prompts = prompts.filter((p): p is string => typeof p === 'string' && !!p.trim());
    if (entry.title || entry.prompts?.length) out[id] = entry;
  }
  return Object.keys(out).length ? out : undefined;
}

/** "https://www.Example.org/path" or "Example.org." → "www.example.org" / "example.org". */
export function normalizeSite(site: string): string {
  let host = site.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.split(/[/?#]/)[0] ?? '';
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  return host;
}

/** Is Reflect Lens switched off on this host? A listed domain covers its subdomains too. */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = normalizeSite(hostname);
  if (!host) return false;
  return settings.disabledSites.some((site) => site && (host === site || host.endsWith('.' + site)));
}

/** The chosen model with the course's own titles and prompts laid over it. */
export function applyCustomSections(framework: Framework, custom: Settings['customSections']): Framework {
  if (!custom) return framework;
  return {
    ...framework,
    sections: framework.sections.map((section) => {
      const override = custom[section.id];
      if (!override) return section;
      return {
        ...section,
        title: override.title ?? section.title,
        prompts: override.prompts?.length ? override.prompts : section.prompts,
      };
    }),
  };
}
