import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DriverPage, LaunchHearth } from '../support/driver';
import { openPopup, recentNotes, settingsWith, storedNoteTexts, storedSettings, useBrowsers, waitForText, windowAroundNow, writeNote } from './session';

const NOTES = ['You made soup when I was tired.', 'Thank you for the walk in the rain.', 'You listened, all the way through.'];

/** Replaces a field's value with the keyboard, then leaves it, which saves. */
async function retype(page: DriverPage, label: string, value: string): Promise<void> {
  await page.focus({ role: 'textbox', name: label });
  await page.press('Control+A');
  await page.type(value);
  await page.press('Tab');
}

/** The options page: validation, a backup exported and imported back, and deleting everything. */
export function optionsJourneys(launch: LaunchHearth): void {
  const start = useBrowsers(launch);

  describe('the options page', () => {
    test('refuses an invalid value with a message at the field, stores nothing, and saves the corrected one', async () => {
      const browser = await start();
      const extension = await browser.extension();
      const options = await browser.openExtensionPage('options.html');
      await retype(options, 'Snooze for (minutes)', '500');
      await waitForText(options, 'Choose a whole number of minutes from 1 to 120.');
      const invalid = () => options.evaluate(() => document.querySelector('[aria-invalid="true"]')?.id ?? null);
      await expect.poll(invalid).not.toBeNull();
      expect((await storedSettings(extension))?.snoozeMinutes ?? 10).toBe(10);

      await retype(options, 'Snooze for (minutes)', '15');
      await expect.poll(async () => (await storedSettings(extension))?.snoozeMinutes).toBe(15);
      expect(await invalid()).toBeNull();
    });

    test('exports a backup, deletes everything, and imports the backup: every note is back', async () => {
      const browser = await start();
      const extension = await browser.extension();
      // No window tonight, so no nudge interrupts.
      const { windows } = await windowAroundNow(extension, false, 'later');
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ windows }));
      const popup = await openPopup(browser);
      for (const note of NOTES) await writeNote(popup, note);
      await popup.close();

      const options = await browser.openExtensionPage('options.html');
      const file = await browser.download(options, () => options.click({ role: 'button', name: 'Export a backup' }));
      expect(file.name).toMatch(/^hearth-backup-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(file.text)).toMatchObject({ format: 'hearth-backup', formatVersion: 1, notes: expect.any(Array) });
      await waitForText(options, `Saved ${file.name} to your downloads.`);

      await options.click({ role: 'button', name: 'Delete everything…' });
      await waitForText(options, 'This deletes every note and evening record on this device: 3 notes');
      await options.click({ role: 'button', name: 'Yes, delete everything' });
      await waitForText(options, 'Everything was deleted. Hearth starts afresh.');
      expect(await storedNoteTexts(extension)).toEqual([]);

      const path = join(mkdtempSync(join(tmpdir(), 'hearth-backup-')), file.name);
      writeFileSync(path, file.text);
      await options.chooseFile({ role: 'file', name: 'Import a backup…' }, path);
      await waitForText(options, 'This file holds 3 notes (0 already here)');
      await options.click({ role: 'button', name: 'Import' });
      await waitForText(options, 'Imported: 3 new notes, 0 updated');
      rmSync(dirname(path), { recursive: true, force: true });

      expect(await storedNoteTexts(extension)).toEqual([...NOTES].sort());
      const again = await openPopup(browser);
      await expect.poll(() => recentNotes(again)).toEqual([...NOTES].reverse());
    });
  });
}
