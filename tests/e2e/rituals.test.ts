import { afterEach, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { eveningRecords, storeSettings, windowAroundNow } from './support/settings';
import type { Weekday } from '../../utils/time/local';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

describe('the rituals (issue 18), in real Chromium', () => {
  test('three good things written from the nudge\'s choice, keyboard only, are in the week under their evening', async () => {
    hearth = await launchHearth(undefined, TEST_BUILD_DIR);
    const worker = await hearth.worker();
    const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 10_000 });
    // The small window, with an ordinary prompt: three good things are one of the nudge's choices.
    await storeSettings(worker, { style: 'window', prompts: ['What stayed with you today?'], windows: await windowAroundNow(worker, { open: true }) });
    const nudge = await opened;
    await nudge.getByRole('button', { name: 'Three good things tonight' }).click();
    const first = nudge.getByRole('textbox', { name: 'First good thing' });
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    // Enter moves from field to field; the last Enter keeps them.
    for (const words of ['You fixed the bike', 'so we could ride', 'Soup for dinner', '', 'The long call with Mum', 'she laughed']) {
      await nudge.keyboard.type(words);
      await nudge.keyboard.press('Enter');
    }
    await nudge.getByText("Kept. They are in this week's reflection.").waitFor();
    await expect.poll(async () => (await eveningRecords(worker))[0]).toMatchObject({ notesWritten: 3 });

    const popup = await hearth.openPopup();
    await popup.getByRole('tab', { name: 'This week' }).click();
    const group = popup.getByRole('list', { name: 'Three good things' });
    await group.waitFor();
    expect(await group.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('You fixed the bike\nWhy: so we could ride'),
      expect.stringContaining('Soup for dinner'),
      expect.stringContaining('The long call with Mum\nWhy: she laughed'),
    ]);
    await popup.getByText('You wrote good things down on one evening this week.').waitFor();
  });

  test('on the walk day, the week offers its question for the walk, and the letter as talking points', async () => {
    hearth = await launchHearth(undefined, TEST_BUILD_DIR);
    const worker = await hearth.worker();
    // Past the day boundary (04:00) the reflection day is today's date.
    const today = (await worker.evaluate(() => new Date(Date.now() - 4 * 3600_000).getDay())) as Weekday;
    await storeSettings(worker, { walkDay: today });
    const popup = await hearth.openPopup();
    await popup.getByRole('textbox', { name: 'Appreciation note' }).fill('You waited for me in the rain.');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.getByRole('heading', { name: 'For your walk' }).waitFor();
    await popup.getByText('Talking points for the walk').click();
    const points = popup.locator('.walk-points li');
    expect(await points.allInnerTexts()).toEqual([expect.stringMatching(/^Start with the question: .+\?$/), 'From this week: You waited for me in the rain.']);
  });
});
