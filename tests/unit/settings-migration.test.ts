import { describe, expect, test } from 'vitest';
import {
  defaultSettings,
  formatClockTime,
  MIGRATIONS,
  migrateSettings,
  parseClockTime,
  SETTINGS_VERSION,
  validateSettings,
} from '../../utils/settings';

const versionZero = {
  version: 0,
  enabled: false,
  days: [1, 2, 3, 4, 5],
  window: { start: '21:30', end: '22:30' },
  maxNudges: 2,
  snoozeMinutes: 15,
};

describe('migrateSettings()', () => {
  test('a first run, with nothing stored, gets the defaults quietly', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: defaultSettings(), notice: 'none' });
  });

  test('valid current settings come back as they are', () => {
    const stored = { ...defaultSettings(), snoozeMinutes: 5, names: { me: 'Alex', partner: 'Sam' } };
    expect(migrateSettings(stored)).toEqual({ settings: stored, notice: 'none' });
  });

  test('version 0 moves its single window into the list of windows', () => {
    expect(migrateSettings(versionZero)).toEqual({
      settings: {
        ...defaultSettings(),
        enabled: false,
        windows: [{ id: 'default', days: [1, 2, 3, 4, 5], start: '21:30', end: '22:30' }],
        maxNudgesPerEvening: 2,
        snoozeMinutes: 15,
      },
      notice: 'migrated',
    });
  });

  test('an object without a version is treated as version 0', () => {
    const { version: _, ...unversioned } = versionZero;
    expect(migrateSettings(unversioned)).toEqual(migrateSettings(versionZero));
  });

  test('version 0 without its optional fields takes the defaults for them', () => {
    const stored = { version: 0, days: [0, 6], window: { start: '20:00', end: '21:00' } };
    expect(migrateSettings(stored)).toEqual({
      settings: { ...defaultSettings(), windows: [{ id: 'default', days: [0, 6], start: '20:00', end: '21:00' }] },
      notice: 'migrated',
    });
  });

  test('version 0 with a broken window keeps what it can and resets the window', () => {
    const stored = { ...versionZero, window: { start: '25:00', end: '22:30' } };
    expect(migrateSettings(stored)).toEqual({
      settings: { ...defaultSettings(), enabled: false, maxNudgesPerEvening: 2, snoozeMinutes: 15 },
      notice: 'recovered-corrupt',
    });
  });

  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['one field out of bounds', { repeatEveryMinutes: 500, theme: 'dark' }, { theme: 'dark' }],
    ['overlapping windows', { windows: [{ id: 'a', days: [1], start: '21:00', end: '23:00' }, { id: 'b', days: [1], start: '22:00', end: '23:30' }], style: 'card' }, { style: 'card' }],
    ['a missing field', { theme: undefined, enabled: false }, { enabled: false }],
  ])('corrupt current settings with %s keep every valid field', (_, change, kept) => {
    expect(migrateSettings({ ...defaultSettings(), ...change })).toEqual({
      settings: { ...defaultSettings(), ...kept },
      notice: 'recovered-corrupt',
    });
  });

  test.each([42, 'settings', true, [], [defaultSettings()]])('%j is corrupt and gives the defaults', (stored) => {
    expect(migrateSettings(stored)).toEqual({ settings: defaultSettings(), notice: 'recovered-corrupt' });
  });

  test.each(['1', -1, 0.5, Number.NaN, null])('a version of %j is corrupt', (version) => {
    expect(migrateSettings({ ...defaultSettings(), version, theme: 'dark' })).toEqual({
      settings: { ...defaultSettings(), theme: 'dark' },
      notice: 'recovered-corrupt',
    });
  });

  describe('settings written by a newer Hearth', () => {
    const windows = [
      { id: 'a', days: [1, 2, 3], start: '21:30', end: '22:30' },
      { id: 'b', days: [5], start: '22:00', end: '23:30' },
    ];

    test('a higher version keeps the fields this version understands', () => {
      const fromTheFuture = { ...defaultSettings(), version: SETTINGS_VERSION + 1, snoozeMinutes: 7, sound: 'chime' };
      expect(migrateSettings(fromTheFuture)).toEqual({
        settings: { ...defaultSettings(), snoozeMinutes: 7 },
        notice: 'newer-version',
      });
    });

    test.each<[string, Record<string, unknown>]>([
      ['a key this version does not know', { ...defaultSettings(), windows, colour: 'red', snoozeMinutes: 30 }],
      ['a key inside one window', { ...defaultSettings(), windows: [{ ...windows[0], sound: 'chime' }, windows[1]], snoozeMinutes: 30 }],
      ['a key inside the names', { ...defaultSettings(), windows, names: { me: 'Ana', partner: 'Ben', pronouns: 'they' }, snoozeMinutes: 30 }],
    ])('the current version with %s is from a newer Hearth, and keeps every window', (_, stored) => {
      const { settings, notice } = migrateSettings(stored);
      expect(notice).toBe('newer-version');
      expect(settings.windows).toEqual(windows);
      expect(settings.snoozeMinutes).toBe(30);
    });

    test('a higher version with a key inside every window keeps every window', () => {
      const stored = { ...defaultSettings(), version: SETTINGS_VERSION + 1, windows: windows.map((w) => ({ ...w, colour: 'amber' })) };
      expect(migrateSettings(stored)).toEqual({ settings: { ...defaultSettings(), windows }, notice: 'newer-version' });
    });
  });

  test('never throws, and always returns valid settings', () => {
    const strange: unknown[] = [
      Object.create(null),
      { version: 0, window: 'evening' },
      { version: 0, days: 'weekdays', window: null },
      { windows: [{}] },
      { ...defaultSettings(), windows: null, prompts: [null] },
      new Date(0),
    ];
    for (const stored of strange) {
      const { settings } = migrateSettings(stored);
      expect(validateSettings(settings).ok).toBe(true);
    }
  });

  test('there is one migration for each step up to the current version', () => {
    expect(MIGRATIONS.map((migration) => migration.from)).toEqual(
      Array.from({ length: SETTINGS_VERSION }, (_, version) => version),
    );
  });
});

describe('parseClockTime()', () => {
  test.each([
    ['00:00', 0],
    ['04:00', 240],
    ['21:30', 1290],
    ['23:59', 1439],
  ])('%s is %i minutes after midnight', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  test.each(['24:00', '9:5', '9:05', '21:60', '21:30:00', ' 21:30', '', '2130', '-1:00', '21:3O'])(
    'refuses %j',
    (text) => {
      expect(parseClockTime(text)).toBeNull();
    },
  );
});

describe('formatClockTime()', () => {
  test.each([
    [0, '00:00'],
    [65, '01:05'],
    [1439, '23:59'],
    [1440, '00:00'],
    [1500, '01:00'],
    [-60, '23:00'],
  ])('%i minutes is %s', (minutes, text) => {
    expect(formatClockTime(minutes)).toBe(text);
  });

  test('round-trips every minute of the day', () => {
    for (let minutes = 0; minutes < 1440; minutes++) expect(parseClockTime(formatClockTime(minutes))).toBe(minutes);
  });
});
