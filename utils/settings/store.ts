import { browser } from 'wxt/browser';
import { t } from '../platform/i18n';
import { migrateSettings, validateSettings, type Settings, type SettingsError, type SettingsNotice } from './index';

import { SETTINGS_KEY } from './events';
import { installWindowId } from './install-window-id';
import { withoutSharedWindowId } from './window-ids';

export { onSettingsChanged, SETTINGS_KEY } from './events';
/** The last recovery notice, for the options page to show once. */
export const SETTINGS_NOTICE_KEY = 'settingsNotice';

export type SaveSettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

/**
 * The settings in force. Stored data that is old is migrated; data that is
 * corrupt or from a newer version is replaced by safe defaults, written back
 * (so the recovery happens once, not on every wake) and noted for the user.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  const migrated = migrateSettings(stored);
  // The first window gets this install's own id (window-ids.ts). With nothing
  // stored it is not written: settings synced from another device may be on their way.
  const settings = withoutSharedWindowId(migrated.settings, await installWindowId());
  const notice = migrated.notice === 'none' && settings !== migrated.settings && stored != null ? 'migrated' : migrated.notice;
  if (notice !== 'none') await recordRecovery(settings, notice);
  return settings;
}

/** Validates the whole object and stores it, or stores nothing and says why. */
export async function saveSettings(input: unknown): Promise<SaveSettingsResult> {
  const checked = validateSettings(input);
  if (!checked.ok) return checked;
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: checked.settings });
  } catch (error) {
    // storage.sync allows 8 KB per item; long prompts in many scripts can pass it.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: t('settingsStorageRefused', message) }] };
  }
  return { ok: true, settings: checked.settings };
}

async function recordRecovery(settings: Settings, notice: Exclude<SettingsNotice, 'none'>): Promise<void> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
    if (notice !== 'migrated') await browser.storage.local.set({ [SETTINGS_NOTICE_KEY]: { notice, at: Date.now() } });
  } catch {
    // If writing back fails we still run on the recovered settings in memory.
  }
}
