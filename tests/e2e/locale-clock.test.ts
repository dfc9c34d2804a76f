import { afterEach, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { openOptions, writeNote } from './support/pages';
import { storeSettings } from './support/settings';

// Issue 15: every time written as text follows the browser's language, as its time inputs do.
let hearth: Hearth | undefined;

afterEach(async () => {
  if (!hearth) return;
  await hearth.close();
  removeProfile(hearth.profileDir);
  hearth = undefined;
});

/** A fixed-offset zone where it is now mid-afternoon, so a 21:00 window is always "tonight". */
function afternoonZone(): string {
  const offset = ((15 - new Date().getUTCHours() + 36) % 24) - 12; // -12 … +11
  // Etc/GMT names count the other way: Etc/GMT-3 is UTC+3.
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const asRead = (text: string | null) => text?.replace(/\s/gu, ' ').trim();

describe('times in the browser language (issue 15)', () => {
  test.each([
    ['en-US', '9:00 PM', '10:00 PM', /^\d{1,2}:\d\d [AP]M$/],
    ['de', '21:00', '22:00', /^\d\d:\d\d$/],
  ])('with the browser in %s, the options summary and the popup say %s', async (language, start, end, noteTime) => {
    hearth = await launchHearth(undefined, undefined, { language, timeZone: afternoonZone(), viewport: { width: 1280, height: 900 } });
    const worker = await hearth.worker();
    expect(await worker.evaluate(() => chrome.i18n.getUILanguage()), 'Chromium needs its languages: apt-get install chromium-l10n').toBe(language);
    await storeSettings(worker, { windows: [{ id: 'evening', days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '22:00' }] });

    const options = await openOptions(hearth);
    expect(asRead(await options.locator('.next-connection').textContent())).toBe(`Next connection hour: tonight, ${start}`);
    expect(asRead(await options.locator('.window-preview').textContent())).toBe(`In short: Every day ${start}–${end}`);

    const popup = await hearth.openPopup();
    // The week strip, with today's cell, shows once the week has a note.
    await writeNote(popup, 'You laughed at my terrible joke.');
    await popup.getByRole('tab', { name: 'This week' }).click();
    const coming = popup.locator('.week-strip-legend .outcome-coming');
    await coming.waitFor();
    expect(asRead(await coming.textContent())).toBe(`☽ tonight, ${start}`);
    // The note's time of day, under the day's heading, is in the same clock.
    expect(asRead(await popup.locator('.reflection-day time').first().textContent())).toMatch(noteTime);
  });
});
