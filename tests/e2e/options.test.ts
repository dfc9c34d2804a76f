import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CARD_ORIGINS } from '../../utils/platform/card-origins';
import { ClosedShadow } from './support/closed-shadow';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { openOptions, setSiteAccess, storedSettings } from './support/pages';
import { storeSettings, windowAroundNow } from './support/settings';
import { serveTestPage } from './support/test-page';

let hearth: Hearth | undefined;
const profiles: string[] = [];

async function start(profileDir?: string, buildDir?: string): Promise<Hearth> {
  hearth = await launchHearth(profileDir, buildDir);
  if (!profiles.includes(hearth.profileDir)) profiles.push(hearth.profileDir);
  return hearth;
}

afterEach(async () => {
  await hearth?.close();
  hearth = undefined;
  for (const dir of profiles.splice(0)) removeProfile(dir);
});

const snooze = (page: Page) => page.getByLabel('Snooze for (minutes)');
const partner = (page: Page) => page.getByLabel("Your partner's name");
const end = (page: Page) => page.getByLabel('Ends', { exact: true });
const saved = (page: Page) => page.locator('.settings-status').getByText('Saved').waitFor();

describe('the options page, in real Chromium', () => {
  test('keeps a changed setting after reopening the page and after a browser restart', async () => {
    const first = await start();
    const page = await openOptions(first);
    await snooze(page).fill('15');
    await partner(page).fill('Alex');
    await end(page).fill('22:45');
    // Leaving the field saves at once, without waiting for the typing pause.
    await page.keyboard.press('Tab');
    await saved(page);
    await expect
      .poll(async () => storedSettings(await first.worker()))
      .toMatchObject({ snoozeMinutes: 15, names: { partner: 'Alex' }, windows: [{ start: '21:00', end: '22:45' }] });

    await page.reload();
    await snooze(page).waitFor();
    expect(await snooze(page).inputValue()).toBe('15');
    expect(await partner(page).inputValue()).toBe('Alex');
    expect(await end(page).inputValue()).toBe('22:45');
    await page.getByText('In short: Every day 9:00 PM–10:45 PM').waitFor();
    await first.close();

    const second = await start(first.profileDir);
    const again = await openOptions(second);
    expect(await snooze(again).inputValue()).toBe('15');
    expect(await partner(again).inputValue()).toBe('Alex');
    expect(await end(again).inputValue()).toBe('22:45');
  });

  test('refuses an invalid value with an inline message, and stores nothing', async () => {
    const { worker } = await start();
    const page = await openOptions(hearth!);
    await snooze(page).fill('500');
    await page.keyboard.press('Tab');
    await page.getByText('Choose a whole number of minutes from 1 to 120.').waitFor();
    expect(await snooze(page).getAttribute('aria-invalid')).toBe('true');
    // The message is the field's description, so a screen reader reads it with the field.
    expect(await snooze(page).getAttribute('aria-describedby')).toContain(
      await page.getByText('Choose a whole number of minutes from 1 to 120.').getAttribute('id'),
    );
    const before = await storedSettings(await worker());
    expect((before as { snoozeMinutes?: number } | undefined)?.snoozeMinutes ?? 10).toBe(10);

    await snooze(page).fill('10');
    await page.keyboard.press('Tab');
    await expect.poll(() => snooze(page).getAttribute('aria-invalid')).toBeNull();

    await end(page).fill('21:00');
    await page.keyboard.press('Tab');
    await page.getByText('The end time must differ from the start time.').waitFor();
    expect(await end(page).getAttribute('aria-invalid')).toBe('true');
    const stored = await storedSettings(await worker());
    expect(stored).toMatchObject({ windows: [{ start: '21:00', end: '22:00' }], snoozeMinutes: 10 });

    await page.reload();
    await end(page).waitFor();
    expect(await end(page).inputValue()).toBe('22:00');
    expect(await snooze(page).inputValue()).toBe('10');
  });
});

describe('the card permission, in real Chromium (test build: host access granted at install)', () => {
  let site: Awaited<ReturnType<typeof serveTestPage>>;
  beforeAll(async () => {
    site = await serveTestPage();
  });
  afterAll(() => site.close());

  // Granting an optional permission needs the browser's prompt, which automation
  // cannot answer (playwright#32755; CDP's Browser.setPermission covers web
  // permissions, not extension ones, and developerPrivate grants no optional
  // origin). permissions.remove() refuses required permissions, so the test
  // build's host access is taken away and given back the way a user does it,
  // through chrome://extensions' site access. The request itself is tested
  // with fakeBrowser in tests/unit/permissions.test.ts.
  test('the status panel follows a revoked and regranted permission, and a due card nudge falls back to the small window', async () => {
    await start(undefined, TEST_BUILD_DIR);
    const worker = await hearth!.worker();
    const options = await openOptions(hearth!);
    await options.getByText('Nudges appear in a small window.').waitFor();
    // Access the browser already gives is granted at once, without a prompt.
    await options.getByRole('radio', { name: 'In-page card (recommended)' }).check();
    await options.getByText("The in-page card can appear on the page you're reading.").waitFor();
    expect(await storedSettings(worker)).toMatchObject({ style: 'card' });

    await setSiteAccess(hearth!, 'ON_CLICK');
    expect(await worker.evaluate((origins) => chrome.permissions.contains({ origins }), [...CARD_ORIGINS])).toBe(false);
    await options.getByText(/The in-page card can't appear: .* it uses a small window instead\./).waitFor();
    await options.getByRole('button', { name: 'Allow again' }).waitFor();
    await options.getByText("The in-page card can't work: permission missing.").waitFor();

    const page = await hearth!.context.newPage();
    await page.goto(site.url);
    await page.bringToFront();
    const card = await ClosedShadow.open(page);
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 10_000 });
    await storeSettings(worker, { style: 'card', windows: await windowAroundNow(worker, { open: true }) });
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await card.text()).toBeNull();
    await card.close();
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).click();

    await setSiteAccess(hearth!, 'ON_ALL_SITES');
    await options.getByText("The in-page card can appear on the page you're reading.").waitFor();
    expect(await options.getByRole('button', { name: 'Allow again' }).count()).toBe(0);
    expect(await options.getByText("The in-page card can't work: permission missing.").count()).toBe(0);
  });
});
