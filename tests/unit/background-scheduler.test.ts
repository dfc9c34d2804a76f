import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index';
import { ALARM_NAME } from '../../entrypoints/background/alarm';
import { getCurrentNudge, setCurrentNudge } from '../../entrypoints/background/current-nudge';
import { watchNudgeSurfaces } from '../../entrypoints/background/nudge-surfaces';
import { reconcile } from '../../entrypoints/background/reconcile';
import { createEveningRepository } from '../../utils/db/evenings';
import { getDatabase } from '../../utils/db/schema';
import { defaultSettings, type Settings } from '../../utils/settings';
import { SETTINGS_KEY } from '../../utils/settings/store';
import { readValidatedSettings } from '../../utils/settings/validated';

// PouchDB reads the worker's `self` as it loads, which Node lacks. Nothing
// here is paired, so it is never constructed (background-sharing-sync.test.ts
// covers the sync itself); a stand-in lets the worker's main load.
vi.mock('pouchdb-browser', () => ({ default: class {} }));

// The machine zone for these tests is pinned in tests/setup/unit.ts (UTC).
const at = (iso: string) => Date.parse(iso);

// An id of this install's own: a stored 'default' would be given a new one on load (utils/settings/window-ids.ts).
const WINDOW_ID = 'evening';

function settings(overrides: Partial<Settings> = {}): Settings {
  const windows = defaultSettings().windows.map((window) => ({ ...window, id: WINDOW_ID }));
  return { ...defaultSettings(), windows, style: 'window', ...overrides };
}

async function storeSettings(value: Settings) {
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: value });
}

async function alarms() {
  return fakeBrowser.alarms.getAll();
}

let idleState: 'active' | 'idle' | 'locked';
let windowsCreated: number;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  idleState = 'active';
  windowsCreated = 0;
  // fakeBrowser has no idle or commands API; give it ones this test controls.
  Object.assign(fakeBrowser, {
    commands: { onCommand: { addListener: vi.fn() } },
    idle: {
      queryState: vi.fn(async () => idleState),
      onStateChanged: { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() },
    },
  });
  // Nor a permissions.onAdded: the notification listeners wait on it.
  Object.assign(fakeBrowser.permissions, { onAdded: { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() } });
  await fakeBrowser.windows.create({ focused: true, type: 'normal' });
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async () => ({ id: 900 + ++windowsCreated }) as never);
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true } as never);
  vi.spyOn(fakeBrowser.windows, 'remove').mockResolvedValue(undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the validated settings pages read', () => {
  test('are published by every run, as loaded: stored ones as they are, corrupt ones as the safe defaults', async () => {
    vi.setSystemTime(at('2026-11-25T15:00:00Z'));
    await storeSettings(settings({ snoozeMinutes: 25 }));
    await reconcile('test');
    expect(await readValidatedSettings()).toEqual(settings({ snoozeMinutes: 25 }));

    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 'garbage' } });
    await reconcile('settings');
    const defaults = defaultSettings();
    expect(await readValidatedSettings()).toEqual({ ...defaults, windows: defaults.windows.map((window) => ({ ...window, id: expect.stringMatching(/^w-/) })) });
  });
});

describe('the single alarm', () => {
  test('outside the window, it is set an hour before the next window start (to notice a new time zone), then for the start; only one exists', async () => {
    vi.setSystemTime(at('2026-11-25T15:00:00Z'));
    await storeSettings(settings());
    await reconcile('test');
    await reconcile('test again');
    expect(await alarms()).toEqual([expect.objectContaining({ name: ALARM_NAME, scheduledTime: at('2026-11-25T20:00:00Z') })]);
    vi.setSystemTime(at('2026-11-25T20:00:00Z'));
    await reconcile('alarm');
    expect(await alarms()).toEqual([expect.objectContaining({ name: ALARM_NAME, scheduledTime: at('2026-11-25T21:00:00Z') })]);
  });

  test('when it fires inside the window, a nudge shows and the alarm moves to the next repeat', async () => {
    await storeSettings(settings({ repeatEveryMinutes: 20 }));
    vi.setSystemTime(at('2026-11-25T21:00:05Z'));
    await reconcile('alarm');
    expect(windowsCreated).toBe(1);
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 901 });
    expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T21:20:05Z') })]);
    const evening = await createEveningRepository(getDatabase()).get({ day: '2026-11-25', windowId: WINDOW_ID });
    expect(evening).toMatchObject({ nudgesShown: 1, lastNudgeAt: at('2026-11-25T21:00:05Z'), sawActivity: true });
  });

  test('a repeat replaces the window on screen, and its closing is not taken for the user dismissing it', async () => {
    await storeSettings(settings({ repeatEveryMinutes: 20 }));
    watchNudgeSurfaces();
    // The browser reports a removed window at once, before the run goes on.
    vi.mocked(fakeBrowser.windows.remove).mockImplementation(async (windowId) => {
      await fakeBrowser.windows.onRemoved.trigger(windowId);
    });
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    vi.setSystemTime(at('2026-11-25T21:20:00Z'));
    await reconcile('alarm');

    expect(fakeBrowser.windows.remove).toHaveBeenCalledWith(901);
    expect((await getCurrentNudge())?.delivery).toEqual({ via: 'window', windowId: 902 });
    const evening = await createEveningRepository(getDatabase()).get({ day: '2026-11-25', windowId: WINDOW_ID });
    expect(evening).toMatchObject({ nudgesShown: 2, dismissedAt: null });
  });

  test('an alarm that fires late, after the window closed, does not nudge and logs the evening', async () => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T20:00:00Z'));
    await reconcile('before sleep');
    // The laptop sleeps through the window and wakes at 23:30.
    vi.setSystemTime(at('2026-11-25T23:30:00Z'));
    await reconcile('alarm');
    expect(windowsCreated).toBe(0);
    expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-26T20:00:00Z') })]);
    const evening = await createEveningRepository(getDatabase()).get({ day: '2026-11-25', windowId: WINDOW_ID });
    expect(evening).toMatchObject({ outcome: 'away', nudgesShown: 0 });
  });

  test('a user who is idle is not nudged; the alarm looks again later in the window', async () => {
    await storeSettings(settings({ repeatEveryMinutes: 20 }));
    idleState = 'idle';
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    expect(windowsCreated).toBe(0);
    expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T21:20:00Z') })]);
  });

  test('turning Hearth off clears the alarm; turning it on sets it again', async () => {
    vi.setSystemTime(at('2026-11-25T15:00:00Z'));
    await storeSettings(settings({ enabled: false }));
    await reconcile('settings');
    expect(await alarms()).toEqual([]);
    await storeSettings(settings({ enabled: true }));
    await reconcile('settings');
    expect(await alarms()).toHaveLength(1);
  });
});

describe('the background listeners', () => {
  test('a settings change re-arms the alarm at once', async () => {
    vi.setSystemTime(at('2026-11-25T15:00:00Z'));
    background.main();
    await vi.waitFor(async () => expect(await alarms()).toHaveLength(1));
    await storeSettings(settings({ windows: [{ id: 'w', days: [0, 1, 2, 3, 4, 5, 6], start: '19:30', end: '20:30' }] }));
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T18:30:00Z') })]),
    );
  });

  test('browser start-up and the alarm itself re-arm, keeping one alarm', async () => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T15:00:00Z'));
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T20:00:00Z') })]),
    );

    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    const [alarm] = await alarms();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(() => expect(windowsCreated).toBe(1));
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T21:20:00Z') })]),
    );
  });

  test('a restarted worker re-arms from storage alone', async () => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    await reconcile('alarm');
    await fakeBrowser.alarms.clearAll(); // as if the browser dropped the alarm on restart
    vi.setSystemTime(at('2026-11-25T21:05:00Z'));
    await reconcile('worker-start');
    expect(windowsCreated).toBe(1); // no second nudge: the evening's state was persisted
    expect(await alarms()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T21:20:00Z') })]);
  });
});

describe('a worker stopped in the middle of a run', () => {
  test('leaves an alarm that resumes the work, even though the alarm that woke it is spent', async () => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    // The run stalls where it asks whether the user is active, as if the worker had stopped there.
    let resume: (state: 'active') => void = () => {};
    vi.mocked(fakeBrowser.idle.queryState).mockReturnValue(new Promise((resolve) => (resume = resolve)));
    const run = reconcile('alarm');
    // Runs are queued; later tests need this one finished, pass or fail.
    onTestFinished(() => {
      resume('active');
      return run.catch(() => undefined);
    });
    await vi.waitFor(async () => expect(await alarms()).toHaveLength(1));
    // A minute after the run began (waitFor moves the fake clock on a little).
    const [alarm] = await alarms();
    expect(alarm?.name).toBe(ALARM_NAME);
    expect(alarm!.scheduledTime - at('2026-11-25T21:00:00Z')).toBeGreaterThanOrEqual(60_000);
    expect(alarm!.scheduledTime - at('2026-11-25T21:00:00Z')).toBeLessThan(61_000);
    expect(windowsCreated).toBe(0);
  });

  test('a nudge shown before it was recorded where is closed by message when the next one shows', async () => {
    await storeSettings(settings());
    vi.setSystemTime(at('2026-11-25T21:00:00Z'));
    const occurrence = { windowId: WINDOW_ID, day: '2026-11-25', start: at('2026-11-25T21:00:00Z'), end: at('2026-11-25T22:00:00Z'), startTime: '21:00', endTime: '22:00' } as const;
    await setCurrentNudge({ nudgeId: 'lost', occurrence, prompt: 'p', shownAt: at('2026-11-25T21:00:00Z'), delivery: null });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await reconcile('worker-start');
    expect(sent).toHaveBeenCalledWith({ type: 'nudge/close', nudgeId: 'lost' });
    expect(windowsCreated).toBe(1);
    expect((await getCurrentNudge())?.nudgeId).not.toBe('lost');
  });
});
