import { pluralKey, t } from '../utils/i18n';

export interface BackupReminderProps {
  /** Notes that no backup holds yet. */
  notesSinceBackup: number;
  locale: string;
  onBackUp: () => void;
  onDismiss: () => void;
}

/**
 * A quiet suggestion to export: what isn't backed up, and plainly what would
 * delete it. A status, not an alert: it waits for the user, and takes no focus.
 */
export function BackupReminder({ notesSinceBackup, locale, onBackUp, onDismiss }: BackupReminderProps) {
  const count = t(pluralKey(notesSinceBackup, locale, { one: 'backupReminderNotesOne', other: 'backupReminderNotesOther' }), notesSinceBackup);
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
