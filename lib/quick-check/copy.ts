/**
 * Words of the popup and side panel, apart from the components so they can be reviewed in one place. Plain and
 * kind: the reader is a nervous trainee. Written for this project (MIT).
 */
export const QUICK_COPY = {
  quickCheckHeading: 'Quick check',
  boxLabel: 'Text to check',
  boxPlaceholder: 'Paste or type your reflection here…',
  privacy: 'Your text stays on this computer. It is not saved anywhere.',
  checkSelection: 'Check the selected text on this page',
  selectionEmpty: 'Nothing is selected on the page. Select some text there, then try again.',
  selectionNoAccess: 'I can’t read this page (browser pages and the extension store are off limits). Copy the text and paste it here instead.',
  selectionLoaded: 'Here is the text you selected.',
  contextMenuLoaded: 'Here is the text you selected on the page.',
  siteOn: (host: string) => `On for ${host}`,
  siteOff: (host: string) => `Off for ${host}`,
  siteSwitchLabel: (host: string) => `Reflect Lens on ${host}`,
  siteSwitchedOff: (host: string) => `Reflect Lens is now off on ${host}. Nothing will appear there.`,
  siteSwitchedOn: (host: string) => `Reflect Lens is back on for ${host}.`,
  siteSaveFailed: 'I couldn’t save that just now. Please try again.',
  noSite: 'This page is not a website, so there is nothing to switch off here.',
  settings: 'Settings',
  openSidePanel: 'Open side panel',
  pageTab: 'On this page',
  quickTab: 'Quick check',
  viewsLabel: 'What to show',
  pageHeading: 'Your writing on this page',
  docsHeading: 'Your Google Doc',
  pageWaiting: 'Click into a text box on the page and its report shows here while you write.',
  pageNone: 'There is no text box in use on this page right now. You can check any text in the quick check.',
  refresh: 'Check again',
  copied: 'Copied. Paste it into your document.',
};
