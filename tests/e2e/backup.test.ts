import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { createBackup, serializeBackup } from '../../utils/backup/format';
import type { NoteRecord } from '../../utils/notes/record';
import { defaultSettings } from '../../utils/settings';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { openOptions, recentNoteTexts, storedNotes, writeNote } from './support/pages';
import { eveningRecords, storeSettings, windowAroundNow } from './support/settings';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

const NOTES = ['You made soup when I was tired.', 'Thank you for the walk in the rain.', 'You listened, all the way through.'];

/** A browser with Hearth, outside any connection window so no nudge interrupts. */
async function quietHearth(): Promise<Hearth> {
  hearth = await launchHearth();
  const worker = await hearth.worker();
  await storeSettings(worker, { windows: await windowAroundNow(worker, { open: false }) });
  return hearth;
}

async function writeNotes(texts: readonly string[]): Promise<void> {
  const popup = await hearth!.openPopup();
  for (const text of texts) await writeNote(popup, text);
  await popup.close();
}

/** Chooses a file for "Import a backup…", as the file picker would. */
function chooseFile(page: Page, name: string, text: string): Promise<void> {
  return page.getByLabel('Import a backup…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

function note(text: string, createdAt: number): NoteRecord {
  return { id: crypto.randomUUID(), text, createdAt, updatedAt: createdAt, source: 'popup', prompt: null };
}

/** A backup file as Hearth writes it, with these notes. */
function backupWith(notes: NoteRecord[]): string {
  return serializeBackup(createBackup({ settings: defaultSettings(), notes, evenings: [], deletedNotes: [], exportedAt: Date.now() }));
}

const storedTexts = async () => (await storedNotes(await hearth!.worker())).map((n) => n.text).sort();

describe('backup, in real Chromium', () => {
  test('export, delete everything, import: every note is back', async () => {
    await quietHearth();
    await writeNotes(NOTES);
    // Outside any window there should be none, but the counts must agree whatever there is.
    const evenings = (await eveningRecords(await hearth!.worker())).length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const options = await openOptions(hearth!);
    await options.getByText('Never').waitFor();

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export a backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^hearth-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'hearth-backup', formatVersion: 2, notes: expect.any(Array) });
    // Only the user can say the file was saved (a Save As may be cancelled): until then, no backup counts.
    await options.getByRole('button', { name: 'I have the file' }).waitFor();
    expect(await options.getByText('Never').count()).toBeGreaterThan(0);
    await options.getByRole('button', { name: 'I have the file' }).click();
    await options.getByText(`Backup noted. Your notes are safe in ${download.suggestedFilename()}.`).waitFor();
    // The status panel now shows when, not "Never".
    await expect.poll(() => options.getByText('Never').count()).toBe(0);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options
      .getByText(`This deletes every note and evening record on this device: 3 notes and ${plural(evenings, 'evening record')}.`)
      .waitFor();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText('Everything was deleted. Hearth starts afresh.').waitFor();
    expect(await storedNotes(await hearth!.worker())).toEqual([]);

    await chooseFile(options, download.suggestedFilename(), file);
    await options.getByText(`This file holds 3 notes (0 already here) and ${plural(evenings, 'evening')}.`).waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(`Imported: 3 new notes, 0 updated, ${plural(evenings, 'evening')}.`).waitFor();

    const popup = await hearth!.openPopup();
    await expect.poll(() => recentNoteTexts(popup)).toEqual([...NOTES].reverse());
    expect(await storedTexts()).toEqual([...NOTES].sort());
  });

  test.each([
    ['a file that is not JSON', () => 'this is not a backup', /^line 1, column \d+: not JSON \(.+\)$/],
    [
      'a note over 2,000 characters',
      () => backupWith([note('fine', Date.now() - 60_000), note('x'.repeat(2001), Date.now() - 30_000)]),
      /^notes\[1\]\.text: longer than 2,000 characters$/,
    ],
    [
      'a file from a newer Hearth (formatVersion 3)',
      () => backupWith([note('from the future', Date.now() - 60_000)]).replace('"formatVersion": 2', '"formatVersion": 3'),
      /^formatVersion: this file comes from a newer version of Hearth \(3\); update Hearth to import it$/,
    ],
  ])('refuses %s with a precise error, and changes nothing', async (_name, content, error) => {
    await quietHearth();
    await writeNotes(NOTES.slice(0, 2));
    const before = await storedTexts();
    const options = await openOptions(hearth!);

    await chooseFile(options, 'backup.json', content());
    const alert = options.getByRole('alert').filter({ hasText: "This file can't be imported" });
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(error)]);
    expect(await options.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await storedTexts()).toEqual(before);
  });

  test('shows note text from a file as text, never as markup', async () => {
    await quietHearth();
    const options = await openOptions(hearth!);
    const markup = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    hearth!.context.on('page', (page) => page.on('dialog', (dialog) => dialogs.push(dialog.message())));

    await chooseFile(options, 'backup.json', backupWith([note(markup, Date.now() - 60_000)]));
    await options.getByText('This file holds 1 note (0 already here) and 0 evenings.').waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText('Imported: 1 new note, 0 updated, 0 evenings.').waitFor();

    const popup = await hearth!.openPopup();
    popup.on('dialog', (dialog) => dialogs.push(dialog.message()));
    await popup.getByText(markup, { exact: true }).waitFor();
    const list = popup.getByRole('list', { name: 'Recent notes' });
    expect(await list.locator('img').count()).toBe(0);
    expect(await recentNoteTexts(popup)).toEqual([markup]);
    expect(dialogs).toEqual([]);
  });
});

describe('the backup reminder, in real Chromium', () => {
  test('appears in the popup a month after the last backup, "Not now" quiets it, and "Back up now" leads to the export', async () => {
    await quietHearth();
    const worker = await hearth!.worker();
    const monthAgo = Date.now() - 31 * 24 * 60 * 60 * 1000;
    await worker.evaluate((at) => chrome.storage.local.set({ lastBackupAt: at }), monthAgo);
    await writeNotes(['You remembered the tickets.']);

    let popup = await hearth!.openPopup();
    const reminder = popup.getByRole('status').filter({ hasText: 'Keep your note safe: a backup takes a moment.' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Until then, uninstalling Hearth or clearing browser data would erase it.');
    // It waits quietly: the note field keeps the focus.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await popup.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await popup.close();

    popup = await hearth!.openPopup();
    await expect.poll(() => worker.evaluate(async () => (await chrome.storage.local.get('backupReminderDismissedAt')).backupReminderDismissedAt)).toBeTypeOf('number');
    expect(await popup.getByText('a backup takes a moment').count()).toBe(0);
    await popup.close();

    await worker.evaluate(() => chrome.storage.local.remove('backupReminderDismissedAt'));
    popup = await hearth!.openPopup();
    const optionsOpened = hearth!.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/options.html') });
    await popup.getByRole('button', { name: 'Back up now' }).click();
    const options = await optionsOpened;
    await options.getByRole('button', { name: 'Export a backup' }).waitFor();
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export a backup' }).click();
    await downloading;
    // A download that was started, or a Save As the user cancelled, quiets nothing.
    await options.getByRole('button', { name: 'Not saved' }).click();
    expect(await worker.evaluate(async () => (await chrome.storage.local.get('lastBackupAt')).lastBackupAt)).toBe(monthAgo);
    await options.getByRole('button', { name: 'Export a backup' }).click();
    await options.getByRole('button', { name: 'I have the file' }).click();
    await options.getByText(/^Backup noted\. Your notes are safe in hearth-backup-.*\.json\.$/).waitFor();

    expect(await worker.evaluate(async () => (await chrome.storage.local.get('lastBackupAt')).lastBackupAt)).toBeGreaterThan(Date.now() - 60_000);
    const after = await hearth!.openPopup();
    await after.getByText('You remembered the tickets.').waitFor();
    expect(await after.getByText('a backup takes a moment').count()).toBe(0);
  });
});

describe('the import validation table, end to end', () => {
  // The unit tests hold the full table (tests/unit/backup-validate.test.ts);
  // here each kind of bad file goes through the real file input, in one browser.
  type Backup = ReturnType<typeof createBackup>;
  const base = (): Backup =>
    createBackup({ settings: defaultSettings(), notes: [note('a kept note', Date.now() - 60_000)], evenings: [], deletedNotes: [], exportedAt: Date.now() });
  const edited = (edit: (file: Backup & Record<string, unknown>) => void) => {
    const file = JSON.parse(JSON.stringify(base())) as Backup & Record<string, unknown>;
    edit(file);
    return JSON.stringify(file);
  };
  const firstNote = (file: Backup) => file.notes[0] as unknown as Record<string, unknown>;

  const table: Array<[string, string, RegExp]> = [
    ['an empty file', '', /the file is empty/],
    ['a list instead of a backup', '[]', /not a Hearth backup: the file holds a list/],
    ['another format', edited((f) => (f.format = 'something-else' as never)), /not a Hearth backup file/],
    ['an older unknown version', edited((f) => (f.formatVersion = 0 as never)), /unknown backup version \(0\)/],
    ['a missing field', edited((f) => delete firstNote(f).text), /^notes\[0\]\.text: missing$/],
    ['an extra field', edited((f) => (firstNote(f).colour = 'red')), /^notes\[0\]\.colour: unexpected field$/],
    ['a wrong type', edited((f) => (firstNote(f).createdAt = 'yesterday')), /^notes\[0\]\.createdAt: expected a number$/],
    ['an empty note', edited((f) => (firstNote(f).text = '   ')), /^notes\[0\]\.text: empty$/],
    ['a date out of range', edited((f) => (firstNote(f).createdAt = 1e300)), /^notes\[0\]\.createdAt: not a valid date/],
    [
      'duplicate ids',
      edited((f) => f.notes.push({ ...f.notes[0]!, text: 'a twin' })),
      /^notes\[1\]\.id: appears twice in this file \(also notes\[0\]\)$/,
    ],
    ['invalid settings', edited((f) => (f.settings.snoozeMinutes = 500)), /^settings\.snoozeMinutes: /],
  ];

  test(`refuses each of ${table.length} kinds of bad file precisely, and changes nothing`, async () => {
    await quietHearth();
    await writeNotes(NOTES.slice(0, 1));
    const before = await storedTexts();
    const options = await openOptions(hearth!);
    for (const [name, content, error] of table) {
      await chooseFile(options, `${name}.json`, content);
      const items = options.getByRole('alert').filter({ hasText: "This file can't be imported" }).getByRole('listitem');
      await expect.poll(() => items.allTextContents(), { message: name }).toContainEqual(expect.stringMatching(error));
      expect(await options.getByRole('button', { name: 'Import', exact: true }).count(), name).toBe(0);
    }
    expect(await storedTexts()).toEqual(before);
  });
});
