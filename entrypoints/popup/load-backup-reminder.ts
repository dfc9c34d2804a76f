import { shouldRemindBackup } from '../../utils/backup-reminder';
import { readBackupTimes } from '../../utils/backup-reminder-store';
import type { NoteRepository } from '../../utils/db/notes';

/**
 * How many notes a backup would save, when the popup should suggest one;
 * null when it should stay quiet. Two indexed queries and one storage read,
 * however many notes there are.
 */
export async function loadBackupReminder(notes: NoteRepository, now: number): Promise<{ notesSinceBackup: number } | null> {
  const { lastBackupAt, dismissedAt } = await readBackupTimes();
  const [notesSinceBackup, firstNoteAt] = await Promise.all([
    lastBackupAt === null ? notes.count() : notes.countSince(lastBackupAt),
    lastBackupAt === null ? notes.firstCreatedAt() : null,
  ]);
  return shouldRemindBackup({ notesSinceBackup, lastBackupAt, firstNoteAt, now, dismissedAt }) ? { notesSinceBackup } : null;
}
