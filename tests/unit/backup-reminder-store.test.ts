import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_COUNT_CAP, loadBackupReminder } from '../../entrypoints/popup/load-backup-reminder';
import {
  BACKUP_REMINDER_DISMISSED_KEY,
  dismissBackupReminder,
  LAST_BACKUP_KEY,
  readBackupTimes,
  recordBackup,
} from '../../utils/backup/reminder-store';
import { createNoteRepository, type NoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-25T20:00:00Z');
let db: HearthDatabase;
let notes: NoteRepository;

beforeEach(() => {
  db = new HearthDatabase(`reminder-${crypto.randomUUID()}`);
  notes = createNoteRepository(db);
});

afterEach(() => db.close());

/** `count` notes, one a minute, the last written `endingDaysAgo` days before NOW. */
async function writeNotes(count: number, endingDaysAgo = 0) {
  const last = NOW - endingDaysAgo * DAY;
  await notes.addMany(Array.from({ length: count }, (_, i) => ({ text: `note ${i}`, source: 'popup' as const, createdAt: last - (count - 1 - i) * 60_000 })));
}

describe('the stored backup times', () => {
  test('are null until an export or a "Not now"', async () => {
    expect(await readBackupTimes()).toEqual({ lastBackupAt: null, dismissedAt: null });
    await recordBackup(NOW - DAY);
    await dismissBackupReminder(NOW);
    expect(await readBackupTimes()).toEqual({ lastBackupAt: NOW - DAY, dismissedAt: NOW });
  });

  test('read anything that is not a time as never', async () => {
    await fakeBrowser.storage.local.set({ [LAST_BACKUP_KEY]: 'yesterday', [BACKUP_REMINDER_DISMISSED_KEY]: null });
    expect(await readBackupTimes()).toEqual({ lastBackupAt: null, dismissedAt: null });
  });
});

describe('loadBackupReminder()', () => {
  test('stays quiet with no notes, or a few recent ones', async () => {
    expect(await loadBackupReminder(notes, NOW)).toBeNull();
    await writeNotes(5);
    expect(await loadBackupReminder(notes, NOW)).toBeNull();
  });

  test('suggests a backup after 20 notes that no backup holds', async () => {
    await writeNotes(20);
    expect(await loadBackupReminder(notes, NOW)).toEqual({ notesSinceBackup: 20, atLeast: false });
  });

  test('suggests one a month after the first note, when there has never been a backup', async () => {
    await writeNotes(2, 30);
    expect(await loadBackupReminder(notes, NOW)).toEqual({ notesSinceBackup: 2, atLeast: false });
  });

  test('counts only the notes written since the last backup', async () => {
    await writeNotes(25, 3);
    await recordBackup(NOW - 2 * DAY);
    expect(await loadBackupReminder(notes, NOW)).toBeNull();
    await writeNotes(1);
    // A month after the backup, the one note written since is worth saving.
    expect(await loadBackupReminder(notes, NOW + 27 * DAY)).toBeNull();
    expect(await loadBackupReminder(notes, NOW + 28 * DAY)).toEqual({ notesSinceBackup: 1, atLeast: false });
  });

  test('"Not now" quiets it for a week', async () => {
    await writeNotes(30);
    await dismissBackupReminder(NOW);
    expect(await loadBackupReminder(notes, NOW + 6 * DAY)).toBeNull();
    expect(await loadBackupReminder(notes, NOW + 7 * DAY)).toEqual({ notesSinceBackup: 30, atLeast: false });
  });

  test('counts up to the cap, then says "at least", without counting every note', async () => {
    await writeNotes(BACKUP_COUNT_CAP - 1);
    expect(await loadBackupReminder(notes, NOW)).toEqual({ notesSinceBackup: BACKUP_COUNT_CAP - 1, atLeast: false });
    await writeNotes(2);
    expect(await loadBackupReminder(notes, NOW)).toEqual({ notesSinceBackup: BACKUP_COUNT_CAP, atLeast: true });
  });
});
