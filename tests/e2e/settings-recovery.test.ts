import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings, validateSettings } from '../../utils/settings';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { alarmsOf } from './support/service-worker';

let hearth: Hearth;
let worker: Worker;
let options: Page;

beforeAll(async () => {
  hearth = await launchHearth();
  worker = await hearth.worker();
  options = await hearth.context.newPage();
  await options.goto(`chrome-extension://${hearth.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Status' }).waitFor();
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
});

const storedSettings = () => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as unknown);

/** Counts writes to the settings over a second: a recovery that loops would keep writing. */
async function settingsWritesInASecond(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let writes = 0;
        chrome.storage.onChanged.addListener((changes, area) => {
          if (area === 'sync' && 'settings' in changes) writes++;
        });
        setTimeout(() => resolve(writes), 1_000);
      }),
  );
}

describe('settings in storage that Hearth cannot use', () => {
  test.each([
    [
      'corrupt settings (cut-off JSON)',
      '{"version":1,"windows":[{"start":"21:',
      defaultSettings(),
      "Your saved settings couldn't be read, so Hearth went back to safe defaults.",
    ],
  ] as const)('%s are replaced by safe defaults, with a notice, once, while the worker keeps going', async (_what, stored, expected, notice) => {
    await worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), stored as unknown);

    // Recovered defaults get this install's own window id (utils/settings/window-ids.ts).
    const windows = expected.windows.map((window) => ({ ...window, id: expect.stringMatching(/^w-/) }));
    await expect.poll(storedSettings).toEqual({ ...expected, windows });
    expect(validateSettings(await storedSettings()).ok).toBe(true);
    const alert = options.getByRole('alert').filter({ hasText: notice });
    await alert.waitFor();

    // No crash loop: nothing keeps rewriting the settings, the worker answers, and one alarm is set.
    expect(await settingsWritesInASecond(options)).toBe(0);
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(hearth.extensionId);
    expect(await alarmsOf(worker)).toHaveLength(1);

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
  });

  test('settings a newer Hearth wrote are read, never written over, and the page says to update', async () => {
    const newer = { ...defaultSettings(), version: 99, names: { me: 'Ana', partner: 'Ben' }, snoozeMinutes: 15, moodLighting: 'amber' };
    await worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), newer as unknown);
    await options.reload();
    const notice = options.getByRole('alert').filter({ hasText: 'Your settings were saved by a newer version of Hearth.' });
    await notice.getByText(/Update Hearth to change them here\./).waitFor();
    expect(await notice.getByRole('button', { name: 'Dismiss' }).count()).toBe(0);
    // What this version understands is shown, and can't be changed here.
    const partner = options.getByLabel("Your partner's name");
    expect(await partner.inputValue()).toBe('Ben');
    expect(await partner.isDisabled()).toBe(true);

    // The worker runs on what it understands, and neither it nor the page writes the settings.
    expect(await settingsWritesInASecond(options)).toBe(0);
    expect(await alarmsOf(worker)).toHaveLength(1);
    expect(await storedSettings()).toEqual(newer);
  });
});
