import { afterEach, describe, expect, test } from 'vitest';
import { HOUR_MS, MINUTE_MS, type Weekday } from '../../utils/time/local';
import { nextOccurrence, occurrenceOn, openOccurrence } from '../../utils/schedule/occurrences';
import { defaultSettings } from '../../utils/settings';
import { instantAt } from '../../utils/time/zoned';

// Instants are written with their real UTC offset, so the tests do not lean on the code under test.
const at = Date.parse;
const windowOn = (day: string, start: string, end: string) => ({
  id: 'w',
  days: [new Date(`${day}T00:00:00Z`).getUTCDay() as Weekday],
  start,
  end,
});

describe('spring forward: a start the clocks skip moves forward by the gap', () => {
  test.each([
    // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    ['America/New_York', '2026-03-08', '01:30', '03:30', '2026-03-08T01:30:00-05:00', '2026-03-08T03:30:00-04:00', 60],
    ['America/New_York', '2026-03-08', '02:30', '03:45', '2026-03-08T03:30:00-04:00', '2026-03-08T03:45:00-04:00', 15],
    ['America/New_York', '2026-03-08', '02:00', '04:00', '2026-03-08T03:00:00-04:00', '2026-03-08T04:00:00-04:00', 60],
    // London, 2026-03-29: 01:00 GMT jumps to 02:00 BST; 02:00–03:00 is untouched.
    ['Europe/London', '2026-03-29', '01:30', '03:00', '2026-03-29T02:30:00+01:00', '2026-03-29T03:00:00+01:00', 30],
    ['Europe/London', '2026-03-29', '02:00', '03:00', '2026-03-29T02:00:00+01:00', '2026-03-29T03:00:00+01:00', 60],
    ['Europe/London', '2026-03-29', '02:30', '03:30', '2026-03-29T02:30:00+01:00', '2026-03-29T03:30:00+01:00', 60],
    // Sydney, 2026-10-04: 02:00 AEST jumps to 03:00 AEDT.
    ['Australia/Sydney', '2026-10-04', '02:30', '04:00', '2026-10-04T03:30:00+11:00', '2026-10-04T04:00:00+11:00', 30],
    ['Australia/Sydney', '2026-10-04', '01:00', '02:30', '2026-10-04T01:00:00+10:00', '2026-10-04T03:30:00+11:00', 90],
  ])('%s %s, %s–%s runs %s to %s (%i real minutes)', (timeZone, day, start, end, from, to, minutes) => {
    const occurrence = occurrenceOn(windowOn(day, start, end), day, timeZone);
    expect(occurrence).toMatchObject({ start: at(from), end: at(to), startTime: start, endTime: end });
    expect(occurrence && (occurrence.end - occurrence.start) / MINUTE_MS).toBe(minutes);
  });

  test.each([
    ['America/New_York', '2026-03-08', '02:00', '03:00'],
    ['America/New_York', '2026-03-08', '02:30', '03:30'],
    ['Europe/London', '2026-03-29', '01:00', '02:00'],
    ['Australia/Sydney', '2026-10-04', '02:00', '03:00'],
    ['Australia/Sydney', '2026-10-04', '02:30', '03:30'],
  ])('%s %s: %s–%s lies wholly in the gap, so it does not happen that night', (timeZone, day, start, end) => {
    expect(occurrenceOn(windowOn(day, start, end), day, timeZone)).toBeNull();
  });

  test('a weekly window lost in the gap comes back the next week', () => {
    const settings = { windows: [windowOn('2026-03-08', '02:00', '03:00')] };
    expect(nextOccurrence(settings, at('2026-03-07T12:00:00-05:00'), 'America/New_York')?.start).toBe(
      at('2026-03-15T02:00:00-04:00'),
    );
  });
});

describe('fall back: a repeated time is its first pass', () => {
  test.each([
    // New York, 2026-11-01: 02:00 EDT falls back to 01:00 EST.
    ['America/New_York', '2026-11-01', '01:00', '02:00', '2026-11-01T01:00:00-04:00', '2026-11-01T02:00:00-05:00', 120],
    ['America/New_York', '2026-11-01', '01:30', '03:00', '2026-11-01T01:30:00-04:00', '2026-11-01T03:00:00-05:00', 150],
    // London, 2026-10-25: 02:00 BST falls back to 01:00 GMT.
    ['Europe/London', '2026-10-25', '01:00', '02:00', '2026-10-25T01:00:00+01:00', '2026-10-25T02:00:00+00:00', 120],
    ['Europe/London', '2026-10-25', '00:30', '01:30', '2026-10-25T00:30:00+01:00', '2026-10-25T01:30:00+01:00', 60],
    // Sydney, 2026-04-05: 03:00 AEDT falls back to 02:00 AEST.
    ['Australia/Sydney', '2026-04-05', '01:00', '02:00', '2026-04-05T01:00:00+11:00', '2026-04-05T02:00:00+11:00', 60],
    ['Australia/Sydney', '2026-04-05', '02:00', '03:00', '2026-04-05T02:00:00+11:00', '2026-04-05T03:00:00+10:00', 120],
  ])('%s %s, %s–%s runs %s to %s (%i real minutes)', (timeZone, day, start, end, from, to, minutes) => {
    const occurrence = occurrenceOn(windowOn(day, start, end), day, timeZone);
    expect(occurrence).toMatchObject({ start: at(from), end: at(to) });
    expect(occurrence && (occurrence.end - occurrence.start) / MINUTE_MS).toBe(minutes);
  });

  test('the window stays open through both passes of the repeated hour', () => {
    const settings = { windows: [windowOn('2026-11-01', '01:00', '02:00')] };
    for (const instant of ['2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00', '2026-11-01T01:59:00-05:00']) {
      expect(openOccurrence(settings, at(instant), 'America/New_York')?.day).toBe('2026-11-01');
    }
    expect(openOccurrence(settings, at('2026-11-01T02:00:00-05:00'), 'America/New_York')).toBeNull();
  });
});

describe('a window crossing midnight on a DST night', () => {
  test.each([
    ['America/New_York', '2026-03-07', '23:00', '03:00', '2026-03-07T23:00:00-05:00', '2026-03-08T03:00:00-04:00', 3],
    ['America/New_York', '2026-10-31', '23:00', '02:00', '2026-10-31T23:00:00-04:00', '2026-11-01T02:00:00-05:00', 4],
    ['Europe/London', '2026-03-28', '23:00', '02:30', '2026-03-28T23:00:00+00:00', '2026-03-29T02:30:00+01:00', 2.5],
    ['Europe/London', '2026-10-24', '23:00', '01:30', '2026-10-24T23:00:00+01:00', '2026-10-25T01:30:00+01:00', 2.5],
    ['Australia/Sydney', '2026-10-03', '23:00', '03:30', '2026-10-03T23:00:00+10:00', '2026-10-04T03:30:00+11:00', 3.5],
    ['Australia/Sydney', '2026-04-04', '23:00', '02:30', '2026-04-04T23:00:00+11:00', '2026-04-05T02:30:00+11:00', 3.5],
  ])('%s, the evening of %s, %s–%s runs %s to %s (%s real hours)', (timeZone, day, start, end, from, to, hours) => {
    const occurrence = occurrenceOn(windowOn(day, start, end), day, timeZone);
    expect(occurrence).toMatchObject({ day, start: at(from), end: at(to) });
    expect(occurrence && (occurrence.end - occurrence.start) / HOUR_MS).toBe(hours);
  });
});

describe('the evening after a DST change keeps its wall-clock hour', () => {
  test.each([
    ['America/New_York', '2026-03-07T22:30:00-05:00', '2026-03-08T21:00:00-04:00', '2026-03-09T21:00:00-04:00', 23],
    ['America/New_York', '2026-10-31T22:30:00-04:00', '2026-11-01T21:00:00-05:00', '2026-11-02T21:00:00-05:00', 25],
    ['Europe/London', '2026-03-28T22:30:00+00:00', '2026-03-29T21:00:00+01:00', '2026-03-30T21:00:00+01:00', 23],
    ['Europe/London', '2026-10-24T22:30:00+01:00', '2026-10-25T21:00:00+00:00', '2026-10-26T21:00:00+00:00', 25],
    ['Australia/Sydney', '2026-10-03T22:30:00+10:00', '2026-10-04T21:00:00+11:00', '2026-10-05T21:00:00+11:00', 23],
    ['Australia/Sydney', '2026-04-04T22:30:00+11:00', '2026-04-05T21:00:00+10:00', '2026-04-06T21:00:00+10:00', 25],
  ])('%s: from %s the next starts are %s and %s', (timeZone, from, first, second, hoursSinceLastEvening) => {
    const settings = defaultSettings();
    const next = nextOccurrence(settings, at(from), timeZone);
    expect(next?.start).toBe(at(first));
    expect(next && nextOccurrence(settings, next.start, timeZone)?.start).toBe(at(second));
    // The DST night's own 21:00 is 23 or 25 real hours after the evening before, not a drifting 24.
    expect(next && (next.start - (at(from) - 90 * MINUTE_MS)) / HOUR_MS).toBe(hoursSinceLastEvening);
  });
});

describe('instantAt() does not depend on the machine’s own time zone', () => {
  // TZDate's constructor does (https://github.com/date-fns/tz/issues/40); Node rereads TZ when it changes.
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  test.each(['UTC', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Tokyo'])('on a machine in %s', (system) => {
    process.env.TZ = system;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(system);
    expect(instantAt('2026-10-25', 90, 'Europe/London')).toBe(at('2026-10-25T01:30:00+01:00'));
    expect(instantAt('2026-04-05', 150, 'Australia/Sydney')).toBe(at('2026-04-05T02:30:00+11:00'));
    expect(instantAt('2026-11-01', 90, 'America/New_York')).toBe(at('2026-11-01T01:30:00-04:00'));
    expect(instantAt('2026-03-08', 150, 'America/New_York')).toBe(at('2026-03-08T03:30:00-04:00'));
  });
});
