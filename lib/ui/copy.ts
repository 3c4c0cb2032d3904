/**
 * Every sentence the panels show, kept apart from the components so the wording can be reviewed (and one day
 * translated) in one place. The reader is a nervous trainee: say what to try, and why; never blame.
 * Written for this project (MIT, like the rest of the code).
 */
import type { RuleId } from '../analysis/types';

export const PRODUCT_NAME = 'Reflect Lens';

/** Finding kinds shown as groups, in the order a tutor would care about them. */
export const FINDING_GROUPS: readonly { rule: Exclude<RuleId, 'missing-section'>; title: string; why: string }[] = [
  {
    rule: 'passive',
    title: 'Who did it? (passive)',
    why: 'These say what was done but not who did it. Your tutor wants to hear what you did, so try naming the person.',
  },
  {
    rule: 'formal',
    title: 'Plainer words',
    why: 'Everyday words sound like you and are easier to read. A reflection does not need to sound like a report.',
  },
  {
    rule: 'impersonal',
    title: 'Put yourself in it',
    why: 'A reflection is about your own experience. Writing “I” and “we” is expected here, not rude.',
  },
  {
    rule: 'long-sentence',
    title: 'Long sentences',
    why: 'Shorter sentences keep your main point clear. Splitting one in two is often enough.',
  },
];

export const COPY = {
  emptyState: 'Start writing and I’ll show how your reflection is shaped.',
  emptyParts: (titles: string[]) =>
    `A reflection here has ${titles.length} parts: ${joinList(titles.map((t) => `“${t}”`))}.`,
  firstLook: 'Reading your reflection…',
  checking: 'Checking…',
  error: 'I couldn’t check your writing just now. Your text is safe: keep going and I’ll try again.',
  sectionsHeading: 'The parts of your reflection',
  findingsHeading: 'Ideas to try',
  noFindings: 'Nothing to change in the wording. Nice and clear.',
  essayNotes: 'About the whole piece',
  present: 'There',
  missing: 'Missing',
  thin: 'Short',
  started: 'Just started',
  missingHelp: 'This part seems to be missing. Questions that can help you write it:',
  startedHelp: 'You’ve made a start here. A few more sentences would make it a full part. Questions that can help:',
  unclearHelp: 'Some sentences may belong here, but only their wording hints at it. Saying it plainly would make it a full part. Questions that can help:',
  thinHelp: 'This part is quite short compared with the rest. You could add to it:',
  why: 'Why?',
  readsAs: 'reads as',
  apply: 'Apply',
  copy: 'Copy',
  showInText: 'Show in text',
  tryInstead: 'Try:',
  toneLabel: 'Tone',
  tone: {
    plain: 'plain and personal',
    balanced: 'balanced',
    formal: 'quite formal',
  } as Record<'plain' | 'balanced' | 'formal', string>,
  formalHint: 'Plainer, everyday words would sound more like you.',
  showStructure: 'Show structure',
  close: 'Close Reflect Lens',
  refresh: 'Refresh',
  refreshLabel: 'Read the document again',
  inSentence: 'In:',
  allPresent: (n: number) => `All ${n} parts of your reflection are there.`,
};

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function words(n: number): string {
  return plural(n, 'word', 'words');
}

export function sentences(n: number): string {
  return plural(n, 'sentence', 'sentences');
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The polite live summary: what is missing or only just started, said once each time it changes. */
export function missingSummary(missingTitles: string[], sectionCount: number, startedTitles: string[] = []): string {
  if (missingTitles.length === 0 && startedTitles.length === 0) return COPY.allPresent(sectionCount);
  const quote = (titles: string[]) => joinList(titles.map((t) => `“${t}”`));
  const missing = missingTitles.length ? `${plural(missingTitles.length, 'part', 'parts')} missing: ${quote(missingTitles)}.` : '';
  const started = startedTitles.length ? `Just started: ${quote(startedTitles)}.` : '';
  return [missing, started].filter(Boolean).join(' ');
}

/** The launcher's accessible name, e.g. "Reflect Lens: 1 section missing, 4 suggestions". */
export function launcherLabel(missing: number, suggestions: number): string {
  if (missing === 0 && suggestions === 0) return `${PRODUCT_NAME}: all sections there, no suggestions`;
  return `${PRODUCT_NAME}: ${plural(missing, 'section', 'sections')} missing, ${plural(suggestions, 'suggestion', 'suggestions')}`;
}
