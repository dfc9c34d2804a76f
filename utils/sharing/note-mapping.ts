import type { NoteAuthor, NoteRecord } from '../notes/record';
import type { SharedNote } from './shared-record';

/** Whether a stored note is the user's own (notes from before sharing have no author). */
export const isOwnNote = (note: NoteRecord): boolean => (note.author ?? 'me') === 'me';

/**
 * The shared form of one of the user's own notes. A deleted note goes out
 * as a tombstone without its words: the partner only needs to know it's gone.
 */
export function toSharedNote(note: NoteRecord, selfId: string): SharedNote {
  const deletedAt = note.deletedAt ?? null;
  return {
    kind: 'note',
    author: selfId,
    source: note.source,
    text: deletedAt === null ? note.text : '',
    prompt: deletedAt === null ? note.prompt : null,
    createdAt: note.createdAt,
    // A delete is a change: it must count as at least as late as itself.
    updatedAt: Math.max(note.updatedAt, deletedAt ?? 0),
    deletedAt,
  };
}

/**
 * The note to store for a record that arrived from the replica, or null when
 * what this browser holds is as late or later (a local edit not yet sent
 * wins until it is sent, and then the conflict rule decides on both sides).
 */
export function mergeIncomingNote(existing: NoteRecord | undefined, id: string, record: SharedNote, selfId: string): NoteRecord | null {
  const author: NoteAuthor = record.author === selfId ? 'me' : 'partner';
  if (existing && existing.updatedAt > record.updatedAt) return null;
  const deleted = record.deletedAt !== null;
  const note: NoteRecord = {
    id,
    // The user's own words stay on this device after a delete, as a local
    // delete leaves them; a partner's delete takes theirs away.
    text: deleted ? (existing && author === 'me' ? existing.text : '') : record.text,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    source: record.source,
    prompt: deleted ? (existing && author === 'me' ? existing.prompt : null) : record.prompt,
    author,
    deletedAt: record.deletedAt,
  };
  if (existing && sameNote(existing, note)) return null;
  return note;
}

function sameNote(a: NoteRecord, b: NoteRecord): boolean {
  return (
    a.text === b.text &&
    a.updatedAt === b.updatedAt &&
    a.createdAt === b.createdAt &&
    a.prompt === b.prompt &&
    a.source === b.source &&
    (a.author ?? 'me') === (b.author ?? 'me') &&
    (a.deletedAt ?? null) === (b.deletedAt ?? null)
  );
}
