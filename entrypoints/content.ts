import { startContent } from '../lib/content';
import { isDocsDocumentPage, startDocs } from '../lib/content/docs-session';

// Thin on purpose: the analysis engine is never bundled here (it runs in the background).
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // A Google Docs document is drawn on a canvas: it gets the Docs session instead of the field controller.
    (isDocsDocumentPage() ? startDocs : startContent)(ctx).catch(() => {
      // Errors of ours must never reach the page's console.
    });
  },
});
