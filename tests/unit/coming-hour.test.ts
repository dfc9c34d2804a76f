import { describe, expect, test } from 'vitest';
import { comingHourOn } from '../../utils/schedule/coming-hour';
import type { Settings } from '../../utils/settings';
import type { Weekday } from '../../utils/time/local';

type Input = Pick<Settings, 'enabled' | 'pausedUntil' | 'windows'>;
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const settingsOf = (change: Partial<Input> = {}): Input => ({
  enabled: true,
  pausedUntil: null,
  windows: [{ id: 'w', days: EVERY_DAY, start: '21:00', end: '22:00' }],
  ...change,
});
// Wednesday 2 December 2026, in London (UTC+0 in winter).
const DAY = '2026-12-02';
const at = (clock: string) => Date.parse(`${DAY}T${clock}:00Z`);

describe('comingHourOn(): the connection hour still to come on a day', () => {
  test.each<[string, Input, string, string | null]>([
    ['in the morning, tonight’s hour is coming', settingsOf(), '07:23', '21:00'],
    ['a minute before it starts, still coming', settingsOf(), '20:59', '21:00'],
    ['once it has begun, it is no longer coming', settingsOf(), '21:00', null],
    ['after it, nothing is coming', settingsOf(), '23:00', null],
    ['with Hearth off, nothing is coming', settingsOf({ enabled: false }), '07:23', null],
    ['with the evening paused, nothing is coming', settingsOf({ pausedUntil: '2026-12-05' }), '07:23', null],
    ['a pause that ended already does not count', settingsOf({ pausedUntil: DAY }), '07:23', '21:00'],
    ['a window not set for Wednesdays is not coming', settingsOf({ windows: [{ id: 'w', days: [1, 2], start: '21:00', end: '22:00' }] }), '07:23', null],
    [
      'of two, the next one still to come',
      settingsOf({
        windows: [
          { id: 'a', days: EVERY_DAY, start: '18:00', end: '19:00' },
          { id: 'b', days: EVERY_DAY, start: '21:30', end: '22:30' },
        ],
      }),
      '18:30',
      '21:30',
    ],
    ['a window crossing midnight belongs to the evening it starts on', settingsOf({ windows: [{ id: 'w', days: [3], start: '23:00', end: '01:00' }] }), '07:23', '23:00'],
  ])('%s', (_, settings, clock, expected) => {
    expect(comingHourOn(settings, DAY, at(clock), 'Europe/London')).toBe(expected);
  });

  test('tells the wall-clock time in the given zone', () => {
    // 07:23 in New York is 12:23 UTC; the 21:00 window there is 02:00 UTC the next day.
    expect(comingHourOn(settingsOf(), DAY, Date.parse(`${DAY}T12:23:00Z`), 'America/New_York')).toBe('21:00');
  });
});
