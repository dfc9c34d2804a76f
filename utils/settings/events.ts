import { browser } from 'wxt/browser';

/** Settings follow the user across browsers, so they live in storage.sync under this key. */
export const SETTINGS_KEY = 'settings';

/**
 * Calls back whenever the stored settings change, in this or another context.
 * Kept apart from the settings store so a page can listen without loading the validator.
 */
export function onSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
