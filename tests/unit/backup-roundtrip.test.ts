import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { backupFileName, createBackup, serializeBackup, type BackupFile } from '../../utils/backup/format';
import { summariseImport } from '../../utils/backup/summary';
import { validateBackup } from '../../utils/backup/validate';
import { deleteEverything, exportAll, importBackup, storedIds } from '../../utils/db/backup';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { applyIncoming } from '../../utils/sharing/apply-incoming';
import type { EveningRecord } from '../../utils/evening/record';
import type { NoteRecord } from '../../utils/notes/record';
import { defaultSettings, type Settings } from '../../utils/settings';
import { finishedEvening, fixedUuid, windowStart } from '../fixtures/records';

const NOW = Date.parse('2026-11-25T21:00:00Z');
const at = (iso: string) => Date.parse(iso);

function note(i: number, changes: Partial<NoteRecord> = {}): NoteRecord {
  const written = at('2026-11-01T20:00:00Z') + i * 60_000;
  return { id: fixedUuid(i), text: `Thank you, ${i}.`, createdAt: written, updatedAt: written, source: 'popup', prompt: null, ...changes };
}

/** An evening of the default window that was kept browsing through two nudges and a snooze. */
function evening(day: string, changes: Partial<EveningRecord> = {}): EveningRecord {
  const start = windowStart(day);
  return finishedEvening(day, {
    nudgesShown: 2,
    lastNudgeAt: start + 1_200_000,
    settled: null,
    dismissedAt: start + 1_300_000,
    snoozes: 1,
    notesWritten: 0,
    outcome: 'kept-browsing',
    ...changes,
  });
}

const settings: Settings = { ...defaultSettings(), names: { me: 'Sam', partner: 'Alex' }, snoozeMinutes: 15 };

function fileOf(notes: NoteRecord[], evenings: EveningRecord[] = []): BackupFile {
  return createBackup({ settings, notes, evenings, deletedNotes: [], exportedAt: NOW, appVersion: '0.1.0' });
}

/** The file as the user's disk would hold it, read back and validated. */
function throughDisk(file: BackupFile): BackupFile {
  const result = validateBackup(serializeBackup(file));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.backup;
}

const openDatabases: HearthDatabase[] = [];
function freshDatabase(): HearthDatabase {
  const db = new HearthDatabase(`test-${crypto.randomUUID()}`);
  openDatabases.push(db);
  return db;
}

let db: HearthDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => {
  openDatabases.splice(0).forEach((open) => open.close());
  vi.restoreAllMocks();
});

describe('export, then import into an empty database', () => {
  test('gives back identical notes, evenings and settings', async () => {
    const notes = createNoteRepository(db);
    await notes.add({ text: 'You fixed my bike.', source: 'popup', prompt: 'A small kindness…' }, at('2026-11-24T20:00:00Z'));
    const edited = await notes.add({ text: 'first words', source: 'nudge' }, at('2026-11-23T20:00:00Z'));
    await notes.edit(edited.id, 'better words 🌙', at('2026-11-23T21:00:00Z'));
    await createEveningRepository(db).put(evening('2026-11-23'));
    await createEveningRepository(db).put(evening('2026-11-24', { settled: 'put-down', outcome: 'put-down', snoozedUntil: at('2026-11-24T21:30:00Z') }));
    const exported = await exportAll(db);

    const file = throughDisk(createBackup({ settings, ...exported, exportedAt: NOW }));
    const target = freshDatabase();
    const result = await importBackup(target, file);

    expect(result).toEqual({ notesAdded: 2, notesUpdated: 0, notesUnchanged: 0, notesRemoved: 0, eveningsAdded: 2, eveningsUnchanged: 0 });
    expect(await exportAll(target)).toEqual(exported);
    expect(file.settings).toEqual(settings);
  });

  test("keeps whose note each one is: the partner's come back as theirs, one's own as one's own", async () => {
    await createNoteRepository(db).add({ text: 'written before sharing', source: 'popup' }, at('2026-11-20T20:00:00Z'));
    const arrived = (i: number, author: string) => ({
      id: fixedUuid(i),
      record: { kind: 'note' as const, author, source: 'nudge' as const, text: `from ${author}`, prompt: null, createdAt: at('2026-11-21T20:00:00Z') + i, updatedAt: at('2026-11-21T20:00:00Z') + i, deletedAt: null },
    });
    // Through sharing's own write path: one note from the partner, one of ours from another device.
    await applyIncoming(db, [arrived(1, 'author-sam'), arrived(2, 'author-alex')], 'author-alex');
    const exported = await exportAll(db);
    expect(exported.notes.map((n) => n.author)).toEqual([undefined, 'partner', 'me']);

    const target = freshDatabase();
    await importBackup(target, throughDisk(createBackup({ settings, ...exported, exportedAt: NOW })));
    expect(await exportAll(target)).toEqual(exported);
  });

  test('exports notes oldest first', async () => {
    await importBackup(db, fileOf([note(3), note(1), note(2)]));
    expect((await exportAll(db)).notes.map((n) => n.id)).toEqual([fixedUuid(1), fixedUuid(2), fixedUuid(3)]);
  });

  test('an empty database exports a file that imports to an empty database', async () => {
    const file = throughDisk(createBackup({ settings, ...(await exportAll(db)), exportedAt: NOW }));
    expect(file.notes).toEqual([]);
    expect(await importBackup(freshDatabase(), file)).toMatchObject({ notesAdded: 0, eveningsAdded: 0 });
  });
});

describe('serializeBackup()', () => {
  test('writes the same text for the same data, whatever order the keys came in', () => {
    const shuffled = Object.fromEntries(Object.entries(note(1)).reverse()) as unknown as NoteRecord;
    const reordered = { ...settings, theme: settings.theme, enabled: settings.enabled };
    const one = serializeBackup(fileOf([note(1)], [evening('2026-11-23')]));
    const two = serializeBackup(createBackup({ settings: reordered, notes: [shuffled], evenings: [evening('2026-11-23')], deletedNotes: [], exportedAt: NOW, appVersion: '0.1.0' }));
    expect(two).toBe(one);
  });

  test('puts the header first and each record on its own line', () => {
    const text = serializeBackup(fileOf([note(1), note(2)], [evening('2026-11-23')]));
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "format": "hearth-backup",', '  "formatVersion": 2,', '  "exportedAt": "2026-11-25T21:00:00.000Z",']);
    expect(lines.filter((line) => line.startsWith('    {"id":'))).toHaveLength(3);
    expect(JSON.parse(text)).toEqual(fileOf([note(1), note(2)], [evening('2026-11-23')]));
  });

  test('backupFileName() dates the file by the user’s own calendar', () => {
    expect(backupFileName(at('2026-11-25T23:30:00Z'), 'Europe/Berlin')).toBe('hearth-backup-2026-11-26.json');
    expect(backupFileName(at('2026-11-25T23:30:00Z'), 'America/New_York')).toBe('hearth-backup-2026-11-25.json');
  });
});

describe('importBackup() merges by id', () => {
  test('importing the same file twice adds nothing the second time', async () => {
    const file = throughDisk(fileOf([note(1), note(2), note(3)], [evening('2026-11-23')]));
    await importBackup(db, file);
    const again = await importBackup(db, file);
    expect(again).toEqual({ notesAdded: 0, notesUpdated: 0, notesUnchanged: 3, notesRemoved: 0, eveningsAdded: 0, eveningsUnchanged: 1 });
    expect(await db.notes.count()).toBe(3);
    expect(await db.evenings.count()).toBe(1);
  });

  test('a later edit of a note in the file wins; an older one, or one from the same moment, keeps what is here', async () => {
    const here = { newer: note(1), older: note(2, { text: 'edited here', updatedAt: note(2).createdAt + 5000 }), same: note(3, { text: 'mine' }) };
    await importBackup(db, fileOf(Object.values(here), [evening('2026-11-23'), evening('2026-11-24')]));

    const incoming = [
      note(1, { text: 'edited on the laptop', updatedAt: here.newer.updatedAt + 1 }),
      note(2, { text: 'stale copy', updatedAt: here.older.updatedAt - 1 }),
      note(3, { text: 'theirs' }),
      note(4),
    ];
    const evenings = [evening('2026-11-23', { notesWritten: 3, updatedAt: evening('2026-11-23').updatedAt + 1 }), evening('2026-11-24', { notesWritten: 9, updatedAt: 0 })];
    const result = await importBackup(db, fileOf(incoming, evenings));

    expect(result).toEqual({ notesAdded: 1, notesUpdated: 1, notesUnchanged: 2, notesRemoved: 0, eveningsAdded: 0, eveningsUnchanged: 2 });
    const { notes, evenings: stored } = await exportAll(db);
    expect(notes).toEqual([incoming[0], here.older, here.same, incoming[3]]);
    // Evenings already here stay as this device logged them (see 'an evening this device already has').
    expect(stored.map((e) => e.notesWritten)).toEqual([0, 0]);
  });

  test('the preview counts what is new and what is already here', async () => {
    const existing = Array.from({ length: 3 }, (_, i) => note(i));
    await importBackup(db, fileOf(existing, [evening('2026-11-01')]));
    const days = Array.from({ length: 7 }, (_, i) => `2026-11-0${i + 1}`);
    const file = fileOf(Array.from({ length: 24 }, (_, i) => note(i)), days.map((day) => evening(day)));

    expect(summariseImport(file, await storedIds(db))).toEqual({ notes: 24, notesAlreadyHere: 3, notesDeletedHere: 0, evenings: 7, eveningsAlreadyHere: 1, settings: true, notesRemovedHere: 0 });
  });

  test('100,000 notes import in one go', { timeout: 120_000 }, async () => {
    const file = fileOf(Array.from({ length: 100_000 }, (_, i) => note(i)));
    const result = await importBackup(db, file);

    expect(result.notesAdded).toBe(100_000);
    expect(await db.notes.count()).toBe(100_000);
    for (const i of [0, 1, 4242, 55_555, 99_999]) expect(await db.notes.get(fixedUuid(i))).toEqual(note(i));
  });
});

describe('importBackup() is all or nothing', () => {
  async function seed() {
    await importBackup(db, fileOf([note(1), note(2)], [evening('2026-11-23')]));
    return exportAll(db);
  }
  const changes = () =>
    fileOf(
      [note(1, { text: 'newer', updatedAt: note(1).updatedAt + 1 }), ...Array.from({ length: 100 }, (_, i) => note(i + 10))],
      [evening('2026-11-23', { updatedAt: evening('2026-11-23').updatedAt + 1, snoozes: 4 }), evening('2026-11-24')],
    );

  test('when the evenings fail to write, the notes already written in the same transaction are undone', async () => {
    const before = await seed();
    vi.spyOn(db.evenings, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));

    await expect(importBackup(db, changes())).rejects.toThrow('disk full');
    expect(await exportAll(db)).toEqual(before);
  });

  test('when one note fails midway, none of the notes before it stay', async () => {
    const before = await seed();
    let created = 0;
    db.notes.hook('creating', () => {
      created++;
      if (created === 50) throw new Error('refused the 50th note');
    });

    await expect(importBackup(db, changes())).rejects.toThrow('refused the 50th note');
    expect(created).toBe(50);
    expect(await exportAll(db)).toEqual(before);
  });
});

test('deleteEverything() empties notes and evenings', async () => {
  await importBackup(db, fileOf([note(1), note(2)], [evening('2026-11-23')]));
  await deleteEverything(db);
  expect(await exportAll(db)).toEqual({ notes: [], evenings: [], deletedNotes: [] });
});

describe('deleted notes stay deleted', () => {
  const DELETED_AT = at('2026-11-25T20:00:00Z');

  test('a note deleted after the backup was made stays deleted when that backup is imported', async () => {
    const notes = createNoteRepository(db);
    const kept = await notes.add({ text: 'kept', source: 'popup' }, at('2026-11-20T20:00:00Z'));
    const deleted = await notes.add({ text: 'deleted later', source: 'popup' }, at('2026-11-21T20:00:00Z'));
    const backup = throughDisk(createBackup({ settings, ...(await exportAll(db)), exportedAt: NOW }));
    await notes.remove(deleted.id, DELETED_AT);

    const result = await importBackup(db, backup);

    expect(await notes.get(deleted.id)).toBeUndefined();
    expect((await exportAll(db)).notes).toEqual([kept]);
    expect(result).toMatchObject({ notesAdded: 0, notesUpdated: 0 });
  });

  test('the file records deletions as tombstones without text, even within the undo time', async () => {
    const notes = createNoteRepository(db);
    const deleted = await notes.add({ text: 'private words', source: 'popup' }, at('2026-11-21T20:00:00Z'));
    await notes.remove(deleted.id, DELETED_AT);

    const text = serializeBackup(createBackup({ settings, ...(await exportAll(db)), exportedAt: NOW }));
    expect(text).not.toContain('private words');
    expect(throughDisk(JSON.parse(text) as BackupFile).deletedNotes).toEqual([{ id: deleted.id, deletedAt: DELETED_AT, updatedAt: DELETED_AT }]);
  });

  test('a note the file records as deleted is removed here too, and stays deleted', async () => {
    await importBackup(db, fileOf([note(1), note(2)]));
    const file = { ...fileOf([note(1)]), deletedNotes: [{ id: fixedUuid(2), deletedAt: DELETED_AT, updatedAt: DELETED_AT }] };

    const result = await importBackup(db, throughDisk(file));

    expect(result).toMatchObject({ notesRemoved: 1 });
    expect((await exportAll(db)).notes).toEqual([note(1)]);
    expect((await exportAll(db)).deletedNotes).toEqual([{ id: fixedUuid(2), deletedAt: DELETED_AT, updatedAt: DELETED_AT }]);
    // Importing an older file that still holds the note does not bring it back.
    expect(await importBackup(db, throughDisk(fileOf([note(2)])))).toMatchObject({ notesAdded: 0 });
    expect(await db.notes.get(fixedUuid(2))).toBeUndefined();
  });

  test('the preview counts the file’s notes deleted here, which stay deleted, and the notes here it removes', async () => {
    await importBackup(db, fileOf([note(1), note(2), note(3)]));
    await createNoteRepository(db).remove(fixedUuid(1), DELETED_AT);
    const file = { ...fileOf([note(1), note(2), note(4)]), deletedNotes: [{ id: fixedUuid(3), deletedAt: DELETED_AT, updatedAt: DELETED_AT }] };

    expect(summariseImport(file, await storedIds(db))).toMatchObject({ notes: 3, notesAlreadyHere: 1, notesDeletedHere: 1, notesRemovedHere: 1 });
  });

  test('a file of the first format, without deletions, still imports', async () => {
    const text = serializeBackup(fileOf([note(1)])).replace('"formatVersion": 2', '"formatVersion": 1').replace(/,\n {2}"deletedNotes": \[\]/, '');
    expect(text).not.toContain('deletedNotes');
    const result = validateBackup(text);
    expect(result.ok && result.backup.deletedNotes).toEqual([]);
  });
});

describe('an evening this device already has', () => {
  test('is kept as it is: another device’s record with the same id never overwrites it', async () => {
    const mine = evening('2026-11-23', { outcome: 'put-down', settled: 'put-down' });
    await createEveningRepository(db).put(mine);
    const theirs = evening('2026-11-23', { outcome: 'kept-browsing', updatedAt: mine.updatedAt + 60_000 });

    const result = await importBackup(db, throughDisk(fileOf([], [theirs, evening('2026-11-24')])));

    expect(result).toMatchObject({ eveningsAdded: 1, eveningsUnchanged: 1 });
    expect(await db.evenings.get(mine.id)).toEqual(mine);
  });
});
