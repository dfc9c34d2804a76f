import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, SETTINGS_VERSION } from '../../utils/settings';
import { loadSettings, readSettings, saveSettings } from '../../utils/settings/store';

afterEach(() => {
  vi.restoreAllMocks();
});

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as unknown;

describe('settings written by a newer Hearth', () => {
  const newer = { ...defaultSettings(), version: SETTINGS_VERSION + 1, snoozeMinutes: 7, sound: 'chime' };
  const unknownKey = { ...defaultSettings(), snoozeMinutes: 7, windows: [{ id: 'a', days: [1], start: '21:00', end: '22:00', sound: 'chime' }] };

  test.each([
    ['a higher version', newer],
    ['an unknown key', unknownKey],
  ])('with %s are read, never written back', async (_, value) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const read = await readSettings();
    expect(read.notice).toBe('newer-version');
    expect(read.settings.snoozeMinutes).toBe(7);
    expect((await loadSettings()).snoozeMinutes).toBe(7);
    expect(write).not.toHaveBeenCalled();
    expect(await stored()).toEqual(value);
  });

  test('are never overwritten by a save, which says to update Hearth', async () => {
    await fakeBrowser.storage.sync.set({ settings: newer });
    const result = await saveSettings({ ...defaultSettings(), theme: 'dark' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.message).join(' ')).toMatch(/newer version of Hearth.*Update Hearth/);
    expect(await stored()).toEqual(newer);
  });
});

describe('settings this version wrote', () => {
  test('are saved over', async () => {
    await fakeBrowser.storage.sync.set({ settings: defaultSettings() });
    expect(await saveSettings({ ...defaultSettings(), theme: 'dark' })).toMatchObject({ ok: true });
    expect(await stored()).toEqual({ ...defaultSettings(), theme: 'dark' });
  });

  test('corrupt ones are replaced by safe defaults, written back once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), snoozeMinutes: 'ten' } });
    // The defaults, with this install's own id for the first window (#16).
    const [first, ...rest] = defaultSettings().windows;
    const recovered = { ...defaultSettings(), windows: [{ ...first!, id: expect.stringMatching(/^w-/) }, ...rest] };
    expect(await readSettings()).toMatchObject({ settings: recovered, notice: 'recovered-corrupt' });
    expect(await stored()).toEqual(recovered);
  });
});
