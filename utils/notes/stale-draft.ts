import type { NoteRecord } from './record';

/**
 * What is stored under a note id, as far as a draft is concerned: the note,
 * or the fact that it was deleted (once deletes leave tombstones), or null
 * when nothing was ever stored there.
 */
export type StoredNoteVersion = { deleted: false; text: string; createdAt: number; updatedAt: number } | { deleted: true };

/**
 * Whether a note is still the version its writer stored: nobody edited it
 * since. A save of the same id (a retry after a lost reply) keeps it so, by
 * writing both times anew; an edit in the popup moves only updatedAt.
 */
export function untouchedSinceWritten(note: Pick<NoteRecord, 'createdAt' | 'updatedAt'>): boolean {
  return note.updatedAt === note.createdAt;
}

/**
 * What becomes of a nudge draft whose note id may already be stored (the
 * worker stopped after storing the note, before clearing its draft; issue 16,
 * defect 10). Nothing stored: the draft is unsaved, keep it. Deleted, or the
 * same words stored: it was saved, drop it. Stored and untouched with other
 * words: they were typed after the save began, keep them (saving replaces the
 * note). Edited since with other words: keep the words, under a new id, so
 * they can never overwrite the newer version.
 */
export function staleDraftFate(text: string, stored: StoredNoteVersion | null): 'keep' | 'drop' | 'new-id' {
  if (!stored) return 'keep';
  if (stored.deleted || stored.text === text.trim()) return 'drop';
  return untouchedSinceWritten(stored) ? 'keep' : 'new-id';
}
