import type { NoteRecord } from '../notes/record';
import { isOwnNote, toSharedNote } from './note-mapping';
import type { Replica } from './replica';
import { openSealed, sealRecord, type SealedDoc } from './seal';

export interface PushReport {
  /** Notes written into the replica as a new revision. */
  pushed: string[];
  /** Notes the replica already holds as they are (or later): nothing written. */
  unchanged: string[];
  /** Notes not written this time (a revision that changed meanwhile); they go out on the next push. */
  failed: Array<{ id: string; reason: string }>;
}

const BATCH = 500;

/**
 * Seals the user's own notes into the local replica, from where replication
 * carries them out. Partner notes are never sent back. Idempotent: a note
 * whose sealed copy already says the same (or later) gets no new revision,
 * so pushing twice after a lost reply costs nothing and doubles nothing.
 */
export async function pushOwnNotes(replica: Replica, key: CryptoKey, notes: readonly NoteRecord[], selfId: string): Promise<PushReport> {
  const report: PushReport = { pushed: [], unchanged: [], failed: [] };
  const own = notes.filter(isOwnNote);
  for (let start = 0; start < own.length; start += BATCH) {
    const batch = own.slice(start, start + BATCH);
    const current = await replica.allDocs({ keys: batch.map((note) => note.id), include_docs: true });
    const docs: SealedDoc[] = [];
    for (const [i, note] of batch.entries()) {
      const row = current.rows[i];
      const shared = toSharedNote(note, selfId);
      const stored = row?.doc && !row.value?.deleted ? row.doc : null;
      if (stored) {
        const opened = await openSealed(key, stored);
        // What can't be opened under this note's id is overwritten: the note is the user's own.
        if (opened.ok && opened.record.updatedAt >= shared.updatedAt) {
          report.unchanged.push(note.id);
          continue;
        }
      }
      docs.push(await sealRecord(key, note.id, shared, row?.value?.rev));
    }
    if (docs.length === 0) continue;
    const results = await replica.bulkDocs(docs);
    for (const [i, result] of results.entries()) {
      const id = docs[i]!._id;
      if (result.ok || (result.rev && !result.error)) report.pushed.push(id);
      else report.failed.push({ id, reason: String(result.reason ?? result.error ?? 'unknown') });
    }
  }
  return report;
}
