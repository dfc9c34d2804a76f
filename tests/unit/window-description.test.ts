import { describe, expect, test } from 'vitest';
import type { Weekday } from '../../utils/time/local';
import { describeWindows, weekdayName, type WindowText } from '../../utils/schedule/window-description';

const text: WindowText = {
  everyDay: 'Every day',
  weeknights: 'Weeknights',
  weekends: 'Weekends',
  window: (days, start, end) => `${days} ${start}–${end}`,
  endsNextMorning: (window, end) => `${window} (ends ${end} the next morning)`,
  endsOnDay: (window, end, day) => `${window} (ends ${end} ${day})`,
  separator: '; ',
};

let ids = 0;
const windowOf = (days: Weekday[], start: string, end: string) => ({ id: `w${ids++}`, days, start, end });
const describeIn = (locale: string, ...windows: ReturnType<typeof windowOf>[]) => describeWindows(windows, text, locale);

describe('describeWindows()', () => {
  test.each<[string, ReturnType<typeof windowOf>[], string]>([
    ['every day', [windowOf([0, 1, 2, 3, 4, 5, 6], '21:00', '22:00')], 'Every day 21:00–22:00'],
    ['Monday to Friday, in any order', [windowOf([5, 1, 3, 2, 4], '21:00', '22:00')], 'Weeknights 21:00–22:00'],
    ['Saturday and Sunday', [windowOf([0, 6], '20:00', '23:00')], 'Weekends 20:00–23:00'],
    ['some days, Monday first', [windowOf([5, 1, 3], '21:00', '22:00')], 'Mon, Wed, Fri 21:00–22:00'],
    ['Sunday last in a list', [windowOf([0, 2], '21:00', '22:00')], 'Tue, Sun 21:00–22:00'],
    ['one day, by its full name', [windowOf([3], '21:00', '22:00')], 'Wednesday 21:00–22:00'],
    [
      'several windows, in their order',
      [windowOf([1, 2, 3, 4, 5], '21:00', '22:00'), windowOf([0, 6], '20:00', '23:00')],
      'Weeknights 21:00–22:00; Weekends 20:00–23:00',
    ],
  ])('%s', (_, windows, expected) => {
    expect(describeIn('en-GB', ...windows)).toBe(expected);
  });

  describe('says when a window crosses midnight', () => {
    test.each<[string, ReturnType<typeof windowOf>[], string]>([
      ['every day', [windowOf([0, 1, 2, 3, 4, 5, 6], '23:00', '01:00')], 'Every day 23:00–01:00 (ends 01:00 the next morning)'],
      ['on some days', [windowOf([1, 3], '23:30', '00:15')], 'Mon, Wed 23:30–00:15 (ends 00:15 the next morning)'],
      ['on Friday, naming Saturday', [windowOf([5], '23:00', '00:30')], 'Friday 23:00–00:30 (ends 00:30 Saturday)'],
      ['on Saturday, naming Sunday', [windowOf([6], '22:00', '02:00')], 'Saturday 22:00–02:00 (ends 02:00 Sunday)'],
      [
        'only for the window that does',
        [windowOf([1, 2, 3, 4], '21:00', '22:00'), windowOf([5], '21:00', '00:30')],
        'Mon, Tue, Wed, Thu 21:00–22:00; Friday 21:00–00:30 (ends 00:30 Saturday)',
      ],
      ['ending exactly at midnight', [windowOf([5], '23:00', '00:00')], 'Friday 23:00–00:00 (ends 00:00 Saturday)'],
    ])('%s', (_, windows, expected) => {
      expect(describeIn('en-GB', ...windows)).toBe(expected);
    });

    test('but not for a window ending later the same evening', () => {
      expect(describeIn('en-GB', windowOf([5], '00:30', '01:30'))).toBe('Friday 00:30–01:30');
    });
  });

  test('leaves out windows still being edited, and gives nothing when none is complete', () => {
    const complete = windowOf([1], '21:00', '22:00');
    expect(describeIn('en-GB', windowOf([], '21:00', '22:00'), complete, windowOf([2], '', '22:00'))).toBe('Monday 21:00–22:00');
    expect(describeIn('en-GB', windowOf([], '21:00', '22:00'))).toBe('');
  });

  test('names days in the given locale', () => {
    expect(describeIn('fr', windowOf([1, 3, 5], '21:00', '22:00'))).toBe('lun., mer. et ven. 21:00–22:00');
    expect(describeIn('de', windowOf([5], '23:00', '00:30'))).toBe('Freitag 23:00–00:30 (ends 00:30 Samstag)');
  });

  // Issue 15: the times read as the user's clock, as the time inputs show them.
  test.each([
    ['en-US', 'Every day 9:00 PM–10:00 PM; Friday 11:00 PM–12:30 AM (ends 12:30 AM Saturday)'],
    ['en-GB', 'Every day 21:00–22:00; Friday 23:00–00:30 (ends 00:30 Saturday)'],
    ['de', 'Every day 21:00–22:00; Freitag 23:00–00:30 (ends 00:30 Samstag)'],
  ])('writes the times as %s does, a window crossing midnight too', (locale, expected) => {
    const described = describeIn(locale, windowOf([0, 1, 2, 3, 4, 5, 6], '21:00', '22:00'), windowOf([5], '23:00', '00:30'));
    expect(described.replace(/\s/gu, ' ')).toBe(expected);
  });
});

describe('weekdayName()', () => {
  test.each<[Weekday, string, string]>([
    [0, 'Sunday', 'Sun'],
    [1, 'Monday', 'Mon'],
    [6, 'Saturday', 'Sat'],
  ])('day %i is %s', (day, long, short) => {
    expect(weekdayName(day, 'en', 'long')).toBe(long);
    expect(weekdayName(day, 'en', 'short')).toBe(short);
  });
});
