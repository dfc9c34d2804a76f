import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { BUILD_DIR, launchHearth, removeProfile, type Hearth } from './support/hearth';
import type { Worker } from 'playwright-core';
import { storedSettings, waitForOptions } from './support/pages';
import { ZONE_LOOK_AHEAD_MS } from '../../utils/schedule/zone-look';
import { zoneWhereItIsMidday } from './support/settings';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

const isOnboarding = (page: Page) => page.url().endsWith('/onboarding.html');
const isOptions = (page: Page) => page.url().endsWith('/options.html');

/** A fresh install, with the onboarding tab it opens, loaded and showing its first step. */
async function install(): Promise<Page> {
  // Midday, so that no window chosen here is open and the alarm must be its next start.
  hearth = await launchHearth(undefined, BUILD_DIR, { keepOnboarding: true, timeZone: zoneWhereItIsMidday() });
  const page = hearth.context.pages().find(isOnboarding) ?? (await hearth.context.waitForEvent('page', { predicate: isOnboarding }));
  await page.waitForLoadState('load');
  await page.getByRole('heading', { name: 'An hour for the two of you' }).waitFor();
  return page;
}

/** The next start of a window with these days and start time, computed in the browser's own zone. */
function nextStart(worker: Worker, window: { days: number[]; start: string }): Promise<number> {
  return worker.evaluate(({ days, start }) => {
    const [hours, minutes] = start.split(':').map(Number);
    for (let ahead = 0; ahead <= 7; ahead++) {
      const candidate = new Date();
      candidate.setDate(candidate.getDate() + ahead);
      candidate.setHours(hours!, minutes!, 0, 0);
      if (candidate.getTime() > Date.now() && days.includes(candidate.getDay())) return candidate.getTime();
    }
    throw new Error('no start within a week');
  }, window);
}

const alarmTimes = (worker: Worker) => worker.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.scheduledTime));

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('onboarding, in real Chromium', () => {
  test('a fresh install walks through the steps, agrees on weeknights 21:30–22:30, and the options page shows that window', async () => {
    const page = await install();
    await page.getByText('Step 1 of 4').waitFor();

    // By keyboard: the step's heading has focus, and Next is the next stop.
    await expect.poll(() => focusedText(page)).toBe('An hour for the two of you');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Next');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Agree on your hour together' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Agree on your hour together');

    // By mouse: the window, from every day 21:00–22:00 to weeknights 21:30–22:30.
    await page.getByLabel("Your partner's name (optional)").fill('Sam');
    await page.getByRole('checkbox', { name: 'Saturday' }).click();
    await page.getByRole('checkbox', { name: 'Sunday' }).click();
    await page.getByLabel('Starts', { exact: true }).fill('21:30');
    await page.getByLabel('Ends', { exact: true }).fill('22:30');
    // The test browser speaks en-US: the summary reads its clock, the fields hold HH:MM (issue 15).
    await page.getByText('In short: Weeknights 9:30 PM–10:30 PM').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'How should Hearth nudge you?' }).waitFor();
    // The small window needs no permission, so nothing waits on a prompt.
    expect(await page.getByRole('radio', { name: /A small window/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'See a nudge' }).waitFor();
    await page.getByRole('button', { name: 'Show me a nudge now' }).click();
    await page.getByText('Time for you and Sam').waitFor();

    const optionsOpened = hearth!.context.waitForEvent('page', { predicate: isOptions });
    await page.getByRole('button', { name: 'Done' }).click();
    const options = await optionsOpened;
    await waitForOptions(options);
    await expect.poll(() => page.isClosed()).toBe(true);

    await options.getByText('In short: Weeknights 9:30 PM–10:30 PM').waitFor();
    expect(await options.getByLabel('Starts', { exact: true }).inputValue()).toBe('21:30');
    expect(await options.getByLabel('Ends', { exact: true }).inputValue()).toBe('22:30');
    expect(await options.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Monday' }).isChecked()).toBe(true);
    expect(await options.getByLabel("Your partner's name").inputValue()).toBe('Sam');

    const stored = await storedSettings(await hearth!.worker());
    expect(stored).toMatchObject({
      windows: [{ days: [1, 2, 3, 4, 5], start: '21:30', end: '22:30' }],
      names: { me: '', partner: 'Sam' },
      style: 'window',
    });
    // The one alarm waits for the window chosen here, the next weeknight at
    // 21:30, waking an hour early to look for a change of time zone.
    const weeknights = await nextStart(await hearth!.worker(), { days: [1, 2, 3, 4, 5], start: '21:30' });
    await expect.poll(async () => alarmTimes(await hearth!.worker()), { timeout: 10_000 }).toEqual([weeknights - ZONE_LOOK_AHEAD_MS]);
  });

  test('closing it at the first step leaves working defaults and the alarm armed', async () => {
    const page = await install();
    await page.close();
    const worker = await hearth!.worker();

    // Nothing is stored: the defaults are in force, and nothing is written over what the browser's sync may bring.
    expect(await storedSettings(worker)).toBeUndefined();
    // The one alarm waits for the default window's next start, 21:00 tonight,
    // waking an hour early to look for a change of time zone.
    const tonight = await nextStart(worker, { days: [0, 1, 2, 3, 4, 5, 6], start: '21:00' });
    await expect.poll(() => alarmTimes(worker), { timeout: 10_000 }).toEqual([tonight - ZONE_LOOK_AHEAD_MS]);

    // The options page opens on the same defaults.
    const options = await hearth!.context.newPage();
    await options.goto(`chrome-extension://${hearth!.extensionId}/options.html`);
    await waitForOptions(options);
    await options.getByText('In short: Every day 9:00 PM–10:00 PM').waitFor();
    await options.getByText(/^Next connection hour: |^Connection hour now/).waitFor();
  });
});
