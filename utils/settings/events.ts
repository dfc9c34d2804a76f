import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './types';

export { SETTINGS_KEY } from './types';

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
