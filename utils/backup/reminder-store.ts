import { browser } from 'wxt/browser';

/** When the last export was made (epoch ms), in storage.local: a backup covers this device only. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
/** When the user last said "Not now" to the backup reminder (epoch ms). */
export const BACKUP_REMINDER_DISMISSED_KEY = 'backupReminderDismissedAt';

export interface BackupTimes {
  lastBackupAt: number | null;
  dismissedAt: number | null;
}

/** The two moments the backup reminder depends on. */
export async function readBackupTimes(): Promise<BackupTimes> {
  const stored = await browser.storage.local.get([LAST_BACKUP_KEY, BACKUP_REMINDER_DISMISSED_KEY]);
  return { lastBackupAt: instant(stored[LAST_BACKUP_KEY]), dismissedAt: instant(stored[BACKUP_REMINDER_DISMISSED_KEY]) };
}

/** Records a finished export. */
export async function recordBackup(at: number): Promise<void> {
  await browser.storage.local.set({ [LAST_BACKUP_KEY]: at });
}

/** Records "Not now", which quiets the reminder for a while (see utils/backup-reminder.ts). */
export async function dismissBackupReminder(at: number): Promise<void> {
  await browser.storage.local.set({ [BACKUP_REMINDER_DISMISSED_KEY]: at });
}

// Anything but a real time counts as never, so bad data can't hide the reminder.
function instant(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
