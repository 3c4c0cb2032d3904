import { startBackground } from '../lib/background';

export default defineBackground(() => {
  // The analysis engine lives here, one per browser; nothing leaves the browser.
  startBackground();
});
