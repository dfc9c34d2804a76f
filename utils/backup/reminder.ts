import { DAY_MS } from '../time/local';

/** How long "Not now" quiets the reminder. */
export const BACKUP_REMINDER_QUIET_DAYS = 7;

export interface BackupReminderInput {
  /** Notes written since the last backup (all notes, if there was none). */
  notesSinceBackup: number;
  /** Epoch ms of the last export, or null if there has never been one. */
  lastBackupAt: number | null;
  /** Epoch ms of the oldest note; with no backup yet, the month is counted from it. */
  firstNoteAt: number | null;
  now: number;
  /** Remind after this many notes without a backup. */
  everyNotes?: number;
  /** Remind after this many days without a backup. */
  everyDays?: number;
  /** Epoch ms of the last "Not now", if any. */
  dismissedAt?: number | null;
}

/**
 * Whether the popup suggests a backup: only when some note would be lost,
 * and either enough notes have gathered or a month has passed since the last
 * backup (or, with none yet, since the first note), and "Not now" was not
 * said within the last week.
 */
export function shouldRemindBackup({
  notesSinceBackup,
  lastBackupAt,
  firstNoteAt,
  now,
  everyNotes = 20,
  everyDays = 30,
  dismissedAt = null,
}: BackupReminderInput): boolean {
  if (notesSinceBackup <= 0) return false;
  // A dismissal "in the future" means the clock moved back; don't let it silence the reminder for good.
  if (dismissedAt !== null && dismissedAt <= now && now - dismissedAt < BACKUP_REMINDER_QUIET_DAYS * DAY_MS) return false;
  if (notesSinceBackup >= everyNotes) return true;
  const since = lastBackupAt ?? firstNoteAt;
  return since !== null && now - since >= everyDays * DAY_MS;
}
