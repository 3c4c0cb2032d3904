import { mountPage } from '../../lib/quick-check/mount-page';
import { SidePanel } from '../../lib/quick-check/SidePanel';
import { QUICK_CHECK_CSS } from '../../lib/quick-check/styles';

mountPage(<SidePanel />, QUICK_CHECK_CSS);
