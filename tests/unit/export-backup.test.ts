import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDataActions } from '../../entrypoints/options/data-actions';
import { readBackupTimes } from '../../utils/backup/reminder-store';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';

const EXPORTED_AT = Date.parse('2026-11-25T20:00:00Z');

let db: HearthDatabase;
beforeEach(async () => {
  db = new HearthDatabase(`export-${crypto.randomUUID()}`);
  await createNoteRepository(db).add({ text: 'Keep me safe', source: 'popup' }, EXPORTED_AT - 60_000);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(EXPORTED_AT);
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

describe('an export counts as a backup only when the file was saved', () => {
  test('starting the download records nothing; the user’s confirmation records the export’s time', async () => {
    const download = vi.fn();
    const actions = createDataActions(db, 'UTC', download);

    const result = await actions.exportBackup();

    expect(download).toHaveBeenCalledWith(expect.stringContaining('Keep me safe'), 'hearth-backup-2026-11-25.json', 'application/json');
    expect((await readBackupTimes()).lastBackupAt).toBeNull();
    vi.setSystemTime(EXPORTED_AT + 30_000);
    expect(result.ok && (await result.confirmSaved())).toEqual({ ok: true });
    // Notes written after the export are not in the file: the backup dates from the export.
    expect((await readBackupTimes()).lastBackupAt).toBe(EXPORTED_AT);
  });
});
