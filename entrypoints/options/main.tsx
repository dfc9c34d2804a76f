import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { App } from './App';
import { followThemeSetting } from '../../utils/settings/theme';

document.documentElement.lang = browser.i18n.getUILanguage();
followThemeSetting();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
