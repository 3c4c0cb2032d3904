/** Words of the settings page, in one place for review. Plain and kind. Written for this project (MIT). */
import type { RuleId } from '../analysis/types';

export const OPTIONS_COPY = {
  title: 'Reflect Lens settings',
  intro:
    'Changes are saved straight away and apply to pages that are already open. Only these settings are kept (in your browser’s sync storage), never your writing.',
  saved: 'Saved.',
  saveFailed: 'I couldn’t save that just now. Please try again.',
  tooBig: 'That is more course wording than the browser can keep (about 8 KB). Try shorter prompts.',
  modelHeading: 'Reflection model',
  modelHelp: 'The parts Reflect Lens looks for in your reflection.',
  rulesHeading: 'What to point out',
  spellingHeading: 'Spelling in suggestions',
  spellingUk: 'UK English (“realise”, “organise”)',
  spellingUs: 'US English (“realize”, “organize”)',
  panelHeading: 'The panel beside your writing',
  autoOpenLabel: 'Open the panel by itself once a text has this many words',
  autoOpenHelp: '0 means it only opens when you click the Reflect Lens button by the box.',
  structureLabel: 'Show structure: tint each sentence by the part of the reflection it belongs to',
  sitesHeading: 'Sites where Reflect Lens is off',
  sitesHelp: 'Nothing appears on these sites. A site also covers its subdomains (example.org covers www.example.org).',
  sitesEmpty: 'None: Reflect Lens works on every site.',
  siteInputLabel: 'Site to switch off',
  siteAdd: 'Switch off',
  siteRemove: (site: string) => `Remove ${site} (Reflect Lens comes back on there)`,
  siteInvalid: 'Please type a site name, such as moodle.example.ac.uk.',
  courseHeading: 'Your course’s wording',
  courseHelp:
    'If your course names the parts differently or asks its own questions, put them here. Leave a box empty to keep the model’s own wording (shown in grey).',
  sectionTitleLabel: (title: string) => `Title for “${title}”`,
  sectionPromptsLabel: (title: string) => `Questions for “${title}” (one per line)`,
  courseReset: 'Use the model’s own wording again',
  fileHeading: 'Share settings',
  fileHelp:
    'A tutor can export these settings and give the file to trainees. The file holds settings only, never anyone’s writing.',
  export: 'Export settings file',
  importLabel: 'Import a settings file',
  imported: (ignored: string[]) =>
    ignored.length ? `Settings imported. Left out (not settings I know): ${ignored.join(', ')}.` : 'Settings imported.',
};

export const RULE_LABELS: readonly { id: RuleId; label: string; help: string }[] = [
  { id: 'missing-section', label: 'Missing parts of the reflection', help: 'Which parts of the model are not there yet.' },
  { id: 'passive', label: 'Passive sentences', help: '“It was decided…”: who decided? Naming the person makes it yours.' },
  { id: 'formal', label: 'Over-formal words', help: '“Utilise” → “use”: plainer words, one click to swap.' },
  { id: 'impersonal', label: 'Writing without “I” or “we”', help: 'A reflection is about your own experience.' },
  { id: 'long-sentence', label: 'Very long sentences', help: 'Long sentences that could be split in two.' },
];
