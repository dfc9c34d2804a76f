import { describe, expect, test } from 'vitest';
import { formatClockTimeIn } from '../../utils/time/clock-text';

// Intl may put a narrow no-break space before AM/PM; compare what a reader sees.
const asRead = (text: string) => text.replace(/\s/gu, ' ');

describe('formatClockTimeIn()', () => {
  test.each([
    ['en-US', '21:00', '9:00 PM'],
    ['en-US', '09:05', '9:05 AM'],
    ['en-US', '00:30', '12:30 AM'],
    ['en-US', '12:00', '12:00 PM'],
    ['en-GB', '21:00', '21:00'],
    ['en-GB', '09:05', '09:05'],
    ['en-GB', '00:30', '00:30'],
    ['de', '21:00', '21:00'],
    ['de', '09:05', '09:05'],
    ['de', '00:30', '00:30'],
  ])('in %s, %s reads %s', (locale, time, expected) => {
    expect(asRead(formatClockTimeIn(time, locale))).toBe(expected);
  });

  describe('a window crossing midnight, 23:00 to 01:00', () => {
    test.each([
      ['en-US', '11:00 PM', '1:00 AM'],
      ['en-GB', '23:00', '01:00'],
      ['de', '23:00', '01:00'],
    ])('in %s reads %s to %s', (locale, start, end) => {
      expect([formatClockTimeIn('23:00', locale), formatClockTimeIn('01:00', locale)].map(asRead)).toEqual([start, end]);
    });
  });

  test('does not depend on the machine time zone: the wall-clock fields go through unchanged', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(formatClockTimeIn('23:59', 'en-GB')).toBe('23:59');
    } finally {
      process.env.TZ = zone;
    }
  });

  test.each(['', '9:00', '24:00', 'evening'])('gives back %j, which is not a time, as it is', (value) => {
    expect(formatClockTimeIn(value, 'en-US')).toBe(value);
  });
});
