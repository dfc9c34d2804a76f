import { afterEach, describe, expect, test } from 'vitest';
import { dayStart, reflectionDayOf } from '../../utils/time/day-boundary';
import { HOUR_MS, type Weekday } from '../../utils/time/local';
import {
  canGoForward,
  formatWeekRange,
  isCurrentOrFuture,
  localeWeekStart,
  nextWeek,
  previousWeek,
  resolveWeekStart,
  weekOf,
  type WeekOptions,
} from '../../utils/week/range';
import { addDays } from '../../utils/time/zoned';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const at = (iso: string) => Date.parse(iso);
const SUNDAY: Weekday = 0;
const MONDAY: Weekday = 1;
const SATURDAY: Weekday = 6;
const options = (weekStart: Weekday, timeZone = NY, dayBoundary = '04:00'): WeekOptions => ({
  timeZone,
  dayBoundary,
  weekStart,
});
const hoursIn = (span: { from: number; to: number }) => (span.to - span.from) / HOUR_MS;

describe('reflectionDayOf()', () => {
  test.each([
    ['2026-11-23T23:00-05:00', '04:00', '2026-11-23', 'a window that started at 23:00 is that evening'],
    ['2026-11-24T00:30-05:00', '04:00', '2026-11-23', 'a note at 00:30 belongs to the evening before'],
    ['2026-11-24T03:59-05:00', '04:00', '2026-11-23', 'one minute before the boundary is still the evening before'],
    ['2026-11-24T04:00-05:00', '04:00', '2026-11-24', '04:00 exactly begins the new day'],
    ['2026-11-24T00:30-05:00', '00:00', '2026-11-24', "boundary '00:00' behaves like midnight"],
    ['2026-11-23T23:59-05:00', '00:00', '2026-11-23', "boundary '00:00' keeps 23:59 on its own date"],
    ['2026-11-24T05:59-05:00', '06:00', '2026-11-23', "with '06:00', 05:59 is still the evening before"],
    ['2027-01-01T00:30-05:00', '04:00', '2026-12-31', "New Year's night belongs to 31 December"],
  ])('%s with boundary %s is %s: %s', (instant, boundary, day) => {
    expect(reflectionDayOf(at(instant), NY, boundary)).toBe(day);
  });

  test('reads the wall clock of the given zone, not UTC', () => {
    const instant = at('2026-11-23T20:30Z'); // 02:00 on the 24th in Kolkata, 15:30 on the 23rd in New York
    expect(reflectionDayOf(instant, 'Asia/Kolkata', '04:00')).toBe('2026-11-23');
    expect(reflectionDayOf(instant, 'Asia/Kolkata', '00:00')).toBe('2026-11-24');
    expect(reflectionDayOf(instant, NY, '00:00')).toBe('2026-11-23');
  });

  test.each([
    [NY, '04:00', '2026-03-06'],
    [NY, '02:30', '2026-03-06'], // the boundary falls in the spring-forward gap
    [NY, '01:30', '2026-10-30'], // the boundary happens twice on fall-back night
    [LONDON, '01:30', '2026-10-23'],
    [LONDON, '00:00', '2026-03-27'],
  ])('agrees with dayStart() every 15 minutes across DST changes (%s, %s)', (zone, boundary, firstDay) => {
    const days = Array.from({ length: 5 }, (_, i) => addDays(firstDay, i));
    for (const day of days.slice(0, -1)) {
      const [from, to] = [dayStart(day, zone, boundary), dayStart(addDays(day, 1), zone, boundary)];
      for (let t = from; t < to; t += HOUR_MS / 4) expect(reflectionDayOf(t, zone, boundary)).toBe(day);
    }
  });
});

describe('dayStart()', () => {
  test.each([
    ['2026-11-23', NY, '04:00', '2026-11-23T04:00-05:00'],
    ['2026-11-23', NY, '00:00', '2026-11-23T00:00-05:00'],
    ['2026-07-01', LONDON, '04:00', '2026-07-01T04:00+01:00'],
    ['2026-03-08', NY, '02:30', '2026-03-08T03:30-04:00'], // skipped by spring-forward: moves on by the gap
    ['2026-11-01', NY, '01:30', '2026-11-01T01:30-04:00'], // repeated on fall-back night: the first one
    ['2026-10-25', LONDON, '01:30', '2026-10-25T01:30+01:00'],
  ])('%s in %s at %s begins at %s', (day, zone, boundary, expected) => {
    expect(dayStart(day, zone, boundary)).toBe(at(expected));
  });

  test.each([
    [NY, '04:00', '2026-03-07', 23, 'the night clocks spring forward (2 am, Sunday 8 March) ends Saturday'],
    [NY, '04:00', '2026-03-08', 24, 'the day after the change is ordinary'],
    [NY, '04:00', '2026-10-31', 25, 'the night clocks fall back ends Saturday'],
    [NY, '00:00', '2026-03-08', 23, 'with a midnight boundary the change falls on Sunday itself'],
    [NY, '00:00', '2026-11-01', 25, 'with a midnight boundary fall-back Sunday is long'],
    [LONDON, '04:00', '2026-03-28', 23, 'London springs forward at 1 am on Sunday 29 March'],
    [LONDON, '04:00', '2026-10-24', 25, 'London falls back at 2 am on Sunday 25 October'],
  ])('in %s with boundary %s, %s lasts %i hours: %s', (zone, boundary, day, hours) => {
    const span = { from: dayStart(day, zone, boundary), to: dayStart(addDays(day, 1), zone, boundary) };
    expect(hoursIn(span)).toBe(hours);
  });
});

describe('weekOf()', () => {
  const wednesdayEvening = at('2026-11-25T20:00-05:00');

  test.each([
    [SUNDAY, '2026-11-22', 'Sunday-start (en-US)'],
    [MONDAY, '2026-11-23', 'Monday-start (en-GB, fr)'],
    [SATURDAY, '2026-11-21', 'Saturday-start (ar-EG, fa-IR)'],
  ])('weeks starting on weekday %i begin %s: %s', (weekStart, start, _locales) => {
    const week = weekOf(wednesdayEvening, options(weekStart));
    expect(week.start).toBe(start);
    expect(week.days).toEqual(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
    expect(week.from).toBe(dayStart(start, NY, '04:00'));
    expect(week.to).toBe(dayStart(addDays(start, 7), NY, '04:00'));
  });

  test('spans from the boundary of its first day to the boundary a week later', () => {
    expect(weekOf(wednesdayEvening, options(MONDAY))).toMatchObject({
      from: at('2026-11-23T04:00-05:00'),
      to: at('2026-11-30T04:00-05:00'),
    });
  });

  test('takes a reflection day as well as an instant', () => {
    expect(weekOf('2026-11-25', options(MONDAY))).toEqual(weekOf(wednesdayEvening, options(MONDAY)));
  });

  test('a note at 02:00 on Monday belongs to the previous Monday-start week', () => {
    expect(weekOf(at('2026-11-23T02:00-05:00'), options(MONDAY)).start).toBe('2026-11-16');
    expect(weekOf(at('2026-11-23T04:00-05:00'), options(MONDAY)).start).toBe('2026-11-23');
  });

  test.each([
    [NY, SUNDAY, '2026-03-05', '2026-03-01', 167, 'holds spring-forward'],
    [NY, SUNDAY, '2026-03-10', '2026-03-08', 168, 'begins after the 2 am change, at 4 am'],
    [NY, SUNDAY, '2026-10-28', '2026-10-25', 169, 'holds fall-back'],
    [LONDON, MONDAY, '2026-03-25', '2026-03-23', 167, 'holds spring-forward'],
    [LONDON, MONDAY, '2026-10-21', '2026-10-19', 169, 'holds fall-back'],
    [LONDON, MONDAY, '2026-11-25', '2026-11-23', 168, 'is ordinary'],
  ])('in %s, the weekday-%i week of %s starts %s and lasts %i hours: it %s', (zone, weekStart, day, start, hours, _) => {
    const week = weekOf(day, options(weekStart, zone));
    expect(week.start).toBe(start);
    expect(hoursIn(week)).toBe(hours);
  });

  test.each([
    [MONDAY, '2026-12-28', '2027-01-03'],
    [SUNDAY, '2026-12-27', '2027-01-02'],
  ])('a week across New Year starting on weekday %i runs %s to %s', (weekStart, first, last) => {
    const week = weekOf('2026-12-31', options(weekStart));
    expect([week.days[0], week.days[6]]).toEqual([first, last]);
    expect(week.days).toContain('2027-01-01');
  });
});

describe('previousWeek() and nextWeek()', () => {
  test.each([
    [NY, SUNDAY, '2026-03-08'],
    [LONDON, MONDAY, '2026-10-19'],
    [NY, MONDAY, '2026-12-28'],
  ])('in %s (weekday-%i weeks) the weeks around %s meet without gap or overlap', (zone, weekStart, day) => {
    const opts = options(weekStart, zone);
    const week = weekOf(day, opts);
    const [before, after] = [previousWeek(week, opts), nextWeek(week, opts)];
    expect(before.to).toBe(week.from);
    expect(after.from).toBe(week.to);
    expect([before.start, after.start]).toEqual([addDays(week.start, -7), addDays(week.start, 7)]);
    expect(nextWeek(before, opts)).toEqual(week);
  });
});

describe('isCurrentOrFuture() and canGoForward()', () => {
  const week = weekOf('2026-11-25', options(MONDAY));

  test.each([
    ['during the week', week.from + HOUR_MS, true, false],
    ['at its very first instant', week.from, true, false],
    ['one millisecond before it ends', week.to - 1, true, false],
    ['once the next week has begun', week.to, false, true],
    ['weeks later', week.to + 30 * 24 * HOUR_MS, false, true],
  ])('%s: current or future %s, can go forward %s', (_, now, current, forward) => {
    expect(isCurrentOrFuture(week, now)).toBe(current);
    expect(canGoForward(week, now)).toBe(forward);
  });

  test('a week that has not begun counts as future', () => {
    expect(isCurrentOrFuture(week, week.from - 1)).toBe(true);
    expect(canGoForward(week, week.from - 1)).toBe(false);
  });
});

describe('localeWeekStart()', () => {
  const RealLocale = Intl.Locale;
  type WeekInfo = { firstDay: number } | undefined;
  const useLocale = (Locale: typeof Intl.Locale) =>
    Object.defineProperty(Intl, 'Locale', { value: Locale, writable: true, configurable: true });
  afterEach(() => useLocale(RealLocale));

  // Node 20 has only the older `weekInfo` getter; newer runtimes add getWeekInfo().
  const runtimeKnowsWeeks = 'weekInfo' in RealLocale.prototype || 'getWeekInfo' in RealLocale.prototype;

  test.runIf(runtimeKnowsWeeks).each([
    ['en-US', SUNDAY],
    ['en-GB', MONDAY],
    ['fr', MONDAY],
    ['fr-CA', SUNDAY],
    ['ar-EG', SATURDAY],
    ['fa-IR', SATURDAY],
  ])('reads the runtime week data: %s starts on weekday %i', (locale, weekday) => {
    expect(localeWeekStart(locale)).toBe(weekday);
  });

  test.each([
    [1, MONDAY],
    [6, SATURDAY],
    [7, SUNDAY],
  ])('converts getWeekInfo().firstDay %i (1 = Monday … 7 = Sunday) to weekday %i', (firstDay, weekday) => {
    useLocale(
      class extends RealLocale {
        getWeekInfo = () => ({ firstDay });
        get weekInfo(): WeekInfo {
          return { firstDay: 3 }; // ignored: getWeekInfo() wins
        }
      },
    );
    expect(localeWeekStart('xx')).toBe(weekday);
  });

  test('uses the weekInfo property when getWeekInfo() is missing', () => {
    useLocale(
      class extends RealLocale {
        get weekInfo(): WeekInfo {
          return { firstDay: 7 };
        }
      },
    );
    expect(localeWeekStart('en-GB')).toBe(SUNDAY);
  });

  test.each([
    ['en-US', 'the runtime has no week data'],
    ['not a locale!', 'the tag is invalid'],
  ])('falls back to Monday for %j when %s', (locale) => {
    useLocale(
      class extends RealLocale {
        get weekInfo(): WeekInfo {
          return undefined;
        }
      },
    );
    expect(localeWeekStart(locale)).toBe(MONDAY);
  });
});

describe('resolveWeekStart()', () => {
  test('follows the locale when set to "locale"', () => {
    expect(resolveWeekStart('locale', 'en-US')).toBe(localeWeekStart('en-US'));
  });

  test('a fixed weekday overrides the locale', () => {
    expect(resolveWeekStart(3, 'en-US')).toBe(3);
    expect(resolveWeekStart(SUNDAY, 'en-GB')).toBe(SUNDAY);
  });
});

describe('formatWeekRange()', () => {
  const week = (day: string) => weekOf(day, options(MONDAY));

  test.each([
    ['en-GB', '2026-11-25', '23\u2009–\u200929 Nov 2026'],
    ['en-US', '2026-11-25', 'Nov 23\u2009–\u200929, 2026'],
    ['en-US', '2026-12-02', 'Nov 30\u2009–\u2009Dec 6, 2026'],
    ['en-US', '2026-12-31', 'Dec 28, 2026\u2009–\u2009Jan 3, 2027'],
    ['en-GB', '2026-12-31', '28 Dec 2026\u2009–\u20093 Jan 2027'],
    ['fr', '2026-11-25', '23–29 nov. 2026'],
  ])('in %s, the week of %s reads %j', (locale, day, expected) => {
    expect(formatWeekRange(week(day), locale)).toBe(expected);
  });

  test('joins two full dates where formatRange is missing', () => {
    const original = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'formatRange')!;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'formatRange', { value: undefined, configurable: true });
    try {
      expect(formatWeekRange(week('2026-11-25'), 'en-GB')).toBe('23 Nov 2026\u2009–\u200929 Nov 2026');
    } finally {
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'formatRange', original);
    }
  });
});
