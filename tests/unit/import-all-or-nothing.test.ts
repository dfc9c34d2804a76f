import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDataActions } from '../../entrypoints/options/data-actions';
import { createBackup, serializeBackup } from '../../utils/backup/format';
import { exportAll } from '../../utils/db/backup';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { defaultSettings, type Settings } from '../../utils/settings';
import { SETTINGS_KEY } from '../../utils/settings/store';
import { finishedEvening, fixedUuid } from '../fixtures/records';

const WRITTEN = Date.parse('2026-11-20T20:00:00Z');
const mine: Settings = { ...defaultSettings(), windows: [{ id: 'mine', days: [1, 2], start: '20:00', end: '21:00' }], snoozeMinutes: 5 };
const theirs: Settings = { ...defaultSettings(), windows: [{ id: 'theirs', days: [5], start: '22:00', end: '23:00' }], names: { me: 'Sam', partner: 'Alex' } };

function backupFile(): File {
  const notes = [1, 2, 3].map((i) => ({ id: fixedUuid(i), text: `From the file ${i}`, createdAt: WRITTEN + i, updatedAt: WRITTEN + i, source: 'popup' as const, prompt: null }));
  const text = serializeBackup(createBackup({ settings: theirs, notes, evenings: [finishedEvening('2026-11-19')], deletedNotes: [], exportedAt: WRITTEN + 10 }));
  return new File([text], 'hearth-backup.json', { type: 'application/json' });
}

let db: HearthDatabase;
beforeEach(async () => {
  db = new HearthDatabase(`import-${crypto.randomUUID()}`);
  await createNoteRepository(db).add({ text: 'Already here', source: 'popup' }, WRITTEN - 1000);
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: mine });
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

async function importFile() {
  const read = await createDataActions(db, 'UTC').readImport(backupFile());
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.apply();
}

const storedSettings = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];

describe('import writes everything or nothing', () => {
  test('a valid file brings its notes, evenings and settings', async () => {
    expect(await importFile()).toMatchObject({ ok: true, report: { notesAdded: 3, eveningsAdded: 1 } });
    expect((await exportAll(db)).notes).toHaveLength(4);
    expect(await storedSettings()).toEqual(theirs);
  });

  test('when the browser refuses the settings, no note or evening is written, and the message says so and why', async () => {
    const before = await exportAll(db);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));

    const result = await importFile();

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Nothing was imported\. .*QUOTA_BYTES_PER_ITEM quota exceeded/);
    expect(await exportAll(db)).toEqual(before);
    expect(await storedSettings()).toEqual(mine);
  });

  test('when the notes cannot be written, the settings are put back as they were', async () => {
    const before = await exportAll(db);
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));

    const result = await importFile();

    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Nothing was imported\./);
    expect(await exportAll(db)).toEqual(before);
    expect(await storedSettings()).toEqual(mine);
  });

  test('with no settings stored before (defaults in use), a failed import leaves none stored', async () => {
    await fakeBrowser.storage.sync.remove(SETTINGS_KEY);
    vi.spyOn(db.evenings, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));

    expect((await importFile()).ok).toBe(false);
    expect(await storedSettings()).toBeUndefined();
  });
});
