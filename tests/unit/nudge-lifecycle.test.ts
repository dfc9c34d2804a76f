import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCurrentNudge } from '../../entrypoints/background/current-nudge';
import { withdrawNudge } from '../../entrypoints/background/deliver';
import { act } from '../../entrypoints/background/messages';
import { watchNudgeSurfaces } from '../../entrypoints/background/nudge-surfaces';
import { reconcile } from '../../entrypoints/background/reconcile';
import { createEveningRepository } from '../../utils/db/evenings';
import { getDatabase } from '../../utils/db/schema';
import { defaultSettings, type Settings } from '../../utils/settings';
import { SETTINGS_KEY } from '../../utils/settings/store';

// The machine zone is pinned to UTC in tests/setup/unit.ts; one test moves it.
const at = (iso: string) => Date.parse(iso);
// An id of this install's own: a stored 'default' would be given a new one on load (utils/settings/window-ids.ts).
const tonight = { day: '2026-11-25', windowId: 'evening' };
const evening = () => createEveningRepository(getDatabase()).get(tonight);

function settings(overrides: Partial<Settings> = {}): Settings {
  const windows = defaultSettings().windows.map((window) => ({ ...window, id: tonight.windowId }));
  return { ...defaultSettings(), windows, style: 'window', ...overrides };
}

async function storeSettings(value: Settings) {
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: value });
}

/** An event this test can fire, for the APIs fakeBrowser lacks. */
function event<T extends unknown[]>() {
  const listeners: Array<(...args: T) => unknown> = [];
  return {
    addListener: (listener: (...args: T) => unknown) => void listeners.push(listener),
    removeListener: vi.fn(),
    hasListener: (listener: (...args: T) => unknown) => listeners.includes(listener),
    trigger: (...args: T) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/** Firefox reports a closed notification with its id alone, no byUser. */
const closedAsFirefoxSaysIt = (id: string) => (fakeBrowser.notifications.onClosed.trigger as (id: string) => Promise<unknown>)(id);

let created: number[];
let removed: number[];
let permissionAdded: ReturnType<typeof event<[{ permissions?: string[] }]>>;
const onScreen = () => created.filter((id) => !removed.includes(id));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  created = [];
  removed = [];
  permissionAdded = event();
  Object.assign(fakeBrowser, {
    commands: { onCommand: { addListener: vi.fn() } },
    idle: { queryState: vi.fn(async () => 'active'), onStateChanged: { addListener: vi.fn() } },
  });
  Object.assign(fakeBrowser.permissions, { onAdded: permissionAdded });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async () => {
    created.push(900 + created.length + 1);
    return { id: created.at(-1) } as never;
  });
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true } as never);
  vi.spyOn(fakeBrowser.windows, 'remove').mockImplementation(async (id) => void removed.push(id));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a card that never appears (defect 1)', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, url: 'https://example.org/feed.xml' }] as never);
  });

  test('is not counted as shown: the small window opens instead', async () => {
    // The card script ran, but found no HTML body to hold the card.
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: false }] as never);
    await storeSettings(settings({ style: 'card' }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 901 });
    expect(await evening()).toMatchObject({ nudgesShown: 1 });
  });

  test('a card the script reports on the page is recorded as the card', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: true }] as never);
    await storeSettings(settings({ style: 'card' }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'card', tabId: 5 });
    expect(created).toEqual([]);
  });
});

describe('a nudge whose window is no longer open under new settings is taken down at once (defect 2)', () => {
  test.each<[string, Partial<Settings>]>([
    ['nudges switched off', { enabled: false }],
    ['a holiday pause', { pausedUntil: '2026-11-28' }],
    ['the window moved earlier', { windows: [{ id: tonight.windowId, days: [0, 1, 2, 3, 4, 5, 6], start: '19:00', end: '20:00' }] }],
    ['the window shortened so it has ended', { windows: [{ id: tonight.windowId, days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '21:05' }] }],
    ['the window removed for another', { windows: [{ id: 'other', days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '22:00' }] }],
  ])('%s', async (_case, change) => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect(onScreen()).toEqual([901]);

    vi.setSystemTime(at('2026-11-25T21:10:00Z'));
    await storeSettings(settings(change));
    await reconcile('settings');
    expect(removed).toContain(901);
    expect((await getCurrentNudge())?.occurrence.windowId ?? null).not.toBe(tonight.windowId);
  });

  test('a change that leaves its window open (a longer snooze) leaves it on screen', async () => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    vi.setSystemTime(at('2026-11-25T21:10:00Z'));
    await storeSettings(settings({ snoozeMinutes: 30, windows: [{ id: tonight.windowId, days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '23:00' }] }));
    await reconcile('settings');
    expect(onScreen()).toEqual([901]);
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 901 });
  });
});

describe('an answer and the scheduler never race (defect 3)', () => {
  /** Holds the next read of the settings until `release`, as a slow storage would. */
  function holdNextSettingsRead() {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const read = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementationOnce(async (keys) => {
      await held;
      return read(keys);
    });
    return () => release();
  }

  test('"I\'m putting it down" answered as the repeat fires leaves no nudge on screen', async () => {
    await storeSettings(settings({ repeatEveryMinutes: 20 }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    const first = (await getCurrentNudge())!.nudgeId;

    vi.setSystemTime(at('2026-11-25T21:20:00Z'));
    const release = holdNextSettingsRead();
    // The answer starts first and stalls; the repeat's alarm fires meanwhile.
    const answering = act(first, 'put-down', Date.now());
    const repeating = reconcile('alarm');
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([answering, repeating]);

    expect(await evening()).toMatchObject({ settled: 'put-down' });
    expect(onScreen()).toEqual([]);
    expect(await getCurrentNudge()).toBeNull();
  });

  test('an answer to the nudge the repeat has just replaced settles the evening and takes the new one down', async () => {
    await storeSettings(settings({ repeatEveryMinutes: 20 }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    const first = (await getCurrentNudge())!.nudgeId;
    vi.setSystemTime(at('2026-11-25T21:20:00Z'));
    await reconcile('alarm');
    expect(onScreen()).toEqual([902]);

    expect(await act(first, 'put-down', Date.now())).toBe(true);
    expect(await evening()).toMatchObject({ settled: 'put-down', nudgesShown: 2 });
    expect(onScreen()).toEqual([]);
    expect(await getCurrentNudge()).toBeNull();
  });
});

describe('a notification nudge (defects 4 and 5)', () => {
  async function notificationNudge() {
    await storeSettings(settings({ style: 'notification' }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    const delivery = (await getCurrentNudge())?.delivery;
    expect(delivery).toMatchObject({ via: 'notification' });
    return (delivery as { notificationId: string }).notificationId;
  }

  test('a click on it (Firefox has no buttons) opens the small window, focused, with the same nudge', async () => {
    watchNudgeSurfaces();
    const id = await notificationNudge();
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(async () => expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 901 }));
    expect(fakeBrowser.windows.create).toHaveBeenCalledWith(expect.objectContaining({ focused: true }));
    expect((await getCurrentNudge())?.nudgeId).toBe(nudgeId);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // Firefox then reports the notification closed: that is not the user dismissing the nudge.
    await closedAsFirefoxSaysIt(id);
    await reconcile('after');
    expect(await evening()).toMatchObject({ dismissedAt: null });
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 901 });
  });

  test('closed without byUser (Firefox) counts as dismissed; closed by the system (byUser: false) does not', async () => {
    watchNudgeSurfaces();
    const id = await notificationNudge();
    await fakeBrowser.notifications.onClosed.trigger(id, false);
    await reconcile('after');
    expect(await evening()).toMatchObject({ dismissedAt: null });

    vi.setSystemTime(at('2026-11-25T21:01:00Z'));
    await closedAsFirefoxSaysIt(id);
    await vi.waitFor(async () => expect(await evening()).toMatchObject({ dismissedAt: at('2026-11-25T21:01:00Z') }));
    expect(await getCurrentNudge()).toBeNull();
  });

  test('its buttons work in a worker that started before the permission was granted', async () => {
    const notifications = fakeBrowser.notifications;
    // Before the grant, the browser has no notifications API at all.
    Object.assign(fakeBrowser, { notifications: undefined });
    onTestFinished(() => void Object.assign(fakeBrowser, { notifications }));
    watchNudgeSurfaces();
    // Granted in the options page while this worker runs.
    Object.assign(fakeBrowser, { notifications });
    await permissionAdded.trigger({ permissions: ['notifications'] });

    const id = await notificationNudge();
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    await vi.waitFor(async () => expect(await evening()).toMatchObject({ settled: 'put-down' }));
  });

  test('listening twice (granted again) answers a button once', async () => {
    watchNudgeSurfaces();
    await permissionAdded.trigger({ permissions: ['notifications'] });
    const id = await notificationNudge();
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await vi.waitFor(async () => expect(await evening()).toMatchObject({ snoozes: 1 }));
    await reconcile('after');
    expect(await evening()).toMatchObject({ snoozes: 1 });
  });
});

describe('a card whose delivery was not yet recorded (defect 7)', () => {
  test('is recorded with its tab before the script is injected, so it can be withdrawn from that tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, url: 'https://example.org/' }] as never);
    // The worker stops while the script is being injected: the call never returns.
    let finish: (value: never) => void = () => {};
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockReturnValue(new Promise((resolve) => (finish = resolve)));
    await storeSettings(settings({ style: 'card' }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    const run = reconcile('alarm');
    onTestFinished(() => {
      finish([{ frameId: 0, result: true }] as never);
      return run;
    });
    await vi.waitFor(() => expect(fakeBrowser.scripting.executeScript).toHaveBeenCalled());

    const stored = await getCurrentNudge();
    expect(stored?.delivery).toEqual({ via: 'card', tabId: 5 });
    // What the next worker does with that record at the window's end.
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await withdrawNudge(stored!.delivery, stored!.nudgeId);
    expect(sent).toHaveBeenCalledWith(5, { type: 'nudge/close', nudgeId: stored!.nudgeId });
  });
});

describe('a change of time zone between arming the alarm and the window (defect 6)', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  /** Fires the armed alarm again and again, as the browser would, until a nudge shows or `until` passes. */
  async function followAlarmsUntilNudged(until: number): Promise<number | null> {
    for (let wakes = 0; wakes < 20; wakes++) {
      const [alarm] = await fakeBrowser.alarms.getAll();
      if (!alarm || alarm.scheduledTime > until) return null;
      vi.setSystemTime(alarm.scheduledTime);
      await reconcile('alarm');
      const nudge = await getCurrentNudge();
      if (nudge) return nudge.shownAt;
    }
    return null;
  }

  test('London to Berlin in the afternoon: the nudge comes at 21:00 Berlin time, not at 21:00 London time', async () => {
    process.env.TZ = 'Europe/London';
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T09:00:00Z'));
    await reconcile('startup');
    // The train crosses the border at 19:30 London time; nothing else wakes Hearth.
    vi.setSystemTime(at('2026-11-25T19:30:00Z'));
    process.env.TZ = 'Europe/Berlin';
    const shownAt = await followAlarmsUntilNudged(at('2026-11-25T23:00:00Z'));
    // 21:00–22:00 in Berlin is 20:00–21:00 UTC.
    expect(shownAt).toBe(at('2026-11-25T20:00:00Z'));
  });
});

describe('a small window the browser refuses (issue 14)', () => {
  const refused = () => Promise.reject(new Error('Bounds must be at least 50% within visible screen space.'));

  beforeEach(() => {
    // A browser window reaching past the screen's edge, as in headless Chromium's default 1280×720.
    vi.mocked(fakeBrowser.windows.getLastFocused).mockResolvedValue({ id: 1, focused: true, left: 0, top: 0, width: 1280, height: 800 } as never);
  });

  test('refused with a position, it opens without one', async () => {
    vi.mocked(fakeBrowser.windows.create).mockImplementation(async (options) => {
      if (options?.left !== undefined) return refused();
      created.push(900 + created.length + 1);
      return { id: created.at(-1) } as never;
    });
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 901 });
    expect(vi.mocked(fakeBrowser.windows.create).mock.calls.map(([options]) => options?.left !== undefined)).toEqual([true, false]);
    expect(await evening()).toMatchObject({ nudgesShown: 1 });
  });

  test('refused altogether, a notification shows instead where it is allowed', async () => {
    vi.mocked(fakeBrowser.windows.create).mockImplementation(refused);
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect((await getCurrentNudge())?.delivery).toMatchObject({ via: 'notification' });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
    expect(await evening()).toMatchObject({ nudgesShown: 1 });
  });

  test('with no way to show it, the evening and the options status record it, and the next try waits one repeat', async () => {
    vi.mocked(fakeBrowser.windows.create).mockImplementation(refused);
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false);
    await storeSettings(settings({ repeatEveryMinutes: 20 }));
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect(await getCurrentNudge()).toBeNull();
    expect(await evening()).toMatchObject({ nudgesShown: 0, undelivered: 1 });
    expect(await fakeBrowser.storage.local.get('nudgeUndelivered')).toEqual({ nudgeUndelivered: { at: at('2026-11-25T21:00:00Z') } });
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T21:20:00Z') })]);

    // The user moves the window back on screen: the next try shows it, and the status clears.
    vi.mocked(fakeBrowser.windows.create).mockResolvedValue({ id: 950 } as never);
    vi.setSystemTime(at('2026-11-25T21:20:00Z'));
    await reconcile('alarm');
    expect(await evening()).toMatchObject({ nudgesShown: 1, undelivered: 1 });
    expect(await fakeBrowser.storage.local.get('nudgeUndelivered')).toEqual({});
  });
});
