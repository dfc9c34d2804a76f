import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/options.css';
import { DataPanel } from '../../components/DataPanel';
import { SettingsForm } from '../../components/SettingsForm';
import { StatusPanel, type StatusInfo } from '../../components/StatusPanel';
import { useLiveQuery } from '../../components/use-live-query';
import { getDatabase } from '../../utils/db/schema';
import { t } from '../../utils/platform/i18n';
import { onPermissionsChanged, requestStylePermission } from '../../utils/platform/permissions';
import type { Settings } from '../../utils/settings';
import { onSettingsChanged, readSettings, saveSettings } from '../../utils/settings/store';
import { createDataActions } from './data-actions';
import { dismissSettingsNotice, readStatus } from './status';

/** The options page: settings, status and the user's data. */
export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [fromNewerVersion, setFromNewerVersion] = useState(false);
  const [status, setStatus] = useState<StatusInfo>();
  const locale = browser.i18n.getUILanguage();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const db = useMemo(() => getDatabase(), []);
  const dataActions = useMemo(() => createDataActions(db, timeZone), [db, timeZone]);
  const counts = useLiveQuery(async () => ({ notes: await db.notes.count(), evenings: await db.evenings.count() }), [db]);
  const formatDate = (at: number) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

  async function refresh() {
    const { settings: current, notice } = await readSettings();
    setSettings(current);
    setFromNewerVersion(notice === 'newer-version');
    setStatus(await readStatus(current, notice, formatDate));
  }

  useEffect(() => {
    void refresh();
    onSettingsChanged(() => void refresh());
    browser.storage.local.onChanged.addListener(() => void refresh());
    return onPermissionsChanged(() => void refresh());
  }, []);

  return (
    <main class="options">
      <h1 class="popup-title">
        <img src="/icon.svg" alt="" width={24} height={24} />
        {t('optionsTitle')}
      </h1>
      <StatusPanel
        status={status}
        onFixPermission={() => {
          if (settings && settings.style !== 'window') void requestStylePermission(settings.style).then(() => refresh());
        }}
        onDismissNotice={() => void dismissSettingsNotice().then(() => refresh())}
      />
      {settings && (
        <SettingsForm
          settings={settings}
          onSave={saveSettings}
          now={Date.now}
          timeZone={timeZone}
          locale={locale}
          onStyleNeedsPermission={requestStylePermission}
          cardPermission={status?.style === 'card' ? (status.stylePermission ? 'granted' : 'missing') : undefined}
          readOnly={fromNewerVersion}
        />
      )}
      <DataPanel counts={counts.status === 'ready' ? counts.value : undefined} actions={dataActions} locale={locale} />
    </main>
  );
}
