import { browser } from 'wxt/browser';
import type { Settings } from './index';

/**
 * The settings as the worker last validated them, in session storage: pages
 * that only read settings (the popup's week view) take them from here, so
 * they neither load the validator nor wake the worker to ask. Session storage
 * is in memory and open only to Hearth's own pages and worker.
 */
export const VALIDATED_SETTINGS_KEY = 'validatedSettings';

/** Written by the worker each time it loads the settings in force. */
export async function publishValidatedSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.session.set({ [VALIDATED_SETTINGS_KEY]: settings });
  } catch {
    // Pages then ask the worker instead; nothing depends on this copy alone.
  }
}

/** The last validated settings, or undefined when the worker hasn't written them since the browser started. */
export async function readValidatedSettings(): Promise<Settings | undefined> {
  return (await browser.storage.session.get(VALIDATED_SETTINGS_KEY))[VALIDATED_SETTINGS_KEY] as Settings | undefined;
}

/** Calls back whenever the worker publishes settings. */
export function onValidatedSettingsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && VALIDATED_SETTINGS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
