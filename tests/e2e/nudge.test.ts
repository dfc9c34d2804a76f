import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ClosedShadow } from './support/closed-shadow';
import { BUILD_DIR, launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth, type LaunchOptions } from './support/hearth';
import { WorkerStopper } from './support/service-worker';
import { eveningRecords, storeSettings, windowAroundNow } from './support/settings';
import { serveTestPage } from './support/test-page';

let site: Awaited<ReturnType<typeof serveTestPage>>;
let hearth: Hearth | undefined;
let card: ClosedShadow | undefined;

beforeAll(async () => {
  site = await serveTestPage();
});
afterAll(() => site.close());
afterEach(async () => {
  await card?.close();
  card = undefined;
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

async function browsing(buildDir = TEST_BUILD_DIR, path = '', options: LaunchOptions = {}): Promise<{ page: Page }> {
  hearth = await launchHearth(undefined, buildDir, options);
  const page = hearth.context.pages()[0] ?? (await hearth.context.newPage());
  await page.goto(site.url + path);
  await page.bringToFront();
  card = await ClosedShadow.open(page);
  return { page };
}

/** Starts the evening now: a window that includes this minute, shown as the in-page card. */
async function startEvening(overrides: Parameters<typeof storeSettings>[1] = {}) {
  const worker = await hearth!.worker();
  await storeSettings(worker, { style: 'card', windows: await windowAroundNow(worker, { open: true }), ...overrides });
}

const cardText = () => card!.text();

describe('the evening nudge, in real Chromium', () => {
  test('appears on the active page within seconds, without taking focus, and "I\'m putting it down" settles the evening', async () => {
    const { page } = await browsing();
    await page.locator('#search').focus();
    await startEvening();

    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);
    // The user's text field keeps focus; the page is not covered.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('still typing');
    expect(await page.locator('#search').inputValue()).toBe('still typing');
    // The page's own scripts cannot see into the card.
    expect(await page.evaluate(() => document.querySelector('hearth-nudge')?.shadowRoot ?? null)).toBeNull();

    await card!.click(/I'm putting it down/);
    await expect.poll(cardText).toBeNull();
    const worker = await hearth!.worker();
    await expect.poll(async () => (await eveningRecords(worker))[0]).toMatchObject({ settled: 'put-down', nudgesShown: 1 });
  });

  test('the focus-nudge command moves focus into the card, on its main action, and Esc there dismisses it', async () => {
    const { page } = await browsing();
    await page.locator('#search').focus();
    await startEvening({ repeatEveryMinutes: 120 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);
    expect(await card!.focused()).toBeNull();
    // What the background sends the card's tab when the user presses the command's keys.
    const worker = await hearth!.worker();
    await worker.evaluate(async () => {
      const { currentNudge } = (await chrome.storage.session.get('currentNudge')) as { currentNudge: { nudgeId: string; delivery: { tabId: number } } };
      await chrome.tabs.sendMessage(currentNudge.delivery.tabId, { type: 'nudge/focus', nudgeId: currentNudge.nudgeId });
    });
    await expect.poll(async () => (await card!.focused())?.name).toBe("I'm putting it down");
    await page.keyboard.press('Escape');
    await expect.poll(cardText).toBeNull();
    await expect.poll(async () => (await eveningRecords(worker))[0]?.dismissedAt).toBeTypeOf('number');
  });

  test('the card never covers the page: a small card in the bottom corner, its frame no larger than the card', async () => {
    // A common laptop viewport; the card is 340 px wide and grows with the note open.
    const viewport = { width: 1280, height: 800 };
    const { page } = await browsing(TEST_BUILD_DIR, '', { viewport });
    await startEvening({ repeatEveryMinutes: 120 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);
    const inCorner = async () => {
      const box = (await card!.box())!;
      expect(box.width * box.height, 'covers at most 15% of the page').toBeLessThan(0.15 * viewport.width * viewport.height);
      expect(viewport.width - (box.x + box.width)).toBeCloseTo(16, 0);
      expect(viewport.height - (box.y + box.height)).toBeCloseTo(16, 0);
      // The frame is exactly the card: no invisible margin of it lies over the page.
      const frame = (await card!.frame())!;
      expect(Math.abs(box.height - (await frame.evaluate(() => document.querySelector('section')!.offsetHeight)))).toBeLessThanOrEqual(1);
      // The page under the rest of the viewport is still the page's: its own element answers there.
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x - 8, box.y + box.height / 2])).not.toBe('hearth-nudge');
      return box;
    };
    const closed = await inCorner();
    await card!.click(/Write an appreciation note/);
    await expect.poll(async () => (await card!.box())!.height).toBeGreaterThan(closed.height);
    await inCorner();
  });

  test('only the tab that shows the card has it: switching tabs does not bring the nudge along', async () => {
    await browsing();
    await startEvening({ repeatEveryMinutes: 120 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);

    const other = await hearth!.context.newPage();
    await other.goto(site.url);
    await other.bringToFront();
    const otherCard = await ClosedShadow.open(other);
    // The worker wakes (its alarm fires now) while the user is on the new tab; once that run is over, nothing followed.
    const worker = await hearth!.worker();
    const since = await worker.evaluate(() => Date.now());
    await worker.evaluate(() => chrome.alarms.create('hearth-next', { when: Date.now() }));
    await expect.poll(() => reconciledAt(worker), { timeout: 10_000 }).toBeGreaterThan(since);
    expect(await otherCard.text()).toBeNull();
    expect(await cardText()).toMatch(/I'm putting it down/);
    await otherCard.close();
  });

  test('snooze takes the card away and brings it back after the (shortened) snooze', async () => {
    await browsing();
    // The test build runs timers 60× faster: 1 minute of snooze is 1 second.
    await startEvening({ snoozeMinutes: 2 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/Snooze 2 min/);
    await card!.click(/Snooze/);
    await expect.poll(cardText).toBeNull();
    await expect.poll(cardText, { timeout: 15_000 }).toMatch(/I'm putting it down/);
    const [evening] = await eveningRecords(await hearth!.worker());
    expect(evening).toMatchObject({ snoozes: 1, nudgesShown: 2 });
  });

  test('switching nudges off takes the card on screen down at once (issue 17)', async () => {
    await browsing();
    await startEvening();
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);
    const worker = await hearth!.worker();
    const { settings } = await worker.evaluate(() => chrome.storage.sync.get('settings'));
    await storeSettings(worker, { ...(settings as object), enabled: false });
    await expect.poll(cardText).toBeNull();
    expect(await worker.evaluate(() => chrome.storage.session.get('currentNudge'))).toEqual({});
  });

  test('with a window that excludes now, no card appears and no script is injected', async () => {
    const { page } = await browsing();
    const cdp = await page.context().newCDPSession(page);
    const contexts: string[] = [];
    // A content script runs in an isolated world whose origin is the extension's.
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(String(context.origin)));
    await cdp.send('Runtime.enable');
    const worker = await hearth!.worker();
    const since = await worker.evaluate(() => Date.now());
    await storeSettings(worker, { style: 'card', windows: await windowAroundNow(worker, { open: false }) });
    // The run for the new settings is over once it has recorded itself; only then is "nothing happened" true.
    await expect.poll(() => reconciledAt(worker), { timeout: 10_000 }).toBeGreaterThan(since);
    expect(await cardText()).toBeNull();
    expect(contexts.length).toBeGreaterThan(0);
    expect(contexts.filter((origin) => origin.startsWith('chrome-extension://'))).toEqual([]);
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms).toHaveLength(1);
    // Re-armed for the window two hours ahead (or the look for a changed time zone an hour before it).
    expect(alarms[0]!.scheduledTime).toBeGreaterThan(since + 50 * 60_000);
  });

  test('after the service worker is stopped, the next nudge still arrives', async () => {
    const { page } = await browsing();
    await startEvening({ snoozeMinutes: 3 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/Snooze 3 min/);
    await card!.click(/Snooze/);
    await expect.poll(cardText).toBeNull();

    const stopper = await WorkerStopper.open(hearth!);
    await stopper.stop();
    await stopper.close();
    await page.bringToFront();
    await expect.poll(cardText, { timeout: 20_000 }).toMatch(/I'm putting it down/);
  });

  test('a note written in the card shows up in the popup', async () => {
    const { page } = await browsing();
    await startEvening();
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/Write an appreciation note/);
    await card!.click(/Write an appreciation note/);
    await card!.focus('textarea', /Appreciation note/);
    await page.keyboard.type('You saved me the last dumpling.');
    // The page's scripts find neither the note being written nor anything else of the card.
    const prompt = (await cardText())!.match(/Time for the two of you(.+?)Maybe put/)?.[1];
    expect(prompt).toBeTruthy();
    // (The page's own heading is the control: the search does find what the page holds.)
    expect(await pageCanSee(page, ['Reading the news', 'You saved me the last dumpling.', prompt!, "I'm putting it down"])).toEqual([
      'Reading the news',
    ]);
    await page.keyboard.press('Enter');
    await expect.poll(cardText).toMatch(/Note saved/);
    expect(await pageCanSee(page, ['You saved me the last dumpling.', 'Note saved'])).toEqual([]);

    const popup = await hearth!.openPopup();
    await popup.getByText('You saved me the last dumpling.').waitFor();
    expect(await popup.getByText('written during your connection hour').count()).toBe(1);
    const [evening] = await eveningRecords(await hearth!.worker());
    expect(evening).toMatchObject({ notesWritten: 1 });
  });

  test('a page listening to every key, first, hears nothing typed in the card, and reads neither the prompt nor the note (issue 14)', async () => {
    const { page } = await browsing(TEST_BUILD_DIR, 'listening');
    await page.evaluate(() => ((window as unknown as { heard: string[] }).heard = []));
    // The control: the page does hear what is typed into its own field.
    await page.locator('#search').focus();
    await page.keyboard.type('ab');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toContain('keydown:a');
    await page.evaluate(() => ((window as unknown as { heard: string[] }).heard = []));

    await startEvening({ repeatEveryMinutes: 120 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/Write an appreciation note/);
    await card!.click(/Write an appreciation note/);
    await card!.focus('input', /Appreciation note/);
    await page.keyboard.type('Thank you for listening to me.');
    await page.keyboard.press('Enter');
    await expect.poll(cardText).toMatch(/Note saved/);
    const prompt = (await cardText())!.match(/Time for the two of you(.+?)Maybe put/)?.[1];
    expect(prompt).toBeTruthy();
    expect(await pageCanSee(page, ['Reading the news', 'Thank you for listening to me.', prompt!])).toEqual(['Reading the news']);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    const popup = await hearth!.openPopup();
    await popup.getByText('Thank you for listening to me.').waitFor();
  });

  test.each(['no-frames', 'no-child-frames'])("on a page whose policy names no frame source (%s), Chromium still lets the card's own frame in", async (path) => {
    await browsing(TEST_BUILD_DIR, path);
    await startEvening({ repeatEveryMinutes: 120 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);
    expect((await hearth!.worker().then((w) => w.evaluate(() => chrome.storage.session.get('currentNudge')))).currentNudge).toMatchObject({
      delivery: { via: 'card' },
    });
  });

  test('on a page whose policy keeps its frames from running scripts (a sandbox, as raw.githubusercontent.com serves files), the small window appears instead (issue 14)', async () => {
    await browsing(TEST_BUILD_DIR, 'sandboxed');
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 15_000 });
    await startEvening();
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await cardText()).toBeNull();
    const worker = await hearth!.worker();
    expect(await worker.evaluate(() => chrome.storage.session.get('currentNudge'))).toMatchObject({ currentNudge: { delivery: { via: 'window' } } });
  });

  test('a note half-written in the card is back in the next nudge after the page reloads, and gone once saved', async () => {
    const { page } = await browsing();
    // The test build runs timers 60× faster: the 5-minute repeat takes 5 seconds.
    await startEvening({ repeatEveryMinutes: 5 });
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/Write an appreciation note/);
    await card!.click(/Write an appreciation note/);
    await card!.focus('textarea', /Appreciation note/);
    await page.keyboard.type('You always know when I need');

    // A refresh or a link: the card and everything in it are gone.
    await page.reload();
    await expect.poll(cardText, { timeout: 15_000 }).toMatch(/Write an appreciation note/);
    await card!.click(/Write an appreciation note/);
    expect(await card!.value('textarea', /Appreciation note/)).toBe('You always know when I need');
    expect(await cardText()).toMatch(/Your unsaved draft is back/);
    // The draft went to the extension, never into the page's own storage.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    await card!.focus('textarea', /Appreciation note/);
    await page.keyboard.type(' a cup of tea.');
    await page.keyboard.press('Enter');
    await expect.poll(cardText).toMatch(/Note saved/);
    const popup = await hearth!.openPopup();
    await popup.getByText('You always know when I need a cup of tea.').waitFor();
    // Saved, so the next nudge starts with an empty note.
    const worker = await hearth!.worker();
    expect(await worker.evaluate(() => chrome.storage.local.get('nudgeNoteDraft'))).toEqual({});
  });

  test('a web page cannot talk to Hearth, even with the card on it', async () => {
    const { page } = await browsing();
    await startEvening();
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/I'm putting it down/);

    // The card's script runs in an isolated world; the page's own world has no
    // extension messaging (the manifest has no externally_connectable).
    const runtime = await page.evaluate(() => {
      const chromeGlobal = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return { runtime: typeof chromeGlobal?.runtime, sendMessage: typeof chromeGlobal?.runtime?.sendMessage };
    });
    expect(runtime).toEqual({ runtime: 'undefined', sendMessage: 'undefined' });
    // Nor does the card take orders posted to the page: once the page has its
    // own message back, every listener has had it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.addEventListener('message', () => resolve(), { once: true });
          window.postMessage({ type: 'nudge/act', action: 'put-down' }, '*');
        }),
    );
    const worker = await hearth!.worker();
    expect(await cardText()).toMatch(/I'm putting it down/);
    expect((await eveningRecords(worker))[0]).toMatchObject({ settled: null });
  });

  test.each(['image.svg', 'feed.xml'])('on a page without an HTML body (%s), the small window appears instead of a card that cannot', async (path) => {
    await browsing(TEST_BUILD_DIR, path);
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 10_000 });
    await startEvening();
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    const worker = await hearth!.worker();
    const current = await worker.evaluate(() => chrome.storage.session.get('currentNudge'));
    expect(current).toMatchObject({ currentNudge: { delivery: { via: 'window' } } });
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).click();
    await expect.poll(async () => (await eveningRecords(worker))[0]).toMatchObject({ settled: 'put-down', nudgesShown: 1 });
  });

  test('with a browser window larger than its screen, the small window still appears (issue 14)', async () => {
    // Playwright's default viewport makes headless Chromium's window reach past its screen,
    // where a window placed in its corner is refused ("Bounds must be at least 50% within visible screen space").
    await browsing(TEST_BUILD_DIR, '', { viewport: { width: 1280, height: 720 } });
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 10_000 });
    await startEvening({ style: 'window' });
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    const worker = await hearth!.worker();
    await expect.poll(async () => (await eveningRecords(worker))[0]).toMatchObject({ nudgesShown: 1 });
    expect((await eveningRecords(worker))[0]?.undelivered).toBeUndefined();
  });

  test.each([
    ['a browser page', 'chrome://version/'],
    ['the web store', 'https://chromewebstore.google.com/'],
    ['a PDF', 'PDF'],
  ])('on %s, the small window appears instead of the card', async (_what, url) => {
    const { page } = await browsing();
    await page.goto(url === 'PDF' ? `${site.url}doc.pdf` : url).catch(() => undefined);
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 15_000 });
    await startEvening();
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await cardText()).toBeNull();
    const worker = await hearth!.worker();
    expect(await worker.evaluate(() => chrome.storage.session.get('currentNudge'))).toMatchObject({ currentNudge: { delivery: { via: 'window' } } });
  });

  test('as a system notification: shown, with its two answers, and no window', async () => {
    await browsing();
    const worker = await hearth!.worker();
    // Records what Hearth asks the browser to show (the notification's own text and buttons are the system's to draw).
    await worker.evaluate(() => {
      const notifications = chrome.notifications as unknown as { create: (id: string, options: unknown) => Promise<string> };
      const create = notifications.create.bind(notifications);
      const shown: unknown[] = [];
      (globalThis as { shownNotifications?: unknown[] }).shownNotifications = shown;
      notifications.create = (id, options) => {
        shown.push(options);
        return create(id, options);
      };
    });
    await storeSettings(worker, { style: 'notification', repeatEveryMinutes: 120, windows: await windowAroundNow(worker, { open: true }) });
    await expect.poll(async () => (await eveningRecords(worker))[0]?.nudgesShown, { timeout: 10_000 }).toBe(1);
    const { currentNudge } = (await worker.evaluate(() => chrome.storage.session.get('currentNudge'))) as {
      currentNudge: { prompt: string; delivery: { via: string; notificationId: string } };
    };
    expect(currentNudge.delivery.via).toBe('notification');
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual([currentNudge.delivery.notificationId]);
    expect(await worker.evaluate(() => (globalThis as { shownNotifications?: unknown[] }).shownNotifications)).toEqual([
      expect.objectContaining({
        title: 'Your connection hour',
        message: currentNudge.prompt,
        buttons: [{ title: "I'm putting it down" }, { title: 'Snooze' }],
      }),
    ]);
    expect(hearth!.context.pages().filter((p) => p.url().endsWith('/nudge.html'))).toEqual([]);
  });

  test('as a system notification without the permission (the shipped build), the small window appears instead', async () => {
    await browsing(BUILD_DIR);
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 10_000 });
    const worker = await hearth!.worker();
    await storeSettings(worker, { style: 'notification', windows: await windowAroundNow(worker, { open: true }) });
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await worker.evaluate(() => chrome.storage.session.get('currentNudge'))).toMatchObject({ currentNudge: { delivery: { via: 'window' } } });
  });

  test('without host permission (the shipped build), the small window appears instead', async () => {
    await browsing(BUILD_DIR);
    const opened = hearth!.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 10_000 });
    await startEvening();
    const nudgeWindow = await opened;
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await cardText()).toBeNull();
    await nudgeWindow.getByRole('button', { name: "I'm putting it down" }).click();
    await expect.poll(() => nudgeWindow.isClosed()).toBe(true);
    await expect.poll(async () => (await eveningRecords(await hearth!.worker()))[0]).toMatchObject({ settled: 'put-down' });
  });
});

/** Stops every running service worker through the DevTools protocol, as Chrome does when idle. */

/** When the worker last finished a run (reconcile), as it records at the end of each. */
async function reconciledAt(worker: Awaited<ReturnType<Hearth['worker']>>): Promise<number> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('lastReconciledAt')).lastReconciledAt as number | undefined) ?? 0);
}

/** Which of `texts` the page's own scripts can find, by every means a page has to read its document. */
async function pageCanSee(page: Page, texts: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const host = document.querySelector('hearth-nudge');
    const readable = [
      new XMLSerializer().serializeToString(document),
      document.documentElement.textContent ?? '',
      document.body.innerText,
      host?.shadowRoot?.textContent ?? '',
      // What a page would read from the focused element: the host, not the field inside it.
      (document.activeElement as HTMLInputElement | null)?.value ?? '',
      getSelection()?.toString() ?? '',
    ].join('\n');
    return wanted.filter((text) => readable.includes(text));
  }, texts);
}
