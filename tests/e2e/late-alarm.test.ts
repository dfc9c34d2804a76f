import { afterEach, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { alarmsOf } from './support/service-worker';
import { eveningRecords, storeSettings, windowThatEnded } from './support/settings';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

/** Where reconcile.ts records, as its last step, when a run finished. */
const LAST_RUN_KEY = 'lastReconciledAt';

describe('a laptop that slept through the evening window', () => {
  test('the alarm that fires late, on waking, shows no nudge and logs the evening as "away"', async () => {
    hearth = await launchHearth();
    const worker = await hearth.worker();
    const lastRun = async () => (await worker.evaluate((key) => chrome.storage.local.get(key), LAST_RUN_KEY))[LAST_RUN_KEY] as number;

    // Tonight's window closed five minutes ago. Hearth learns of it only now,
    // so this run has nothing to log: the window ended before Hearth last looked.
    const changedAt = Date.now();
    await storeSettings(worker, { style: 'window', windows: await windowThatEnded(worker, { minutesAgo: 5, id: 'slept-through' }) });
    await expect.poll(lastRun).toBeGreaterThanOrEqual(changedAt);
    expect(await eveningRecords(worker)).toEqual([]);

    // As if Hearth last ran two hours ago, before the window, and the machine
    // then slept: on waking, the alarm it had set fires late.
    const wokeAt = await worker.evaluate(
      async ({ key, sleptMs }) => {
        await chrome.storage.local.set({ [key]: Date.now() - sleptMs });
        await chrome.alarms.create('hearth-next', { when: Date.now() + 200 });
        return Date.now();
      },
      { key: LAST_RUN_KEY, sleptMs: 2 * 60 * 60_000 },
    );
    await expect.poll(lastRun, { timeout: 10_000 }).toBeGreaterThanOrEqual(wokeAt);

    expect(await eveningRecords(worker)).toEqual([
      expect.objectContaining({ windowId: 'slept-through', outcome: 'away', nudgesShown: 0, sawActivity: false }),
    ]);
    expect(hearth.context.pages().filter((page) => page.url().endsWith('/nudge.html'))).toEqual([]);
    // One alarm, for tomorrow's window.
    const alarms = await alarmsOf(worker);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.scheduledTime).toBeGreaterThan(Date.now() + 20 * 60 * 60_000);
  });
});
