import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DriverPage, HearthBrowser, LaunchHearth } from '../support/driver';
import { serveTestPage } from '../support/test-page';
import { settingsWith, useBrowsers, waitForText, windowAroundNow } from './session';
import { ZONE_LOOK_AHEAD_MS } from '../../../utils/schedule/zone-look';

type Alarm = { name: string; scheduledTime: number };

const alarms = (extension: DriverPage) => extension.evaluate(() => chrome.alarms.getAll() as Promise<Alarm[]>);

/** The evening log, read with plain IndexedDB from an extension page. */
function eveningRecords(extension: DriverPage): Promise<Array<Record<string, unknown>>> {
  return extension.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('evenings')) return resolve([]);
          const all = db.transaction('evenings').objectStore('evenings').getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<Record<string, unknown>>);
            db.close();
          };
        };
      }),
  );
}

/** Hearth's windows (the browser's, not the connection hour's) and which has the focus. */
function browserWindows(extension: DriverPage): Promise<Array<{ focused: boolean; urls: string[] }>> {
  return extension.evaluate(async () =>
    (await chrome.windows.getAll({ populate: true })).map((w) => ({ focused: w.focused, urls: (w.tabs ?? []).map((t) => t.url ?? '') })),
  );
}

/** The connection hour: the nudge when a window is open, nothing outside it, and the one alarm kept armed. */
export function connectionHourJourneys(launch: LaunchHearth): void {
  const start = useBrowsers(launch);
  let site: Awaited<ReturnType<typeof serveTestPage>>;
  beforeAll(async () => {
    site = await serveTestPage();
  });
  afterAll(() => site.close());

  /** Hearth's extension page first (for the test's own reads), then a web page in front with its search field focused. */
  async function browsing(build: 'shipped' | 'test'): Promise<{ browser: HearthBrowser; extension: DriverPage; page: DriverPage }> {
    const browser = await start({ build });
    const extension = await browser.extension();
    const page = await browser.openWebPage(site.url);
    await page.evaluate(() => document.getElementById('search')?.focus());
    return { browser, extension, page };
  }

  describe('the connection hour', () => {
    test('with a window open now and no host access, the small window appears without taking the focus', async () => {
      const { browser, extension, page } = await browsing('shipped');
      const { windows } = await windowAroundNow(extension, true, 'fallback');
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ style: 'card', windows }));

      const nudge = await browser.waitForExtensionPage('nudge.html');
      await waitForText(nudge, "I'm putting it down");
      // The user's window and field keep the focus: the nudge opened beside them.
      const windowsNow = await browserWindows(extension);
      // (Without host access Hearth can't read the page's address: it is the window without the nudge.)
      const pageWindow = windowsNow.find((w) => !w.urls.some((url) => url.endsWith('/nudge.html')));
      expect(pageWindow?.focused, JSON.stringify(windowsNow)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
      await page.type('still mine');
      expect(await page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value)).toBe('still mine');

      await nudge.click({ role: 'button', name: "I'm putting it down" });
      await expect.poll(async () => (await eveningRecords(extension))[0]).toMatchObject({ settled: 'put-down', nudgesShown: 1 });
      await expect.poll(() => nudge.isClosed()).toBe(true);
    });

    test('with host access, the card appears on the page and typing there is not interrupted', async () => {
      const { browser, extension, page } = await browsing('test');
      const card = await browser.card(page);
      const { windows } = await windowAroundNow(extension, true, 'card');
      await page.type('before ');
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ style: 'card', windows }));

      await expect.poll(() => card.text(), { timeout: 15_000 }).toMatch(/I'm putting it down/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
      await page.type('and after');
      expect(await page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value)).toBe('before and after');
      // The page's own scripts cannot see into the card.
      expect(await page.evaluate(() => document.querySelector('hearth-nudge')?.shadowRoot ?? null)).toBeNull();

      await card.click(/I'm putting it down/);
      await expect.poll(() => card.text()).toBeNull();
      await expect.poll(async () => (await eveningRecords(extension))[0]).toMatchObject({ settled: 'put-down', nudgesShown: 1 });
    });

    test('outside the window nothing appears, and the one alarm waits for the window to open', async () => {
      const { browser, extension, page } = await browsing('test');
      const card = await browser.card(page);
      const { windows, startsAt } = await windowAroundNow(extension, false, 'later');
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ style: 'card', windows }));

      // Hearth has acted on the change once its alarm points at the new start
      // (an hour early, to look for a change of time zone: the window is two hours away).
      await expect.poll(() => alarms(extension)).toEqual([expect.objectContaining({ scheduledTime: startsAt - ZONE_LOOK_AHEAD_MS })]);
      expect(await card.text()).toBeNull();
      expect(await eveningRecords(extension)).toEqual([]);
      const urls = (await browserWindows(extension)).flatMap((w) => w.urls);
      expect(urls.filter((url) => url.endsWith('/nudge.html'))).toEqual([]);
    });

    test('after the background is stopped, its next start re-arms the one alarm', async () => {
      const { browser, extension } = await browsing('test');
      const { windows, startsAt } = await windowAroundNow(extension, false, 'restart');
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ windows }));
      await expect.poll(() => alarms(extension)).toEqual([expect.objectContaining({ scheduledTime: startsAt - ZONE_LOOK_AHEAD_MS })]);

      // Lost, as alarms are across a Firefox restart; then the background stops, as it does when idle.
      await extension.evaluate(() => chrome.alarms.clearAll());
      await browser.stopBackground();
      expect(await alarms(extension)).toEqual([]);
      // Any event starts it again: here, a browser window closing.
      await extension.evaluate(async () => {
        const window = await chrome.windows.create({ url: 'about:blank', focused: false });
        if (window?.id !== undefined) await chrome.windows.remove(window.id);
      });
      await expect.poll(() => alarms(extension)).toEqual([expect.objectContaining({ name: 'hearth-next', scheduledTime: startsAt - ZONE_LOOK_AHEAD_MS })]);
    });
  });
}
