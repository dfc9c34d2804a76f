import { browser } from 'wxt/browser';
import { onSettingsChanged, SETTINGS_KEY } from './events';

export type Theme = 'system' | 'light' | 'dark';

/** The theme named by stored settings, or 'system' for anything else. */
export function themeOf(settings: unknown): Theme {
  const theme = (settings as { theme?: unknown } | undefined)?.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/**
 * Sets `data-theme`, which the stylesheets turn into `color-scheme`; every
 * colour is a light-dark() pair, so that one attribute switches them all.
 */
export function applyTheme(element: HTMLElement, theme: Theme): void {
  element.dataset.theme = theme;
}

/**
 * Keeps a page on the theme chosen in the options, reading the raw setting so
 * the page needn't load the settings validator. A bad value means 'system'.
 */
export function followThemeSetting(element: HTMLElement = document.documentElement): () => void {
  const read = () =>
    void browser.storage.sync
      .get(SETTINGS_KEY)
      .then((stored) => applyTheme(element, themeOf(stored[SETTINGS_KEY])))
      .catch(() => applyTheme(element, 'system'));
  read();
  return onSettingsChanged(read);
}
