import type { SaveResult } from '../../components/NoteForm';
import type { NoteActions } from '../../components/note-actions';
import { InvalidNoteError, type NoteRepository } from '../../utils/db/notes';
import { storageProblemMessage } from '../../utils/db/storage-errors';
import { t } from '../../utils/platform/i18n';
import { NOTE_MAX_LENGTH } from '../../utils/notes/text';

/**
 * The quick-note actions backed by the repository. Every failure becomes a
 * message for the user; nothing throws into the UI, so no typed text is lost.
 */
export function createNoteActions(repository: () => Promise<NoteRepository>, currentPrompt: () => string): NoteActions {
  return {
    save: (text) => attempt(async () => (await repository()).add({ text, source: 'popup', prompt: currentPrompt() })),
    edit: (id, text) => attempt(async () => (await repository()).edit(id, text)),
    remove: (note) => attempt(async () => (await repository()).remove(note.id)),
    restore: (note) => attempt(async () => (await repository()).restore(note.id)),
    // On opening: words whose undo time is over are dropped first (the popup may have closed before they were).
    pendingDeletes: async () => {
      const notes = await repository();
      await notes.purgeDeleted();
      return notes.pendingDeletes();
    },
  };
}

async function attempt(run: () => Promise<unknown>): Promise<SaveResult> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    if (error instanceof InvalidNoteError) {
      const message =
        error.reason === 'empty'
          ? t('noteEmpty')
          : error.reason === 'too-long'
            ? t('noteTooLong', [error.over, NOTE_MAX_LENGTH])
            : error.reason === 'undo-expired'
              ? t('noteUndoExpired')
              : t('storageUnknown');
      return { ok: false, message };
    }
    console.error('Hearth storage error', error);
    return { ok: false, message: t(storageProblemMessage(error)) };
  }
}
