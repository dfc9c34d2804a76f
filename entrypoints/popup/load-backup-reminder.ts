import { shouldRemindBackup } from '../../utils/backup/reminder';
import { readBackupTimes } from '../../utils/backup/reminder-store';
import type { NoteRepository } from '../../utils/db/notes';

/**
 * Notes are counted up to this many; past it the reminder says "at least".
 * An exact count of 100,000 notes would hold the database for ~80 ms, right
 * when the user may be opening the week view.
 */
export const BACKUP_COUNT_CAP = 1_000;

export interface BackupReminderState {
  /** Notes no backup holds, exact below BACKUP_COUNT_CAP. */
  notesSinceBackup: number;
  /** True when there are at least `notesSinceBackup` (the cap was reached). */
  atLeast: boolean;
}

/**
 * How many notes a backup would save, when the popup should suggest one;
 * null when it should stay quiet. Two bounded index reads and one storage
 * read, however many notes there are.
 */
export async function loadBackupReminder(notes: NoteRepository, now: number): Promise<BackupReminderState | null> {
  const { lastBackupAt, dismissedAt } = await readBackupTimes();
  const [notesSinceBackup, firstNoteAt] = await Promise.all([
    notes.countSince(lastBackupAt, BACKUP_COUNT_CAP),
    lastBackupAt === null ? notes.firstCreatedAt() : null,
  ]);
  return shouldRemindBackup({ notesSinceBackup, lastBackupAt, firstNoteAt, now, dismissedAt })
    ? { notesSinceBackup, atLeast: notesSinceBackup >= BACKUP_COUNT_CAP }
    : null;
}
