import { bareTombstone, canUndo, NOTE_UNDO_MS, type NoteTombstone, type PendingDelete } from '../notes/tombstone';
import type { NoteRecord } from '../notes/record';
import { InvalidNoteError } from './note-errors';
import { openUnlessBlocked } from './open-guard';
import type { HearthDatabase } from './schema';

/**
 * Deleting a note and undoing it. A delete moves the note into its tombstone
 * for NOTE_UNDO_MS, so Undo still works after the popup has closed and
 * reopened; a purge then leaves only the tombstone (id and times).
 */
export function createDeletionCommands(db: HearthDatabase) {
  return {
    /** Deletes a note; the tombstone holds it until `undoUntil`. Undefined if there was no such note. */
    async remove(id: string, now: number = Date.now()): Promise<PendingDelete | undefined> {
      await openUnlessBlocked(db);
      return db.transaction('rw', db.notes, db.tombstones, async () => {
        const note = await db.notes.get(id);
        if (!note) return undefined;
        const undoUntil = now + NOTE_UNDO_MS;
        await db.notes.delete(id);
        await db.tombstones.put({ id, deletedAt: now, updatedAt: now, undoUntil, note });
        return { note, undoUntil };
      });
    },

    /** Brings a deleted note back exactly as it was, while its undo time lasts. */
    async restore(id: string, now: number = Date.now()): Promise<NoteRecord> {
      await openUnlessBlocked(db);
      return db.transaction('rw', db.notes, db.tombstones, async () => {
        const tombstone = await db.tombstones.get(id);
        if (!tombstone || !canUndo(tombstone, now)) throw new InvalidNoteError('undo-expired');
        await db.tombstones.delete(id);
        await db.notes.put(tombstone.note);
        return tombstone.note;
      });
    },

    /** Deletes that can still be undone at `now`, the one ending first first. */
    async pendingDeletes(now: number = Date.now()): Promise<PendingDelete[]> {
      const held = await db.tombstones.where('undoUntil').above(now).toArray();
      return held.filter((record) => canUndo(record, now)).map(({ note, undoUntil }) => ({ note, undoUntil }));
    },

    /** Drops the words of every delete whose undo time is over; returns how many. */
    async purgeDeleted(now: number = Date.now()): Promise<number> {
      // Past its time, or so far ahead that the clock must have stepped back.
      const expired = (record: { undoUntil?: number }) => record.undoUntil !== undefined && !(now < record.undoUntil && record.undoUntil - now <= NOTE_UNDO_MS);
      return db.tombstones
        .where('undoUntil')
        .aboveOrEqual(Number.NEGATIVE_INFINITY)
        .filter(expired)
        .modify((record) => {
          delete record.note;
          delete record.undoUntil;
        });
    },

    /** Every deleted note's tombstone, without any words: for export and sharing. */
    async deletedNotes(): Promise<NoteTombstone[]> {
      return (await db.tombstones.toArray()).map(bareTombstone);
    },

    /** Whether `id` belongs to a deleted note. */
    async isDeleted(id: string): Promise<boolean> {
      return (await db.tombstones.get(id)) !== undefined;
    },
  };
}
