import type { HearthDatabase } from '../db/schema';
import { isNoteId } from '../notes/id';
import { applyIncoming } from './apply-incoming';
import { resolveConflict, type Candidate } from './conflicts';
import { CHECK_ID_PREFIX } from './connection-check';
import type { Replica, ReplicaDoc } from './replica';
import { openSealed, type OpenFailure } from './seal';
import type { SharedRecord } from './shared-record';

/** A document that couldn't be used; it is skipped, and the rest goes on. */
export interface SkippedDoc {
  id: string | null;
  rev: string | null;
  reason: OpenFailure;
  detail: string;
}

export interface PullReport {
  /** Notes written into Dexie (new, changed or deleted). */
  applied: string[];
  skipped: SkippedDoc[];
  /** Documents whose conflict Hearth settled, removing the losing revisions. */
  resolved: string[];
  /** Where the next pull starts: the replica's change sequence. */
  cursor: number | string;
}

const BATCH = 200;

/** The winning record of a document in conflict, after removing the losing leaves. */
async function settleConflict(replica: Replica, key: CryptoKey, id: string, skipped: SkippedDoc[]): Promise<SharedRecord | null> {
  const leaves = await replica.get(id, { open_revs: 'all' });
  const candidates: Candidate[] = [];
  const records = new Map<string, SharedRecord>();
  for (const leaf of leaves) {
    const doc = leaf.ok;
    if (!doc?._rev || doc._deleted) continue;
    const opened = await openSealed(key, doc);
    if (opened.ok) records.set(doc._rev, opened.record);
    else skipped.push({ id, rev: doc._rev, reason: opened.reason, detail: opened.detail });
    candidates.push({ rev: doc._rev, record: opened.ok ? opened.record : null });
  }
  const resolution = resolveConflict(candidates);
  if (resolution.remove.length > 0) {
    // Both browsers remove the same leaves; a removal that loses a race is harmless.
    await replica.bulkDocs(resolution.remove.map((rev) => ({ _id: id, _rev: rev, _deleted: true })));
  }
  return resolution.winner ? records.get(resolution.winner)! : null;
}

/** Opens one changed document, settling its conflict first if it has one. */
async function openChange(replica: Replica, key: CryptoKey, doc: ReplicaDoc, skipped: SkippedDoc[], resolved: string[]): Promise<SharedRecord | null> {
  if (doc._conflicts && doc._conflicts.length > 0) {
    resolved.push(doc._id);
    return settleConflict(replica, key, doc._id, skipped);
  }
  const opened = await openSealed(key, doc);
  if (opened.ok) return opened.record;
  skipped.push({ id: opened.id, rev: doc._rev ?? null, reason: opened.reason, detail: opened.detail });
  return null;
}

/**
 * Reads the replica's changes since `cursor`, opens each, and writes what
 * they hold into Dexie, the store every screen reads: a partner's notes
 * marked as theirs, a delete as the note removed and its tombstone kept. A
 * document that can't be opened (tampered, another couple's key, a wrong
 * shape) is skipped and reported, never fatal. Each batch is written in one transaction, so a worker stopped
 * midway leaves the cursor before it, and the next pull applies it again.
 */
export async function pullIncoming(
  replica: Replica,
  key: CryptoKey,
  db: HearthDatabase,
  selfId: string,
  cursor: number | string,
): Promise<PullReport> {
  const report: PullReport = { applied: [], skipped: [], resolved: [], cursor };
  for (;;) {
    const changes = await replica.changes({ since: report.cursor, include_docs: true, conflicts: true, limit: BATCH });
    const arrived: Array<{ id: string; record: SharedRecord }> = [];
    for (const change of changes.results) {
      // A revision PouchDB itself deleted (a settled conflict's loser), or the connection check's own document.
      if (change.deleted || !change.doc || change.doc._deleted || change.id.startsWith(CHECK_ID_PREFIX)) continue;
      if (!isNoteId(change.id)) {
        // Sealed with the key, but under an id no Hearth gives a note: a backup could not hold it.
        report.skipped.push({ id: change.id, rev: change.doc._rev ?? null, reason: 'shape', detail: 'not a note id' });
        continue;
      }
      const record = await openChange(replica, key, change.doc, report.skipped, report.resolved);
      if (record) arrived.push({ id: change.doc._id, record });
    }
    report.applied.push(...(await applyIncoming(db, arrived, selfId)));
    report.cursor = changes.last_seq;
    if (changes.results.length < BATCH) return report;
  }
}
