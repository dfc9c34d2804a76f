import { browser } from 'wxt/browser';
import { t } from '../platform/i18n';
import {
  isFromNewerVersion,
  migrateSettings,
  validateSettings,
  type Settings,
  type SettingsError,
  type SettingsNotice,
} from './index';

import { SETTINGS_KEY } from './events';
import { installWindowId } from './install-window-id';
import { withoutSharedWindowId } from './window-ids';

export { onSettingsChanged, SETTINGS_KEY } from './events';
/** The last recovery notice, for the options page to show once. */
export const SETTINGS_NOTICE_KEY = 'settingsNotice';

export type SaveSettingsResult = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

/**
 * The settings in force, and what happened on reading them. Stored data that
 * is old is migrated; data that is corrupt is replaced by safe defaults,
 * written back (so the recovery happens once, not on every wake) and noted for
 * the user. Data from a newer Hearth is read as far as this version can, and
 * never written: sync would carry the loss to the newer browser (#16).
 */
export async function readSettings(): Promise<{ settings: Settings; notice: SettingsNotice }> {
  const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  const migrated = migrateSettings(stored);
  // The first window gets this install's own id (window-ids.ts). With nothing
  // stored it is not written: settings synced from another device may be on their way.
  const settings = withoutSharedWindowId(migrated.settings, await installWindowId());
  const notice = migrated.notice === 'none' && settings !== migrated.settings && stored != null ? 'migrated' : migrated.notice;
  if (notice === 'migrated' || notice === 'recovered-corrupt') await recordRecovery(settings, notice);
  return { settings, notice };
}

/** The settings in force (see readSettings). */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/**
 * Validates the whole object and stores it, or stores nothing and says why.
 * Settings a newer Hearth wrote are never written over.
 */
export async function saveSettings(input: unknown): Promise<SaveSettingsResult> {
  const checked = validateSettings(input);
  if (!checked.ok) return checked;
  try {
    const stored = (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    if (isFromNewerVersion(stored)) return { ok: false, errors: [{ path: '', message: t('settingsErrorNewerVersion') }] };
    await browser.storage.sync.set({ [SETTINGS_KEY]: checked.settings });
  } catch (error) {
    // Validation keeps within storage.sync's quotas; the browser may still refuse (too many writes a minute).
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: t('settingsStorageRefused', message) }] };
  }
  return { ok: true, settings: checked.settings };
}

async function recordRecovery(settings: Settings, notice: 'migrated' | 'recovered-corrupt'): Promise<void> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
    if (notice !== 'migrated') await browser.storage.local.set({ [SETTINGS_NOTICE_KEY]: { notice, at: Date.now() } });
  } catch {
    // If writing back fails we still run on the recovered settings in memory.
  }
}
