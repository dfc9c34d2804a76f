import type { HearthDatabase } from '../db/schema';
import type { NoteRecord } from '../notes/record';
import type { NoteTombstone } from '../notes/tombstone';
import { mergeIncomingNote } from './note-mapping';
import type { SharedRecord } from './shared-record';

/**
 * Writes opened records into Dexie in one transaction: a note as it arrived
 * (marked as the partner's or one's own), a delete as the note removed and
 * its tombstone kept, so a delete looks the same whoever made it. Returns
 * the ids of the notes that changed here.
 */
export async function applyIncoming(db: HearthDatabase, arrived: ReadonlyArray<{ id: string; record: SharedRecord }>, selfId: string): Promise<string[]> {
  return db.transaction('rw', db.notes, db.tombstones, async () => {
    const ids = arrived.map((item) => item.id);
    const [notes, tombstones] = await Promise.all([db.notes.bulkGet(ids), db.tombstones.bulkGet(ids)]);
    const puts: NoteRecord[] = [];
    const deletes: NoteTombstone[] = [];
    for (const [i, { id, record }] of arrived.entries()) {
      const write = mergeIncomingNote({ note: notes[i], tombstone: tombstones[i] }, id, record, selfId);
      if (write?.kind === 'put') puts.push(write.note);
      else if (write?.kind === 'delete') deletes.push(write.tombstone);
    }
    // A note brought back by a later edit loses its older tombstone.
    await db.tombstones.bulkDelete(puts.map((note) => note.id));
    await db.notes.bulkPut(puts);
    await db.notes.bulkDelete(deletes.map((tombstone) => tombstone.id));
    await db.tombstones.bulkPut(deletes);
    return [...puts, ...deletes].map((item) => item.id);
  });
}
