import { t } from '../utils/platform/i18n';

export interface StatusInfo {
  style: 'card' | 'window' | 'notification';
  /** Whether the chosen style's optional permission is granted (always true for the window). */
  stylePermission: boolean;
  persisted: boolean | undefined;
  lastBackup: string | null;
  /** 'newer-version' holds as long as a newer Hearth's settings are stored, so it cannot be dismissed. */
  settingsNotice: 'recovered-corrupt' | 'newer-version' | null;
  /** When a due nudge last could not be shown at all (the browser refused it), formatted; null when the last one was shown. */
  undeliveredNudge?: string | null;
}

export interface StatusPanelProps {
  status: StatusInfo | undefined;
  onFixPermission: () => void;
  onDismissNotice: () => void;
}

/** Is everything working? The permission, the browser's promise to keep data, and the last backup. */
export function StatusPanel({ status, onFixPermission, onDismissNotice }: StatusPanelProps) {
  if (!status) return null;
  return (
    <section class="options-section" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('statusHeading')}</h2>
      {status.settingsNotice && (
        <div class="notice" role="alert">
          <p>{t(status.settingsNotice === 'newer-version' ? 'statusSettingsFuture' : 'statusSettingsCorrupt')}</p>
          {status.settingsNotice === 'recovered-corrupt' && (
            <button type="button" class="button-quiet" onClick={onDismissNotice}>
              {t('statusDismiss')}
            </button>
          )}
        </div>
      )}
      <dl class="status-list">
        <dt>{t('statusNudgeStyle')}</dt>
        <dd>
          {status.stylePermission ? (
            t(status.style === 'card' ? 'statusCardReady' : status.style === 'notification' ? 'statusNotificationReady' : 'statusWindowReady')
          ) : (
            <>
              <span class="status-error">{t(status.style === 'card' ? 'statusCardMissing' : 'statusNotificationMissing')}</span>{' '}
              <button type="button" class="button-secondary" onClick={onFixPermission}>
                {t('statusAllow')}
              </button>
            </>
          )}
          {status.undeliveredNudge && <p class="status-error">{t('statusNudgeUndelivered', [status.undeliveredNudge])}</p>}
        </dd>
        <dt>{t('statusStorage')}</dt>
        <dd>{t(status.persisted ? 'statusPersisted' : 'statusNotPersisted')}</dd>
        <dt>{t('statusLastBackup')}</dt>
        <dd>{status.lastBackup ?? t('statusNeverBackedUp')}</dd>
      </dl>
    </section>
  );
}
