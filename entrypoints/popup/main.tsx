import { mountPage } from '../../lib/quick-check/mount-page';
import { Popup } from '../../lib/quick-check/Popup';
import { QUICK_CHECK_CSS } from '../../lib/quick-check/styles';

// The toolbar popup is as wide as its body; opened in a tab (Docs fallback, context menu window) it fills more.
const POPUP_CSS = `${QUICK_CHECK_CSS}
body.rl-popup-body { width: 420px; max-width: 100%; overflow-x: hidden; }
@media (min-width: 640px) { body.rl-popup-body { width: auto; max-width: 760px; margin: 0 auto; } }
`;

mountPage(<Popup />, POPUP_CSS);
