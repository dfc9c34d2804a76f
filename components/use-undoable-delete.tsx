import { useCallback, useState } from 'preact/hooks';
import type { NoteRecord } from '../utils/notes/record';
import { t } from '../utils/platform/i18n';
import type { NoteActions } from './note-actions';
import { UndoBar } from './UndoBar';

/**
 * Delete with a few seconds of undo, shared by every list of notes: `remove`
 * for the list's delete buttons, and `feedback` to render below it (the undo
 * bar, or a message when the delete or the undo failed).
 */
export function useUndoableDelete(actions: Pick<NoteActions, 'remove' | 'restore'>) {
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const [notice, setNotice] = useState('');
  const expire = useCallback(() => setDeleted(null), []);

  async function remove(note: NoteRecord) {
    const result = await actions.remove(note);
    if (result.ok) {
      setNotice('');
      setDeleted(note);
    } else setNotice(result.message);
  }

  async function undo() {
    if (!deleted) return;
    const result = await actions.restore(deleted);
    setDeleted(null);
    setNotice(result.ok ? t('noteRestored') : result.message);
  }

  const feedback = (
    <>
      {notice && (
        <p class="status" role="status">
          {notice}
        </p>
      )}
      {deleted && <UndoBar message={t('noteDeleted')} onUndo={() => void undo()} onExpire={expire} />}
    </>
  );
  return { remove: (note: NoteRecord) => void remove(note), feedback };
}
