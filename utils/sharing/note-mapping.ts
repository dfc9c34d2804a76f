import type { NoteAuthor, NoteRecord } from '../notes/record';
import type { NoteTombstone, TombstoneRecord } from '../notes/tombstone';
import type { SharedNote } from './shared-record';

/** Whether a stored note is the user's own (notes from before sharing have no author). */
export const isOwnNote = (note: NoteRecord): boolean => (note.author ?? 'me') === 'me';

/** The shared form of one of the user's own notes, as it stands. */
export function toSharedNote(note: NoteRecord, selfId: string): SharedNote {
  return {
    kind: 'note',
    author: selfId,
    source: note.source,
    text: note.text,
    prompt: note.prompt,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    deletedAt: null,
  };
}

/**
 * The shared form of a delete, made from the record it replaces: the
 * partner only needs to know the note is gone, so no words go out. A delete
 * is a change: it counts as at least as late as the record it ends.
 */
export function toSharedDelete(sealed: SharedNote, tombstone: NoteTombstone): SharedNote {
  const updatedAt = Math.max(tombstone.updatedAt, sealed.updatedAt);
  return { ...sealed, text: '', prompt: null, updatedAt, deletedAt: Math.min(tombstone.deletedAt, updatedAt) };
}

/** What one incoming record changes in Dexie. */
export type IncomingWrite =
  /** Store the note (new, or a later version); a tombstone it outlives goes. */
  | { kind: 'put'; note: NoteRecord }
  /** Remove the note, if here, and keep its tombstone. */
  | { kind: 'delete'; tombstone: NoteTombstone };

/** What this browser holds under one id: the note, or the tombstone it left, or neither. */
export interface LocalVersion {
  note: NoteRecord | undefined;
  tombstone: TombstoneRecord | undefined;
}

/**
 * What to write for a record that arrived from the replica, or null to
 * leave this browser as it is. Hearth's rule: the later `updatedAt` wins. So
 * a note edited here later is never deleted, a note deleted here later is
 * never brought back, and a local change not yet sent wins until it is sent
 * (then the conflict rule decides, the same on both sides).
 */
export function mergeIncomingNote(local: LocalVersion, id: string, record: SharedNote, selfId: string): IncomingWrite | null {
  const { note, tombstone } = local;
  if (note && note.updatedAt > record.updatedAt) return null;
  if (tombstone && tombstone.updatedAt >= record.updatedAt) return null;

  if (record.deletedAt !== null) {
    if (tombstone) return null; // Deleted here already; the words, if still held for Undo, stay for it.
    return { kind: 'delete', tombstone: { id, deletedAt: record.deletedAt, updatedAt: record.updatedAt } };
  }
  const author: NoteAuthor = record.author === selfId ? 'me' : 'partner';
  const incoming: NoteRecord = {
    id,
    text: record.text,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    source: record.source,
    prompt: record.prompt,
    author,
  };
  if (note && !tombstone && sameNote(note, incoming)) return null;
  return { kind: 'put', note: incoming };
}

function sameNote(a: NoteRecord, b: NoteRecord): boolean {
  return (
    a.text === b.text &&
    a.updatedAt === b.updatedAt &&
    a.createdAt === b.createdAt &&
    a.prompt === b.prompt &&
    a.source === b.source &&
    (a.author ?? 'me') === (b.author ?? 'me')
  );
}
