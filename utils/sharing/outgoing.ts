import type { NoteRecord } from '../notes/record';
import type { NoteTombstone } from '../notes/tombstone';
import { isOwnNote, toSharedDelete, toSharedNote } from './note-mapping';
import type { AllDocsResult, Replica } from './replica';
import { openSealed, sealRecord, type SealedDoc } from './seal';
import type { SharedNote } from './shared-record';

export interface PushReport {
  /** Notes written into the replica as a new revision. */
  pushed: string[];
  /** Notes the replica already holds as they are (or later), or deletes with nothing of ours to end: nothing written. */
  unchanged: string[];
  /** Notes not written this time (a revision that changed meanwhile); they go out on the next push. */
  failed: Array<{ id: string; reason: string }>;
}

const BATCH = 500;

type Row = AllDocsResult['rows'][number];

/** What the replica holds under a row, opened: null when nothing, undefined when it can't be read. */
async function openRow(key: CryptoKey, row: Row | undefined): Promise<SharedNote | null | undefined> {
  const stored = row?.doc && !row.value?.deleted ? row.doc : null;
  if (!stored) return null;
  const opened = await openSealed(key, stored);
  return opened.ok ? opened.record : undefined;
}

/**
 * Seals records into the replica in batches. `decide` sees each item with
 * what the replica holds for it and returns the record to seal, or null to
 * write nothing.
 */
async function sealInto<T extends { id: string }>(
  replica: Replica,
  key: CryptoKey,
  items: readonly T[],
  decide: (item: T, stored: SharedNote | null | undefined) => SharedNote | null,
): Promise<PushReport> {
  const report: PushReport = { pushed: [], unchanged: [], failed: [] };
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    const current = await replica.allDocs({ keys: batch.map((item) => item.id), include_docs: true });
    const docs: SealedDoc[] = [];
    for (const [i, item] of batch.entries()) {
      const row = current.rows[i];
      const record = decide(item, await openRow(key, row));
      if (record) docs.push(await sealRecord(key, item.id, record, row?.value?.rev));
      else report.unchanged.push(item.id);
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

/**
 * Seals the user's own notes into the local replica, from where replication
 * carries them out. Partner notes are never sent back. Idempotent: a note
 * whose sealed copy already says the same (or later) gets no new revision,
 * so pushing twice after a lost reply costs nothing and doubles nothing.
 */
export async function pushOwnNotes(replica: Replica, key: CryptoKey, notes: readonly NoteRecord[], selfId: string): Promise<PushReport> {
  return sealInto(replica, key, notes.filter(isOwnNote), (note, stored) => {
    const shared = toSharedNote(note, selfId);
    // What can't be opened under this note's id is overwritten: the note is the user's own.
    return stored && stored.updatedAt >= shared.updatedAt ? null : shared;
  });
}

/**
 * Seals a delete, without any words, over each of the user's own notes the
 * replica holds, from the tombstones in Dexie. A delete of a note the
 * replica never held (deleted before it was shared) has nothing to tell;
 * one of the partner's notes, or of one that can't be read, is this
 * device's alone and is never sent. Idempotent like pushOwnNotes.
 */
export async function pushOwnDeletes(replica: Replica, key: CryptoKey, tombstones: readonly NoteTombstone[], selfId: string): Promise<PushReport> {
  return sealInto(replica, key, tombstones, (tombstone, stored) => {
    if (!stored || stored.author !== selfId || stored.deletedAt !== null) return null;
    return stored.updatedAt >= tombstone.updatedAt ? null : toSharedDelete(stored, tombstone);
  });
}
