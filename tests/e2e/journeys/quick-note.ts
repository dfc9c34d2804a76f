import { describe, expect, test } from 'vitest';
import type { LaunchHearth } from '../support/driver';
import { noteFieldValue, openPopup, recentNotes, useBrowsers, waitForText, writeNote } from './session';

/** The quick note: typed and saved with the keyboard, a draft that survives the popup closing, notes that survive a restart. */
export function quickNoteJourneys(launch: LaunchHearth): void {
  const start = useBrowsers(launch);

  describe('the quick note', () => {
    test('is typed and saved with the keyboard alone, and listed after reopening', async () => {
      const browser = await start();
      const popup = await openPopup(browser);
      // The field has the focus already: no click needed.
      await popup.type('You held my hand on the bus.');
      await popup.press('Control+Enter');
      await waitForText(popup, 'Saved. Ready for the next one.');
      expect(await noteFieldValue(popup)).toBe('');
      await popup.type('And you laughed at my joke.');
      await popup.press('Control+Enter');
      await expect.poll(() => recentNotes(popup)).toEqual(['And you laughed at my joke.', 'You held my hand on the bus.']);
      await popup.close();

      const again = await openPopup(browser);
      await expect.poll(() => recentNotes(again)).toEqual(['And you laughed at my joke.', 'You held my hand on the bus.']);
    });

    test('keeps a draft when the popup closes mid-sentence', async () => {
      const browser = await start();
      const popup = await openPopup(browser);
      await popup.type('You always know when I need');
      await popup.close();

      const again = await openPopup(browser);
      expect(await noteFieldValue(again)).toBe('You always know when I need');
      await waitForText(again, 'Your unsaved draft is back.');
      expect(await recentNotes(again)).toEqual([]);
    });

    test('notes are still there after the browser restarts on the same profile', async () => {
      const first = await start();
      const popup = await openPopup(first);
      await writeNote(popup, 'still here tomorrow');
      await first.close();

      const second = await start({ profileDir: first.profileDir });
      const reopened = await openPopup(second);
      await expect.poll(() => recentNotes(reopened)).toEqual(['still here tomorrow']);
      // Firefox keeps no alarm across a restart; Hearth sets its one alarm again on start-up.
      const extension = await second.extension();
      await expect.poll(() => extension.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name))).toEqual(['hearth-next']);
    });

    test('the browser answers Hearth\'s request to keep its notes at once, without asking the user', async () => {
      const browser = await start();
      await openPopup(browser);
      const extension = await browser.extension();
      const answer = () => extension.evaluate(async () => (await chrome.storage.local.get('storagePersisted')).storagePersisted);
      // The popup asks once it is open, and records the answer for the options page's status.
      await expect.poll(answer).toEqual(expect.any(Boolean));
      if (browser.name === 'firefox') {
        // Firefox grants it outright to an add-on with unlimitedStorage; without
        // it, the request waits forever on a prompt. Chromium answers by its own
        // measure of how much the site is used (no on a fresh profile), silently.
        expect(await answer()).toBe(true);
        const options = await browser.openExtensionPage('options.html');
        await waitForText(options, "Your browser has agreed to keep Hearth's data, even when space runs low.");
      }
    });
  });
}
