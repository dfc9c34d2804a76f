import { describe, expect, test } from 'vitest';
import type { LaunchHearth } from '../support/driver';
import { pageText } from '../support/page-queries';
import { noteFieldValue, openPopup, textsWithin, useBrowsers, waitForText, writeNote } from './session';

/** The weekly reflection: this week, the week before and back, and the letter. */
export function reflectionJourneys(launch: LaunchHearth): void {
  const start = useBrowsers(launch);

  describe('the weekly reflection', () => {
    test("shows this week's notes, goes to the previous week and back, and copies the letter", async () => {
      const browser = await start();
      const popup = await openPopup(browser);
      await writeNote(popup, 'You fixed the squeaky door <b>without</b> being asked.');
      await writeNote(popup, 'Your laugh at breakfast.');

      await popup.click({ role: 'tab', name: 'This week' });
      const days = () => textsWithin(popup, { role: 'list', name: 'The week at a glance' }, 'li');
      await expect.poll(async () => (await days()).length).toBe(7);
      expect((await days()).join(' ')).toMatch(/2 notes/);
      // Note text is shown as text, markup and all.
      await waitForText(popup, 'You fixed the squeaky door <b>without</b> being asked.');
      expect(await popup.evaluate(() => document.querySelectorAll('.note-list b').length)).toBe(0);

      await popup.click({ role: 'button', name: 'Previous week' });
      await waitForText(popup, 'A quiet week. That’s all right too.');
      await popup.click({ role: 'button', name: 'This week' });
      await waitForText(popup, 'Your laugh at breakfast.');
      // The current week offers no way into the future.
      expect(await popup.evaluate(() => document.querySelector('.week-nav-next')?.getAttribute('aria-disabled'))).toBe('true');

      await popup.click({ role: 'disclosure', name: 'Letter of the week' });
      const letter = await popup.evaluate(() => document.querySelector('.letter-text')?.textContent ?? '');
      expect(letter).toContain('To you,');
      expect(letter).toContain('You fixed the squeaky door <b>without</b> being asked.');
      expect(letter).toContain('Your laugh at breakfast.');
      await popup.click({ role: 'button', name: 'Copy letter' });
      await waitForText(popup, 'Copied.');
      // Paste it as a user would, into the note field, to read what the clipboard holds.
      await popup.click({ role: 'tab', name: 'Note' });
      await popup.focus({ role: 'textbox', name: 'Appreciation note' });
      await popup.press('Control+V');
      await expect.poll(() => noteFieldValue(popup)).toBe(letter);
      expect(await popup.evaluate(pageText)).not.toMatch(/streak|missed/i);
    });
  });
}
