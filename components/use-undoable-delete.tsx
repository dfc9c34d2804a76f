import { useCallback, useEffect, useState } from 'preact/hooks';
import type { NoteRecord } from '../utils/notes/record';
import { NOTE_UNDO_MS, type PendingDelete } from '../utils/notes/tombstone';
import { t } from '../utils/platform/i18n';
import type { NoteActions } from './note-actions';
import { UndoBar } from './UndoBar';

/**
 * Delete with a few seconds of undo, shared by every list of notes: `remove`
 * for the list's delete buttons, and `feedback` to render below it (the undo
 * bar, or a message when the delete or the undo failed). Each delete gets its
 * own full undo time; the bar offers the latest one still undoable. The
 * database holds the deleted note for that time, so a delete made just before
 * the popup closed is offered again when it opens (#16).
 */
export function useUndoableDelete(actions: Pick<NoteActions, 'remove' | 'restore' | 'pendingDeletes'>) {
  const [pending, setPending] = useState<PendingDelete[]>([]);
  const [notice, setNotice] = useState('');
  const expire = useCallback(() => setPending((list) => list.filter((entry) => entry.undoUntil > Date.now())), []);

  useEffect(() => {
    let cancelled = false;
    actions.pendingDeletes().then(
      (left) => !cancelled && left.length > 0 && setPending((list) => merge(list, left)),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  async function remove(note: NoteRecord) {
    const result = await actions.remove(note);
    if (!result.ok) return setNotice(result.message);
    setNotice('');
    setPending((list) => merge(list, [{ note, undoUntil: Date.now() + NOTE_UNDO_MS }]));
  }

  async function undo(entry: PendingDelete) {
    setPending((list) => list.filter((other) => other.note.id !== entry.note.id));
    const result = await actions.restore(entry.note);
    setNotice(result.ok ? t('noteRestored') : result.message);
  }

  const latest = pending.at(-1);
  const feedback = (
    <>
      {notice && (
        <p class="status" role="status">
          {notice}
        </p>
      )}
      {latest && (
        <UndoBar
          key={latest.note.id}
          message={t('noteDeleted')}
          onUndo={() => void undo(latest)}
          onExpire={expire}
          timeoutMs={Math.max(0, latest.undoUntil - Date.now())}
        />
      )}
    </>
  );
  return { remove: (note: NoteRecord) => void remove(note), feedback };
}

// One entry per note, the one ending last last.
function merge(list: readonly PendingDelete[], more: readonly PendingDelete[]): PendingDelete[] {
  const ids = new Set(more.map((entry) => entry.note.id));
  return [...list.filter((entry) => !ids.has(entry.note.id)), ...more].sort((a, b) => a.undoUntil - b.undoUntil);
}
