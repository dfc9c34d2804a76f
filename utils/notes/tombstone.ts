import type { NoteRecord } from './record';

/** How long a deleted note can be brought back with Undo. */
export const NOTE_UNDO_MS = 8_000;

/**
 * What is left of a deleted note: enough for import and sharing to know it
 * was deleted and never bring it back, and none of its words. Epoch ms.
 */
export interface NoteTombstone {
  id: string;
  deletedAt: number;
  /** The deletion's time: the version a merge compares. */
  updatedAt: number;
}

/** A deleted note that can still be brought back, and until when. */
export interface PendingDelete {
  note: NoteRecord;
  undoUntil: number;
}

/**
 * A tombstone as stored: during the undo time it still holds the note, so
 * Undo works after the popup has closed; a purge then drops both fields.
 */
export interface TombstoneRecord extends NoteTombstone {
  undoUntil?: number;
  note?: NoteRecord;
}

/** Whether the delete can still be undone at `now`. A clock that stepped back ends the undo time too. */
export function canUndo(record: TombstoneRecord, now: number): record is TombstoneRecord & PendingDelete {
  return record.note !== undefined && record.undoUntil !== undefined && now < record.undoUntil && record.undoUntil - now <= NOTE_UNDO_MS;
}

/** The tombstone alone, without the note it may still hold. */
export function bareTombstone({ id, deletedAt, updatedAt }: NoteTombstone): NoteTombstone {
  return { id, deletedAt, updatedAt };
}
