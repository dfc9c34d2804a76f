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
 * A quiet suggestion to export. It leads with care, and says the risk after,
 * shorter (issue 19). A status, not an alert: it waits for the user, and
 * takes no focus.
 */
export function BackupReminder({ notesSinceBackup, atLeast = false, locale, onBackUp, onDismiss }: BackupReminderProps) {
  const key = atLeast ? 'backupReminderNotesAtLeast' : pluralKey(notesSinceBackup, locale, { one: 'backupReminderNotesOne', other: 'backupReminderNotesOther' });
  const one = key === 'backupReminderNotesOne';
  return (
    <div class="backup-reminder" role="status">
      <p class="backup-reminder-lead">{t(key, new Intl.NumberFormat(locale).format(notesSinceBackup))}</p>
      <p class="backup-reminder-risk">{t(one ? 'backupReminderWhyOne' : 'backupReminderWhyOther')}</p>
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
