import { pluralKey, t } from '../utils/platform/i18n';

export interface BackupReminderProps {
  /** Notes that no backup holds yet. */
  notesSinceBackup: number;
  /** There are at least that many (they were counted up to a cap). */
  atLeast?: boolean;
  locale: string;
  onBackUp: () => void;
  onDismiss: () => void;
}

/**
 * A quiet suggestion to export: what isn't backed up, and plainly what would
 * delete it. A status, not an alert: it waits for the user, and takes no focus.
 */
export function BackupReminder({ notesSinceBackup, atLeast = false, locale, onBackUp, onDismiss }: BackupReminderProps) {
  const key = atLeast ? 'backupReminderNotesAtLeast' : pluralKey(notesSinceBackup, locale, { one: 'backupReminderNotesOne', other: 'backupReminderNotesOther' });
  const count = t(key, new Intl.NumberFormat(locale).format(notesSinceBackup));
  return (
    <div class="backup-reminder" role="status">
      <p>
        {count} {t('backupReminderWhy')}
      </p>
      <div class="backup-reminder-actions">
        <button type="button" class="button-secondary" onClick={onBackUp}>
          {t('backupReminderBackUp')}
        </button>
        <button type="button" class="button-quiet" onClick={onDismiss}>
          {t('backupReminderNotNow')}
        </button>
      </div>
    </div>
  );
}
