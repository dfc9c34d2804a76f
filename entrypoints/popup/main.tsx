import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';

document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
