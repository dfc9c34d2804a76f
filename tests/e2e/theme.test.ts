import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { storeSettings } from './support/settings';

let hearth: Hearth;

beforeAll(async () => {
  hearth = await launchHearth();
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
});

const LIGHT_BG = 'rgb(255, 250, 245)';
const DARK_BG = 'rgb(30, 25, 22)';

describe('the theme setting', () => {
  test.each([
    ['system', 'light', LIGHT_BG],
    ['system', 'dark', DARK_BG],
    ['dark', 'light', DARK_BG],
    ['light', 'dark', LIGHT_BG],
  ] as const)('theme %s on a %s system gives the popup background %s', async (theme, system, background) => {
    await storeSettings(await hearth.worker(), { theme });
    const popup = await hearth.openPopup();
    await popup.emulateMedia({ colorScheme: system });
    await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    await popup.close();
  });

  test('a change in the options reaches an open popup at once', async () => {
    await storeSettings(await hearth.worker(), { theme: 'light' });
    const popup = await hearth.openPopup();
    await popup.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BG);
    await storeSettings(await hearth.worker(), { theme: 'dark' });
    await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);
    await popup.close();
  });
});
