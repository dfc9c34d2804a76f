import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { QuickNote } from '../../components/QuickNote';
import { useLiveQuery } from '../../components/use-live-query';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import { createWebStorageDraftStore } from '../../utils/draft-store';
import { t } from '../../utils/i18n';
import { pickNotePrompt } from '../../utils/note-prompts';
import { formatRelativeTime } from '../../utils/relative-time';
import { createNoteActions } from './note-actions';
import { requestPersistentStorage } from './request-persistence';

const RECENT_LIMIT = 20;
const OPEN_COUNT_KEY = 'hearth:popup-opens';

/** The popup: wires the quick-note view to the database, drafts and i18n. */
export function App() {
  const repository = useMemo(() => createNoteRepository(getDatabase()), []);
  const draft = useMemo(() => createWebStorageDraftStore(localStorage, 'hearth:draft:popup'), []);
  const promptKey = useMemo(() => pickNotePrompt(nextOpenCount()), []);
  const placeholder = t(promptKey);
  const actions = useMemo(() => createNoteActions(repository, () => placeholder), [repository, placeholder]);
  const recent = useLiveQuery(() => repository.listRecent(RECENT_LIMIT), [repository]);
  const locale = browser.i18n.getUILanguage();

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  return (
    <main class="popup">
      <h1 class="popup-title">
        <img src="/icon.svg" alt="" width={20} height={20} />
        {t('popupTitle')}
      </h1>
      <QuickNote
        placeholder={placeholder}
        draft={draft}
        recent={
          recent.status === 'loading'
            ? undefined
            : recent.status === 'error'
              ? { error: t('storageLoadFailed') }
              : recent.value
        }
        describeTime={(createdAt) => formatRelativeTime(createdAt, Date.now(), locale, { justNow: t('timeJustNow') })}
        actions={actions}
        onReady={() => performance.mark('hearth:note-ready')}
      />
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
