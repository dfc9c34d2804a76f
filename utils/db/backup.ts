import type { BackupFile } from '../backup/format';
import type { EveningRecord } from '../evening/record';
import type { NoteRecord } from '../notes/record';
import type { HearthDatabase } from './schema';

/** What an import did, table by table. */
export interface ImportResult {
  notesAdded: number;
  notesUpdated: number;
  notesUnchanged: number;
  eveningsAdded: number;
  eveningsUpdated: number;
  eveningsUnchanged: number;
}

/** Every note (oldest first) and evening record, read in one transaction so the two agree. */
export async function exportAll(db: HearthDatabase): Promise<{ notes: NoteRecord[]; evenings: EveningRecord[] }> {
  return db.transaction('r', db.notes, db.evenings, async () => ({
    notes: await db.notes.orderBy('createdAt').toArray(),
    evenings: await db.evenings.toArray(),
  }));
}

/** The ids already stored, for the import preview. */
export async function storedIds(db: HearthDatabase): Promise<{ noteIds: Set<string>; eveningIds: Set<string> }> {
  return db.transaction('r', db.notes, db.evenings, async () => ({
    noteIds: new Set(await db.notes.toCollection().primaryKeys()),
    eveningIds: new Set(await db.evenings.toCollection().primaryKeys()),
  }));
}

/**
 * Merges a validated backup into the database in one transaction: a record
 * new to this device is added; one already here is replaced only if the
 * file's copy was updated later, so importing never undoes a newer edit and
 * importing twice changes nothing. If any write fails, nothing is written.
 * Expects a backup that passed validateBackup, whose ids are unique.
 * Settings are the caller's to apply, after this succeeds.
 */
export async function importBackup(db: HearthDatabase, backup: Pick<BackupFile, 'notes' | 'evenings'>): Promise<ImportResult> {
  return db.transaction('rw', db.notes, db.evenings, async () => {
    const notes = await merge<NoteRecord>(db.notes, backup.notes);
    const evenings = await merge<EveningRecord>(db.evenings, backup.evenings);
    return {
      notesAdded: notes.added,
      notesUpdated: notes.updated,
      notesUnchanged: notes.unchanged,
      eveningsAdded: evenings.added,
      eveningsUpdated: evenings.updated,
      eveningsUnchanged: evenings.unchanged,
    };
  });
}

/** Removes every note and evening, in one transaction. Settings stay. */
export async function deleteEverything(db: HearthDatabase): Promise<void> {
  await db.transaction('rw', db.notes, db.evenings, async () => {
    await Promise.all([db.notes.clear(), db.evenings.clear()]);
  });
}

interface Versioned {
  id: string;
  updatedAt: number;
}

// The two table methods merge needs; Dexie's full Table type is invariant in its insert type.
interface MergeTable<T extends Versioned> {
  toArray(): PromiseLike<T[]>;
  bulkPut(records: readonly T[]): PromiseLike<unknown>;
}

async function merge<T extends Versioned>(table: MergeTable<T>, incoming: readonly T[]) {
  // One getAll of the table beats 100,000 single gets (bulkGet) by about ten times.
  const storedAt = new Map((await table.toArray()).map((record) => [record.id, record.updatedAt]));
  const toPut: T[] = [];
  let added = 0;
  let updated = 0;
  for (const record of incoming) {
    const current = storedAt.get(record.id);
    if (current === undefined) added++;
    else if (record.updatedAt > current) updated++;
    else continue;
    toPut.push(record);
  }
  await table.bulkPut(toPut);
  return { added, updated, unchanged: incoming.length - added - updated };
}
