import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupReminder } from '../../components/BackupReminder';
import { QuickNote } from '../../components/QuickNote';
import { ViewTabs } from '../../components/ViewTabs';
import { dismissBackupReminder } from '../../utils/backup/reminder-store';
import type { NoteRecord } from '../../utils/notes/record';
import { loadProblemMessage } from '../../utils/db/storage-errors';
import { createEditDraftStores, createWebStorageDraftStore } from '../../utils/notes/drafts';
import { t } from '../../utils/platform/i18n';
import { pickNotePrompt } from '../../utils/notes/prompts';
import { formatRelativeTime } from '../../utils/time/relative';
import { loadBackupReminder, type BackupReminderState } from './load-backup-reminder';
import { createNoteActions } from './note-actions';
import type { NoteStore } from './note-store';
import { requestPersistentStorage } from './request-persistence';
import { createSettingsSource } from './settings-source';
import type { WeekSource } from './week-source';

// The week view and the database are their own chunks: the note field waits
// for neither, and typing can start before Dexie has even loaded. Both start
// loading as soon as the field is ready, so the week is read before the tab
// is opened. (A plain dynamic import rather than preact/compat's lazy():
// compat would cost the popup more than the week view itself.)
type ReflectionModule = typeof import('./ReflectionPanel');
let reflectionModule: Promise<ReflectionModule> | undefined;
const loadReflectionModule = () => (reflectionModule ??= import('./ReflectionPanel'));
let noteStore: Promise<NoteStore> | undefined;
const loadNoteStore = () => (noteStore ??= import('./note-store').then((m) => m.createNoteStore()));

const RECENT_LIMIT = 20;
const OPEN_COUNT_KEY = 'hearth:popup-opens';
type View = 'note' | 'week';

/** The popup: the quick note first, the week's reflection a tab away. */
export function App() {
  const draft = useMemo(() => createWebStorageDraftStore(localStorage, 'hearth:draft:popup'), []);
  const editDrafts = useMemo(() => createEditDraftStores(localStorage), []);
  const promptKey = useMemo(() => pickNotePrompt(nextOpenCount()), []);
  const placeholder = t(promptKey);
  const actions = useMemo(() => createNoteActions(async () => (await loadNoteStore()).repository, () => placeholder), [placeholder]);
  const [recent, setRecent] = useState<NoteRecord[] | { error: string }>();
  const [view, setView] = useState<View>('note');
  // The "This week" tab means what it says: clicked while an earlier week is shown, it starts again at this week (issue 14).
  const [weekVisit, setWeekVisit] = useState(0);
  const [reflection, setReflection] = useState<{ Panel: ReflectionModule['default']; weeks: WeekSource }>();
  const [reminder, setReminder] = useState<BackupReminderState | null>(null);
  const settings = useMemo(() => createSettingsSource(), []);
  const locale = browser.i18n.getUILanguage();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const describeTime = (createdAt: number) => formatRelativeTime(createdAt, Date.now(), locale, { justNow: t('timeJustNow') }, timeZone);

  // A layout effect: it runs right after the note field is ready, in the
  // same task, and only starts requests and downloads, which run meanwhile.
  useLayoutEffect(() => {
    let stopRecent: (() => void) | undefined;
    let stopWeek: (() => void) | undefined;
    let cancelled = false;
    settings.get().catch(() => undefined);
    void loadNoteStore().then((store) => {
      if (cancelled) return;
      stopRecent = store.watchRecent(RECENT_LIMIT, setRecent, (error) => setRecent({ error: t(loadProblemMessage(error)) }));
      void requestPersistentStorage();
      // Checked once per opening, so it never appears while the user is writing.
      loadBackupReminder(store.repository, Date.now()).then(setReminder, () => setReminder(null));
    });
    void loadReflectionModule().then((module) => {
      if (cancelled) return;
      const weeks = module.createWeekSource(settings, locale, timeZone);
      stopWeek = weeks.followThisWeek(Date.now());
      setReflection({ Panel: module.default, weeks });
    });
    return () => {
      cancelled = true;
      stopRecent?.();
      stopWeek?.();
    };
  }, []);

  function dismissReminder() {
    setReminder(null);
    void dismissBackupReminder(Date.now());
    // The button goes away with the reminder; the keyboard goes back to writing.
    document.getElementById('note-text')?.focus();
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">
          <img src="/icon.svg" alt="" width={20} height={20} />
          {t('popupTitle')}
        </h1>
        <button type="button" class="button-quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      <ViewTabs
        tabs={[
          { key: 'note', label: t('popupTabNote') },
          { key: 'week', label: t('popupTabWeek') },
        ]}
        selected={view}
        onSelect={(key) => {
          if (key === 'week' && view === 'week') setWeekVisit((visit) => visit + 1);
          setView(key);
        }}
        label={t('popupViewsLabel')}
        idPrefix="popup"
      >
        {view === 'note' ? (
          <QuickNote
            placeholder={placeholder}
            draft={draft}
            recent={recent}
            describeTime={describeTime}
            actions={actions}
            editDrafts={editDrafts}
            onReady={() => performance.mark('hearth:note-ready')}
            belowForm={
              reminder && (
                <BackupReminder
                  notesSinceBackup={reminder.notesSinceBackup}
                  atLeast={reminder.atLeast}
                  locale={locale}
                  onBackUp={() => void browser.runtime.openOptionsPage()}
                  onDismiss={dismissReminder}
                />
              )
            }
          />
        ) : (
          reflection ? (
            <reflection.Panel
              key={weekVisit}
              locale={locale}
              timeZone={timeZone}
              noteActions={actions}
              onWriteNote={() => setView('note')}
              settings={settings}
              weeks={reflection.weeks}
              editDrafts={editDrafts}
            />
          ) : (
            <p class="quiet">{t('reflectionLoading')}</p>
          )
        )}
      </ViewTabs>
    </main>
  );
}

/** Counts popup openings so the placeholder prompt rotates on each one. */
function nextOpenCount(): number {
  try {
    const count = Number(localStorage.getItem(OPEN_COUNT_KEY) ?? '0') || 0;
    localStorage.setItem(OPEN_COUNT_KEY, String(count + 1));
    return count;
  } catch {
    return 0;
  }
}
