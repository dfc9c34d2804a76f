import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../utils/settings';
import { loadSettings, SETTINGS_KEY } from '../../utils/settings/store';

const storedSettings = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];

describe('window ids are unique per install', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a new install’s first window gets an id of its own, the same on every load, and nothing is written to sync', async () => {
    const first = await loadSettings();
    const again = await loadSettings();

    expect(first.windows[0]?.id).not.toBe('default');
    expect(first.windows[0]?.id).toMatch(/^w-[0-9a-f-]{36}$/);
    expect(again.windows[0]?.id).toBe(first.windows[0]?.id);
    // Settings synced from another device may not have arrived yet: never write over them with defaults.
    expect(await storedSettings()).toBeUndefined();

    fakeBrowser.reset();
    const otherInstall = await loadSettings();
    expect(otherInstall.windows[0]?.id).not.toBe(first.windows[0]?.id);
  });

  test('settings stored with the shared "default" id get this install’s id, written back once', async () => {
    const old = { ...defaultSettings(), snoozeMinutes: 15, windows: [{ id: 'default', days: [1, 2, 3], start: '21:30', end: '22:30' }] };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: old });

    const loaded = await loadSettings();

    expect(loaded.windows[0]?.id).toMatch(/^w-/);
    expect(loaded).toEqual({ ...old, windows: [{ ...old.windows[0], id: loaded.windows[0]?.id }] });
    expect(await storedSettings()).toEqual(loaded);
    expect((await loadSettings()).windows[0]?.id).toBe(loaded.windows[0]?.id);
  });

  test('other window ids are kept as they are', async () => {
    const stored = { ...defaultSettings(), windows: [{ id: 'window-2', days: [5], start: '20:00', end: '21:00' }] };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: stored });
    expect((await loadSettings()).windows).toEqual(stored.windows);
  });
});
