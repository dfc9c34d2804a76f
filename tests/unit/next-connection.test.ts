import { describe, expect, test } from 'vitest';
import type { Weekday } from '../../utils/time/local';
import { describeNextConnection, type NextConnectionText } from '../../utils/schedule/next-connection';
import type { Settings } from '../../utils/settings';

const text: NextConnectionText = {
  off: 'Hearth is off',
  none: 'No connection hour yet',
  openNow: (end) => `Connection hour now, until ${end}`,
  next: (when) => `Next connection hour: ${when}`,
  paused: (until, when) => `Paused until ${until}. Next connection hour: ${when}`,
  today: (time) => `today, ${time}`,
  tonight: (time) => `tonight, ${time}`,
  tomorrow: (time) => `tomorrow, ${time}`,
  onDay: (day, time) => `${day}, ${time}`,
};

// Intl may put a narrow no-break space before AM/PM; compare what a reader sees.
const asRead = (text: string) => text.replace(/\s/gu, ' ');

type Preview = Pick<Settings, 'enabled' | 'pausedUntil' | 'windows'>;
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const settingsOf = (change: Partial<Preview> = {}): Preview => ({
  enabled: true,
  pausedUntil: null,
  windows: [{ id: 'w', days: EVERY_DAY, start: '21:00', end: '22:00' }],
  ...change,
});
const onlyWindow = (days: Weekday[], start: string, end: string) => ({ windows: [{ id: 'w', days, start, end }] });

// November 2026, no DST change nearby: Mon 23, Tue 24, ..., Fri 27, Sat 28.
const ZONES = [
  ['Europe/Paris', '+01:00'],
  ['America/New_York', '-05:00'],
  ['Asia/Tokyo', '+09:00'],
  ['Asia/Kolkata', '+05:30'],
] as const;

describe.each(ZONES)('describeNextConnection() in %s', (timeZone, offset) => {
  const at = (local: string) => Date.parse(`${local}:00${offset}`);
  const describeAt = (settings: Preview, local: string, locale = 'en-GB') =>
    describeNextConnection(settings, at(local), timeZone, locale, text);

  test.each<[string, Partial<Preview>, string, string]>([
    ['later this evening', {}, '2026-11-23T18:00', 'Next connection hour: tonight, 21:00'],
    ['just after midnight, this evening', {}, '2026-11-23T00:10', 'Next connection hour: tonight, 21:00'],
    ['inside the window', {}, '2026-11-23T21:30', 'Connection hour now, until 22:00'],
    ['exactly at the start', {}, '2026-11-23T21:00', 'Connection hour now, until 22:00'],
    ['exactly at the end', {}, '2026-11-23T22:00', 'Next connection hour: tomorrow, 21:00'],
    ['a morning window later today', onlyWindow(EVERY_DAY, '06:00', '07:00'), '2026-11-23T03:00', 'Next connection hour: today, 06:00'],
    ['a weekday this week', onlyWindow([5], '23:00', '00:30'), '2026-11-23T10:00', 'Next connection hour: Friday, 23:00'],
    ['past midnight in a Friday window', onlyWindow([5], '23:00', '00:30'), '2026-11-28T00:15', 'Connection hour now, until 00:30'],
    ['six days away, by weekday', onlyWindow([5], '23:00', '00:30'), '2026-11-28T00:30', 'Next connection hour: Friday, 23:00'],
    [
      'a week away, with the date',
      onlyWindow([5], '21:00', '22:00'),
      '2026-11-27T22:30',
      'Next connection hour: Friday 4 December, 21:00',
    ],
    ['switched off, even inside a window', { enabled: false }, '2026-11-23T21:30', 'Hearth is off'],
    ['without any day', onlyWindow([], '21:00', '22:00'), '2026-11-23T18:00', 'No connection hour yet'],
  ])('%s', (_, change, local, expected) => {
    expect(describeAt(settingsOf(change), local)).toBe(expected);
  });

  describe('with a holiday pause', () => {
    test.each<[string, Partial<Preview>, string, string]>([
      [
        'names the day it ends and the first evening after',
        { pausedUntil: '2026-12-03' },
        '2026-11-23T18:00',
        'Paused until 3 December. Next connection hour: Thursday 3 December, 21:00',
      ],
      [
        'an open window of a paused evening is not "now"',
        { pausedUntil: '2026-11-24' },
        '2026-11-23T21:30',
        'Paused until 24 November. Next connection hour: tomorrow, 21:00',
      ],
      [
        'skips to the first window on or after the pause',
        { pausedUntil: '2026-12-01', ...onlyWindow([5], '23:00', '00:30') },
        '2026-11-23T18:00',
        'Paused until 1 December. Next connection hour: Friday 4 December, 23:00',
      ],
      ['ending today is no pause', { pausedUntil: '2026-11-23' }, '2026-11-23T18:00', 'Next connection hour: tonight, 21:00'],
      ['ended long ago is no pause', { pausedUntil: '2026-01-01' }, '2026-11-23T21:30', 'Connection hour now, until 22:00'],
      [
        'ending today still holds last night’s window, past midnight',
        { pausedUntil: '2026-11-24', ...onlyWindow(EVERY_DAY, '23:00', '01:00') },
        '2026-11-24T00:30',
        'Next connection hour: tonight, 23:00',
      ],
      [
        'into next year, with the year',
        { pausedUntil: '2027-01-05' },
        '2026-12-31T18:00',
        'Paused until 5 January 2027. Next connection hour: Tuesday, 21:00',
      ],
      [
        'more than a week, with the date',
        { pausedUntil: '2027-01-12' },
        '2026-12-31T18:00',
        'Paused until 12 January 2027. Next connection hour: Tuesday, 12 January 2027, 21:00',
      ],
    ])('%s', (_, change, local, expected) => {
      expect(describeAt(settingsOf(change), local)).toBe(expected);
    });
  });

  test('speaks the given locale', () => {
    expect(describeAt(settingsOf({ pausedUntil: '2026-12-03' }), '2026-11-23T18:00', 'en-US')).toBe(
      'Paused until December 3. Next connection hour: Thursday, December 3, 9:00 PM',
    );
    expect(describeAt(settingsOf(onlyWindow([5], '21:00', '22:00')), '2026-11-23T18:00', 'fr')).toBe(
      'Next connection hour: vendredi, 21:00',
    );
  });

  // Issue 15: the times read as the user's clock, as the time inputs show them.
  test.each<[string, string, string, string]>([
    ['en-US', '2026-11-23T18:00', 'Next connection hour: tonight, 9:00 PM', 'Connection hour now, until 12:30 AM'],
    ['en-GB', '2026-11-23T18:00', 'Next connection hour: tonight, 21:00', 'Connection hour now, until 00:30'],
    ['de', '2026-11-23T18:00', 'Next connection hour: tonight, 21:00', 'Connection hour now, until 00:30'],
  ])('in %s, a window from 21:00 to 00:30 reads in its clock, before it and past midnight', (locale, before, next, open) => {
    const crossing = settingsOf(onlyWindow(EVERY_DAY, '21:00', '00:30'));
    expect(asRead(describeAt(crossing, before, locale))).toBe(next);
    expect(asRead(describeAt(crossing, '2026-11-24T00:10', locale))).toBe(open);
  });
});

describe('across a spring-forward night (New York, 8 March 2026: 02:00 jumps to 03:00)', () => {
  const zone = 'America/New_York';

  test('gives the time the window really starts, moved past the gap', () => {
    const settings = settingsOf(onlyWindow(EVERY_DAY, '02:15', '02:45'));
    const now = Date.parse('2026-03-08T01:00:00-05:00');
    expect(describeNextConnection(settings, now, zone, 'en-GB', text)).toBe('Next connection hour: today, 03:15');
  });

  test('gives the time an open window really ends', () => {
    const settings = settingsOf(onlyWindow(EVERY_DAY, '01:00', '02:30'));
    const now = Date.parse('2026-03-08T01:30:00-05:00');
    expect(describeNextConnection(settings, now, zone, 'en-GB', text)).toBe('Connection hour now, until 03:30');
  });
});
