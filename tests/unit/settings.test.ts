import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  SETTINGS_MESSAGES as M,
  validateSettings,
  type ConnectionWindow,
  type Settings,
} from '../../utils/settings';
import type { SettingsReason } from '../../utils/settings/messages';

const withChange = (change: Record<string, unknown>) => ({ ...defaultSettings(), ...change });
const window = (days: number[], start: string, end: string, id = `${start}-${end}`) => ({ id, days, start, end });
const withWindows = (...windows: unknown[]) => withChange({ windows });
const errorsOf = (input: unknown) => {
  const result = validateSettings(input);
  return result.ok ? [] : result.errors;
};

describe('the defaults', () => {
  test('are valid settings', () => {
    expect(validateSettings(defaultSettings())).toEqual({ ok: true, settings: defaultSettings() });
  });

  test('open one window every day, 21:00–22:00', () => {
    expect(DEFAULT_SETTINGS.windows).toEqual([{ id: 'default', days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '22:00' }]);
    expect(DEFAULT_SETTINGS).toMatchObject({ enabled: true, pausedUntil: null, style: 'window', dayBoundary: '04:00' });
  });

  test('are frozen all the way down', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.windows[0]?.days)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.names)).toBe(true);
  });

  test('come as a fresh copy each time, so changing one leaves the next untouched', () => {
    const first = defaultSettings();
    first.prompts.push('extra');
    first.windows[0]?.days.pop();
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('validateSettings() accepts', () => {
  test.each<[string, Record<string, unknown>]>([
    ['a pause until a date', { pausedUntil: '2026-08-15' }],
    ['a pause ending on a leap day', { pausedUntil: '2028-02-29' }],
    ['the fewest and most nudges, minutes and snooze', { repeatEveryMinutes: 5, maxNudgesPerEvening: 1, snoozeMinutes: 1 }],
    ['the upper bounds', { repeatEveryMinutes: 120, maxNudgesPerEvening: 10, snoozeMinutes: 120 }],
    ['each style', { style: 'card' }],
    ['notification style', { style: 'notification' }],
    ['a week starting on Sunday', { weekStart: 0 }],
    ['a week starting on Saturday', { weekStart: 6 }],
    ['a day ending at midnight', { dayBoundary: '00:00' }],
    ['a day ending at 06:00', { dayBoundary: '06:00' }],
    ['dark theme', { theme: 'dark' }],
    ['names of exactly 40 characters', { names: { me: 'a'.repeat(40), partner: 'Sam' } }],
    ['a prompt of exactly 200 characters', { prompts: ['a'.repeat(200)] }],
    ['200 emoji, counted as a person counts them', { prompts: ['🔥'.repeat(200)] }],
    ['20 prompts', { prompts: Array.from({ length: 20 }, (_, i) => `Prompt ${i}`) }],
    ['a window of exactly 12 hours', { windows: [window([1], '20:00', '08:00')] }],
    ['a window crossing midnight', { windows: [window([5], '23:00', '01:00')] }],
    ['windows that touch end to start', { windows: [window([1], '21:00', '22:00'), window([1], '22:00', '23:00')] }],
    ['a late window followed by one after it ends', { windows: [window([5], '23:00', '01:00'), window([6], '01:00', '02:00')] }],
    ['the same hours on different days', { windows: [window([1, 2], '21:00', '22:00', 'a'), window([3], '21:00', '22:00', 'b')] }],
    ['7 windows', { windows: [0, 1, 2, 3, 4, 5, 6].map((day) => window([day], '21:00', '22:00', `w${day}`)) }],
  ])('%s', (_, change) => {
    expect(validateSettings(withChange(change)).ok).toBe(true);
  });

  test('trims prompts, names and window ids, and returns a new object', () => {
    const input = withChange({
      prompts: ['  Look up.  '],
      names: { me: ' Alex ', partner: '\tSam\n' },
      windows: [window([1], '21:00', '22:00', ' evening ')],
    });
    const result = validateSettings(input);
    expect(result).toMatchObject({
      ok: true,
      settings: { prompts: ['Look up.'], names: { me: 'Alex', partner: 'Sam' }, windows: [{ id: 'evening' }] },
    });
    expect(result.ok && result.settings).not.toBe(input);
  });
});

describe('validateSettings() refuses', () => {
  const eightWindows = Array.from({ length: 8 }, (_, i) => window([1], `0${i}:00`, `0${i}:30`));

  test.each<[string, Record<string, unknown>, string, SettingsReason]>([
    ['an unknown version', { version: 2 }, 'version', 'version'],
    ['enabled as text', { enabled: 'yes' }, 'enabled', 'enabled'],
    ['a pause on a date that does not exist', { pausedUntil: '2026-02-30' }, 'pausedUntil', 'pausedUntil'],
    ['a pause written another way', { pausedUntil: '15/08/2026' }, 'pausedUntil', 'pausedUntil'],
    ['no windows', { windows: [] }, 'windows', 'windows'],
    ['8 windows', { windows: eightWindows }, 'windows', 'windows'],
    ['windows that are not a list', { windows: 'evenings' }, 'windows', 'windows'],
    ['a window that is not an object', { windows: ['21:00'] }, 'windows[0]', 'window'],
    ['a window without days', { windows: [window([], '21:00', '22:00')] }, 'windows[0].days', 'days'],
    ['a day chosen twice', { windows: [window([1, 1], '21:00', '22:00')] }, 'windows[0].days', 'dayRepeated'],
    ['day 7', { windows: [window([7], '21:00', '22:00')] }, 'windows[0].days[0]', 'day'],
    ['a day as a name', { windows: [window(['monday' as never], '21:00', '22:00')] }, 'windows[0].days[0]', 'day'],
    ['an empty window id', { windows: [window([1], '21:00', '22:00', '  ')] }, 'windows[0].id', 'windowId'],
    ['24:00', { windows: [window([1], '24:00', '01:00')] }, 'windows[0].start', 'clockTime'],
    ['9:5', { windows: [window([1], '9:5', '10:00')] }, 'windows[0].start', 'clockTime'],
    ['21:60', { windows: [window([1], '21:00', '21:60')] }, 'windows[0].end', 'clockTime'],
    ['a time with seconds', { windows: [window([1], '21:00:00', '22:00')] }, 'windows[0].start', 'clockTime'],
    ['a time as a number', { windows: [window([1], 2100 as never, '22:00')] }, 'windows[0].start', 'clockTime'],
    ['a zero-length window', { windows: [window([1], '21:00', '21:00')] }, 'windows[0].end', 'sameStartEnd'],
    ['a window of 12 hours and a minute', { windows: [window([1], '20:00', '08:01')] }, 'windows[0].end', 'windowTooLong'],
    ['a window of 23 hours', { windows: [window([1], '22:00', '21:00')] }, 'windows[0].end', 'windowTooLong'],
    [
      'two windows with one id',
      { windows: [window([1], '20:00', '21:00', 'x'), window([2], '20:00', '21:00', 'x')] },
      'windows[1].id',
      'windowIdTaken',
    ],
    ['repeat every 4 minutes', { repeatEveryMinutes: 4 }, 'repeatEveryMinutes', 'repeatEveryMinutes'],
    ['repeat every 121 minutes', { repeatEveryMinutes: 121 }, 'repeatEveryMinutes', 'repeatEveryMinutes'],
    ['repeat every 20.5 minutes', { repeatEveryMinutes: 20.5 }, 'repeatEveryMinutes', 'repeatEveryMinutes'],
    ['repeat as text', { repeatEveryMinutes: '20' }, 'repeatEveryMinutes', 'repeatEveryMinutes'],
    ['repeat as NaN', { repeatEveryMinutes: Number.NaN }, 'repeatEveryMinutes', 'repeatEveryMinutes'],
    ['repeat forever', { repeatEveryMinutes: Number.POSITIVE_INFINITY }, 'repeatEveryMinutes', 'repeatEveryMinutes'],
    ['no nudges', { maxNudgesPerEvening: 0 }, 'maxNudgesPerEvening', 'maxNudgesPerEvening'],
    ['11 nudges', { maxNudgesPerEvening: 11 }, 'maxNudgesPerEvening', 'maxNudgesPerEvening'],
    ['a snooze of 0 minutes', { snoozeMinutes: 0 }, 'snoozeMinutes', 'snoozeMinutes'],
    ['a snooze of 121 minutes', { snoozeMinutes: 121 }, 'snoozeMinutes', 'snoozeMinutes'],
    ['an unknown style', { style: 'popup' }, 'style', 'style'],
    ['an empty list of prompts', { prompts: [] }, 'prompts', 'prompts'],
    ['21 prompts', { prompts: Array.from({ length: 21 }, () => 'p') }, 'prompts', 'prompts'],
    ['a blank prompt', { prompts: ['Look up.', '   '] }, 'prompts[1]', 'promptEmpty'],
    ['a prompt of 201 characters', { prompts: ['a'.repeat(201)] }, 'prompts[0]', 'promptTooLong'],
    ['a prompt that is not text', { prompts: [42] }, 'prompts[0]', 'text'],
    ['a name of 41 characters', { names: { me: 'a'.repeat(41), partner: '' } }, 'names.me', 'name'],
    ['a name that is not text', { names: { me: '', partner: null } }, 'names.partner', 'text'],
    ['names without a partner', { names: { me: 'Alex' } }, 'names.partner', 'missing'],
    ['week starting on day 7', { weekStart: 7 }, 'weekStart', 'weekStart'],
    ['week starting on "monday"', { weekStart: 'monday' }, 'weekStart', 'weekStart'],
    ['a day ending at 06:01', { dayBoundary: '06:01' }, 'dayBoundary', 'dayBoundary'],
    ['a day ending at 24:00', { dayBoundary: '24:00' }, 'dayBoundary', 'dayBoundary'],
    ['an unknown theme', { theme: 'blue' }, 'theme', 'theme'],
    ['an unknown setting', { colour: 'red' }, 'colour', 'unknownKey'],
  ])('%s', (_, change, path, reason) => {
    expect(validateSettings(withChange(change))).toEqual({ ok: false, errors: [{ path, message: M[reason] }] });
  });

  test.each([
    ['the same evening', [window([1], '21:00', '22:00'), window([1], '21:30', '23:00')], 'windows[1]'],
    ['one inside another', [window([2], '20:00', '23:00'), window([1, 2], '21:00', '21:30')], 'windows[1]'],
    ['Friday night running into Saturday', [window([5], '23:00', '01:00'), window([6], '00:30', '01:30')], 'windows[1]'],
    ['Saturday night running into Sunday', [window([0], '00:00', '00:30'), window([6], '23:00', '01:00')], 'windows[1]'],
    ['Sunday night running into Monday', [window([0], '22:00', '02:00'), window([1], '01:00', '03:00')], 'windows[1]'],
  ])('overlapping windows: %s', (_, windows, path) => {
    const [error, ...others] = errorsOf(withWindows(...windows));
    expect(others).toEqual([]);
    expect(error?.path).toBe(path);
    expect(error?.message).toMatch(/^This window overlaps the \d\d:\d\d–\d\d:\d\d window/);
  });

  test('says which window it overlaps', () => {
    expect(errorsOf(withWindows(window([1], '21:00', '22:00'), window([1], '21:30', '23:00')))).toEqual([
      { path: 'windows[1]', message: M.windowsOverlap('21:00', '22:00') },
    ]);
  });

  test('a key the window does not know', () => {
    const windows = [{ ...window([1], '21:00', '22:00'), colour: 'red' }];
    expect(errorsOf(withWindows(...windows))).toEqual([{ path: 'windows[0].colour', message: M.unknownKey }]);
  });

  test('a missing setting, with its own sentence', () => {
    const { theme: _, ...withoutTheme } = defaultSettings();
    expect(errorsOf(withoutTheme)).toEqual([{ path: 'theme', message: M.missing }]);
  });

  test.each([null, undefined, 'settings', 42, [defaultSettings()]])('%j instead of an object', (input) => {
    expect(errorsOf(input)).toEqual([{ path: '', message: M.notAnObject }]);
  });

  test('every problem at once, and no settings at all', () => {
    const result = validateSettings(withChange({ enabled: 1, snoozeMinutes: 0, extra: true }));
    expect(result).not.toHaveProperty('settings');
    expect(result.ok ? [] : result.errors.map((error) => error.path).sort()).toEqual(['enabled', 'extra', 'snoozeMinutes']);
  });

  test('in the browser’s language, looked up when the settings are refused', () => {
    fakeBrowser.i18n.getMessage = ((key: string) =>
      key === 'settingsErrorTheme' ? 'Choisissez système, clair ou sombre.' : '') as typeof fakeBrowser.i18n.getMessage;
    expect(errorsOf(withChange({ theme: 'blue' }))).toEqual([{ path: 'theme', message: 'Choisissez système, clair ou sombre.' }]);
  });

  test('every message is a plain sentence', () => {
    const messages = Object.values(M).map((message) => (typeof message === 'function' ? message('21:00', '22:00') : message));
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
  });
});

// Compile-time: the exported types describe what validation returns.
const _typed: Settings = defaultSettings();
const _window: ConnectionWindow | undefined = _typed.windows[0];
void _window;

describe('validateSettings() and the browser’s sync storage', () => {
  const bytes = (settings: unknown) => new TextEncoder().encode(`settings${JSON.stringify(settings)}`).length;
  const prompts = (letter: string) => Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(200, letter));

  test('refuses twenty 200-character Cyrillic prompts, which pass every other check, with a message at the prompts', () => {
    const cyrillic = withChange({ prompts: prompts('ж') });
    expect(bytes(cyrillic)).toBeGreaterThan(8192);
    expect(errorsOf(cyrillic)).toEqual([{ path: 'prompts', message: M.syncQuota }]);
    expect(M.syncQuota).toMatch(/too long for the browser to keep/);
  });

  test('accepts twenty 200-character English prompts', () => {
    expect(errorsOf(withChange({ prompts: prompts('a') }))).toEqual([]);
  });

  test('counts the key and the JSON in UTF-8 bytes, up to 8,192 exactly', () => {
    // Nineteen Cyrillic prompts, and a twentieth padded until key and value take exactly the limit.
    const withLast = (last: string) => withChange({ prompts: [...prompts('ж').slice(0, 19), last] });
    const room = 8192 - bytes(withLast(''));
    const twoByte = Math.max(0, room - 200);
    const oneByte = room - 2 * twoByte;
    expect(twoByte + oneByte).toBeLessThanOrEqual(200);
    const exactly = withLast('ж'.repeat(twoByte) + 'a'.repeat(oneByte));
    expect(bytes(exactly)).toBe(8192);
    expect(validateSettings(exactly).ok).toBe(true);
    const oneMore = withLast('ж'.repeat(twoByte + 1) + 'a'.repeat(oneByte - 1));
    expect(bytes(oneMore)).toBe(8193);
    expect(errorsOf(oneMore)).toEqual([{ path: 'prompts', message: M.syncQuota }]);
  });
});
