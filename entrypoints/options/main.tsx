import { OptionsPage } from '../../lib/options/OptionsPage';
import { OPTIONS_CSS } from '../../lib/options/styles';
import { mountPage } from '../../lib/quick-check/mount-page';

mountPage(<OptionsPage />, OPTIONS_CSS);
