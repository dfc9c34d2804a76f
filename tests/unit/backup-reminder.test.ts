import { describe, expect, test } from 'vitest';
import { shouldRemindBackup, type BackupReminderInput } from '../../utils/backup/reminder';

const NOW = Date.parse('2026-11-25T20:00:00Z');
const daysAgo = (days: number) => NOW - days * 24 * 60 * 60 * 1000;
const base: BackupReminderInput = { notesSinceBackup: 0, lastBackupAt: null, firstNoteAt: null, now: NOW };

describe('shouldRemindBackup()', () => {
  test.each<[string, Partial<BackupReminderInput>, boolean]>([
    ['no notes at all', {}, false],
    ['every note is in a backup, however long ago', { notesSinceBackup: 0, lastBackupAt: daysAgo(400), firstNoteAt: daysAgo(500) }, false],
    ['19 new notes, backed up yesterday', { notesSinceBackup: 19, lastBackupAt: daysAgo(1), firstNoteAt: daysAgo(90) }, false],
    ['20 new notes, backed up yesterday', { notesSinceBackup: 20, lastBackupAt: daysAgo(1), firstNoteAt: daysAgo(90) }, true],
    ['20 notes, never backed up, the first an hour old', { notesSinceBackup: 20, firstNoteAt: NOW - 3_600_000 }, true],
    ['one new note, last backup 29 days ago', { notesSinceBackup: 1, lastBackupAt: daysAgo(29), firstNoteAt: daysAgo(90) }, false],
    ['one new note, last backup 30 days ago', { notesSinceBackup: 1, lastBackupAt: daysAgo(30), firstNoteAt: daysAgo(90) }, true],
    ['never backed up, the first note 29 days old', { notesSinceBackup: 3, firstNoteAt: daysAgo(29) }, false],
    ['never backed up, the first note 30 days old', { notesSinceBackup: 3, firstNoteAt: daysAgo(30) }, true],
    ['a recent backup wins over an old first note', { notesSinceBackup: 3, lastBackupAt: daysAgo(2), firstNoteAt: daysAgo(300) }, false],
  ])('%s: %s', (_name, input, expected) => {
    expect(shouldRemindBackup({ ...base, ...input })).toBe(expected);
  });

  test('counts with the given thresholds', () => {
    const input = { ...base, notesSinceBackup: 5, lastBackupAt: daysAgo(7) };
    expect(shouldRemindBackup({ ...input, everyNotes: 5 })).toBe(true);
    expect(shouldRemindBackup({ ...input, everyNotes: 6 })).toBe(false);
    expect(shouldRemindBackup({ ...input, everyDays: 7 })).toBe(true);
    expect(shouldRemindBackup({ ...input, everyDays: 8 })).toBe(false);
  });

  describe('"Not now"', () => {
    const due = { ...base, notesSinceBackup: 25, lastBackupAt: daysAgo(60) };

    test.each<[string, number, boolean]>([
      ['said a minute ago', NOW - 60_000, false],
      ['said 6 days ago', daysAgo(6), false],
      ['said 7 days ago', daysAgo(7), true],
      ['said a year ago', daysAgo(365), true],
      // The clock was set back since; a dismissal can't last for ever.
      ['dated in the future', NOW + 86_400_000, true],
    ])('%s: reminds again is %s', (_name, dismissedAt, expected) => {
      expect(shouldRemindBackup({ ...due, dismissedAt })).toBe(expected);
    });
  });
});
