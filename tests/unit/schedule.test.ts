import { describe, expect, test } from 'vitest';
import type { Weekday } from '../../utils/time/local';
import {
  addDays,
  isEveningPaused,
  localDateOf,
  nextOccurrence,
  occurrenceOn,
  openOccurrence,
  weekdayOf,
} from '../../utils/schedule/occurrences';
import { defaultSettings } from '../../utils/settings';

// January 2026, no DST anywhere below: Fri 9, Sat 10, Sun 11, Mon 12.
const ZONES = [
  ['Europe/Paris', '+01:00'],
  ['America/New_York', '-05:00'],
  ['Asia/Tokyo', '+09:00'],
  ['Asia/Kolkata', '+05:30'],
] as const;

const windowOf = (days: Weekday[], start: string, end: string, id = 'w') => ({ id, days, start, end });
const settingsWith = (...windows: ReturnType<typeof windowOf>[]) => ({ windows });

describe.each(ZONES)('in %s (UTC%s)', (timeZone, offset) => {
  const at = (local: string) => Date.parse(`${local}:00${offset}`);
  const openDay = (settings: ReturnType<typeof settingsWith>, local: string) =>
    openOccurrence(settings, at(local), timeZone)?.day ?? null;

  describe('a Friday window 23:00–01:00', () => {
    const friday = settingsWith(windowOf([5], '23:00', '01:00'));

    test.each<[string, string | null, string]>([
      ['2026-01-09T22:59', null, 'a minute before'],
      ['2026-01-09T23:00', '2026-01-09', 'exactly at the start'],
      ['2026-01-10T00:30', '2026-01-09', 'after midnight, still Friday’s'],
      ['2026-01-10T00:59', '2026-01-09', 'in its last minute'],
      ['2026-01-10T01:00', null, 'exactly at the end'],
      ['2026-01-10T23:30', null, 'Saturday night, not among its days'],
      ['2026-01-11T00:30', null, 'after Saturday midnight'],
    ])('at %s is owned by %s (%s)', (local, day) => {
      expect(openDay(friday, local)).toBe(day);
    });

    test('gives the occurrence as instants, ending the next day', () => {
      expect(occurrenceOn(friday.windows[0]!, '2026-01-09', timeZone)).toEqual({
        windowId: 'w',
        day: '2026-01-09',
        start: at('2026-01-09T23:00'),
        end: at('2026-01-10T01:00'),
        startTime: '23:00',
        endTime: '01:00',
      });
    });
  });

  test.each([
    ['Friday and Saturday, late Saturday', [5, 6], '2026-01-10T23:30', '2026-01-10'],
    ['Friday and Saturday, after Saturday midnight', [5, 6], '2026-01-11T00:30', '2026-01-10'],
    ['Saturday, crossing into Sunday', [6], '2026-01-11T00:30', '2026-01-10'],
    ['Saturday, early Saturday morning', [6], '2026-01-10T00:30', null],
    ['Sunday, crossing into Monday', [0], '2026-01-12T00:30', '2026-01-11'],
    ['Sunday, late Monday', [0], '2026-01-12T23:30', null],
    ['Sunday, early Sunday morning', [0], '2026-01-11T00:30', null],
  ] as const)('23:00–01:00 on %s: %s is owned by %s', (_, days, local, day) => {
    expect(openDay(settingsWith(windowOf([...days], '23:00', '01:00')), local)).toBe(day);
  });

  test.each([
    ['2026-01-12T20:59', null],
    ['2026-01-12T21:00', '2026-01-12'],
    ['2026-01-12T21:59', '2026-01-12'],
    ['2026-01-12T22:00', null],
  ])('the default window at %s is owned by %s', (local, day) => {
    expect(openDay(defaultSettings(), local)).toBe(day);
  });

  test('of two windows the same evening, finds the one open now', () => {
    const settings = settingsWith(windowOf([1], '19:00', '19:30', 'early'), windowOf([1], '21:00', '22:00', 'late'));
    expect(openOccurrence(settings, at('2026-01-12T21:10'), timeZone)?.windowId).toBe('late');
    expect(openOccurrence(settings, at('2026-01-12T19:10'), timeZone)?.windowId).toBe('early');
    expect(openOccurrence(settings, at('2026-01-12T20:00'), timeZone)).toBeNull();
  });

  describe('nextOccurrence()', () => {
    const weekdays = settingsWith(windowOf([1, 2, 3, 4, 5], '21:00', '22:00'));

    test.each([
      ['2026-01-09T12:00', '2026-01-09T21:00', 'later the same day'],
      ['2026-01-09T21:00', '2026-01-12T21:00', 'at a start: the next one, not this one'],
      ['2026-01-09T21:30', '2026-01-12T21:00', 'inside a window: the next one'],
      ['2026-01-10T10:00', '2026-01-12T21:00', 'over the weekend'],
      ['2026-01-11T23:59', '2026-01-12T21:00', 'from late Sunday'],
    ])('from %s starts at %s (%s)', (from, start) => {
      expect(nextOccurrence(weekdays, at(from), timeZone)?.start).toBe(at(start));
    });

    test('a window on one day a week comes back seven days later', () => {
      const friday = settingsWith(windowOf([5], '23:00', '01:00'));
      expect(nextOccurrence(friday, at('2026-01-10T00:30'), timeZone)?.day).toBe('2026-01-16');
    });

    test('picks the earliest of several windows', () => {
      const settings = settingsWith(windowOf([2], '21:00', '22:00', 'tue'), windowOf([0], '20:00', '21:00', 'sun'));
      expect(nextOccurrence(settings, at('2026-01-10T12:00'), timeZone)).toMatchObject({ windowId: 'sun', day: '2026-01-11' });
    });

    test('ignores whether Hearth is on or paused', () => {
      const settings = { ...defaultSettings(), enabled: false, pausedUntil: '2026-02-01' };
      expect(nextOccurrence(settings, at('2026-01-12T12:00'), timeZone)?.start).toBe(at('2026-01-12T21:00'));
    });
  });

  test('without windows there is no occurrence', () => {
    expect(nextOccurrence({ windows: [] }, at('2026-01-12T12:00'), timeZone)).toBeNull();
    expect(openOccurrence({ windows: [] }, at('2026-01-12T21:30'), timeZone)).toBeNull();
  });
});

describe('occurrenceOn()', () => {
  test('is null on a day the window does not run', () => {
    expect(occurrenceOn(windowOf([1, 2], '21:00', '22:00'), '2026-01-10', 'Europe/Paris')).toBeNull();
  });
});

describe('a change of time zone', () => {
  const settings = defaultSettings();
  // 19:30 UTC: 21:30 in Paris (summer time), 15:30 in New York, 04:30 the next day in Tokyo.
  const now = Date.parse('2026-06-10T19:30:00Z');

  test.each([
    ['Europe/Paris', '2026-06-10T19:00:00Z', '2026-06-10'],
    ['America/New_York', null, null],
    ['Asia/Tokyo', null, null],
  ])('in %s the open window starts at %s', (timeZone, start, day) => {
    const open = openOccurrence(settings, now, timeZone);
    expect(open?.start ?? null).toBe(start === null ? null : Date.parse(start));
    expect(open?.day ?? null).toBe(day);
  });

  test.each([
    ['Europe/Paris', '2026-06-11T19:00:00Z'],
    ['America/New_York', '2026-06-11T01:00:00Z'],
    ['Asia/Tokyo', '2026-06-11T12:00:00Z'],
  ])('in %s the next window starts at %s', (timeZone, start) => {
    expect(nextOccurrence(settings, now, timeZone)?.start).toBe(Date.parse(start));
  });
});

describe('isEveningPaused()', () => {
  test.each([
    [null, '2026-08-10', false],
    ['2026-08-15', '2026-08-10', true],
    ['2026-08-15', '2026-08-14', true],
    ['2026-08-15', '2026-08-15', false],
    ['2026-08-15', '2026-08-16', false],
    ['2027-01-01', '2026-12-31', true],
  ])('paused until %s: the evening of %s is paused: %s', (pausedUntil, day, paused) => {
    expect(isEveningPaused({ pausedUntil }, day)).toBe(paused);
  });
});

describe('local dates', () => {
  test.each([
    ['2026-01-09T23:30:00Z', 'Asia/Tokyo', '2026-01-10'],
    ['2026-01-09T23:30:00Z', 'America/New_York', '2026-01-09'],
    ['2026-01-09T18:29:00Z', 'Asia/Kolkata', '2026-01-09'],
    ['2026-01-09T18:30:00Z', 'Asia/Kolkata', '2026-01-10'],
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08'],
  ])('localDateOf(%s) in %s is %s', (instant, timeZone, day) => {
    expect(localDateOf(Date.parse(instant), timeZone)).toBe(day);
  });

  test('refuses an unknown time zone', () => {
    expect(() => localDateOf(0, 'Mars/Olympus')).toThrow(RangeError);
  });

  test.each([
    ['2026-01-04', 0],
    ['2026-01-05', 1],
    ['2026-01-10', 6],
    ['2028-02-29', 2],
  ])('%s is weekday %i', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  test.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-01-10', 7, '2026-01-17'],
    ['2026-01-10', 0, '2026-01-10'],
  ])('addDays(%s, %i) is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});
