import { startContent } from '../lib/content';

// Thin on purpose: the analysis engine is never bundled here (it runs in the background).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx).catch(() => {
      // Errors of ours must never reach the page's console.
    });
  },
});
