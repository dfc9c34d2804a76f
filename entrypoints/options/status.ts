import { browser } from 'wxt/browser';
import type { StatusInfo } from '../../components/StatusPanel';
import { LAST_BACKUP_KEY } from '../../utils/backup/reminder-store';
import { UNDELIVERED_NUDGE_KEY, type UndeliveredNudge } from '../../utils/nudge/undelivered';
import { hasStylePermission } from '../../utils/platform/permissions';
import type { Settings, SettingsNotice } from '../../utils/settings';
import { SETTINGS_NOTICE_KEY } from '../../utils/settings/store';
import { PERSISTENCE_KEY } from '../popup/request-persistence';

/**
 * Reads what the status panel shows; every answer comes from the browser, not from memory.
 * `notice` is what reading the settings just found.
 */
export async function readStatus(settings: Settings, notice: SettingsNotice, formatDate: (at: number) => string): Promise<StatusInfo> {
  const local = await browser.storage.local.get([PERSISTENCE_KEY, LAST_BACKUP_KEY, SETTINGS_NOTICE_KEY, UNDELIVERED_NUDGE_KEY]);
  const persisted =
    (await globalThis.navigator?.storage?.persisted?.().catch(() => undefined)) ?? (local[PERSISTENCE_KEY] as boolean | undefined);
  const lastBackup = local[LAST_BACKUP_KEY] as number | undefined;
  const recorded = (local[SETTINGS_NOTICE_KEY] as { notice?: string } | undefined)?.notice;
  const undelivered = local[UNDELIVERED_NUDGE_KEY] as UndeliveredNudge | undefined;
  return {
    style: settings.style,
    stylePermission: await hasStylePermission(settings.style),
    persisted,
    lastBackup: lastBackup ? formatDate(lastBackup) : null,
    settingsNotice: notice === 'newer-version' ? notice : recorded === 'recovered-corrupt' ? recorded : null,
    undeliveredNudge: typeof undelivered?.at === 'number' ? formatDate(undelivered.at) : null,
  };
}

export async function dismissSettingsNotice(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_NOTICE_KEY);
}
