import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './events';

/** The settings exactly as stored (undefined when none are), to put back after a failed import. */
export interface StoredSettingsSnapshot {
  value: unknown;
}

/** What storage.sync holds now, untouched by migration or validation. */
export async function snapshotStoredSettings(): Promise<StoredSettingsSnapshot> {
  return { value: (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] };
}

/** Puts the snapshot back; with none stored before, removes what was written since. */
export async function restoreStoredSettings(snapshot: StoredSettingsSnapshot): Promise<void> {
  if (snapshot.value === undefined) await browser.storage.sync.remove(SETTINGS_KEY);
  else await browser.storage.sync.set({ [SETTINGS_KEY]: snapshot.value });
}
