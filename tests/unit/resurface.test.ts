import { describe, expect, test } from 'vitest';
import { dayStart } from '../../utils/time/day-boundary';
import { chooseResurfacedNote, resurfaceRange, weeksBetween } from '../../utils/week/resurface';
import { nextWeek, previousWeek, weekOf, type WeekOptions } from '../../utils/week/range';
import type { NoteLike } from '../../utils/week/summary';
import { addDays } from '../../utils/time/zoned';

const NY = 'America/New_York';
const options: WeekOptions = { timeZone: NY, dayBoundary: '04:00', weekStart: 1 };
const week = weekOf('2026-12-02', options); // Mon 30 Nov – Sun 6 Dec 2026
const note = (id: string, iso: string): NoteLike => ({ id, text: id, createdAt: Date.parse(iso) });
// One note each Wednesday evening, 1 to 30 weeks before `week`.
const history = Array.from({ length: 30 }, (_, i) =>
  note(`w${i + 1}`, `${addDays('2026-12-02', -7 * (i + 1))}T20:00-05:00`),
);

describe('chooseResurfacedNote()', () => {
  test('gives nothing when there is nothing earlier to bring back', () => {
    expect(chooseResurfacedNote([], week, options)).toBeNull();
    const thisWeek = [note('now', '2026-12-01T20:00-05:00'), note('later', '2026-12-20T20:00-05:00')];
    expect(chooseResurfacedNote(thisWeek, week, options)).toBeNull();
  });

  test('only ever chooses a note written before the week began', () => {
    // Ten weeks, so the hash lands on either position at least once.
    for (let w = week, i = 0; i < 10; i++, w = nextWeek(w, options)) {
      const thisWeek = { id: 'this-week', text: '', createdAt: w.from };
      const earlier = { id: 'earlier', text: '', createdAt: w.from - 1 };
      expect(chooseResurfacedNote([thisWeek, earlier], w, options)?.note.id).toBe('earlier');
    }
  });

  test('chooses the same note every time the week is opened, whatever order the query returns', () => {
    const first = chooseResurfacedNote(history, week, options);
    const sameWeekLater = weekOf(Date.parse('2026-12-06T22:00-05:00'), options);
    expect(chooseResurfacedNote([...history].reverse(), sameWeekLater, options)).toEqual(first);
  });

  test('moves on to other notes as the weeks go by', () => {
    const picks = new Set<string>();
    for (let w = week, i = 0; i < 12; i++, w = nextWeek(w, options)) {
      picks.add(chooseResurfacedNote(history, w, options)!.note.id);
    }
    expect(picks.size).toBeGreaterThanOrEqual(6);
  });

  test.each([
    ['2026-11-29T23:00-05:00', 1, 'Sunday night, the last evening of the week before'],
    ['2026-11-30T02:00-05:00', 1, 'the small hours of Monday, still the week before'],
    ['2026-11-23T04:00-05:00', 1, 'the first moment of the week before'],
    ['2026-11-23T03:59-05:00', 2, 'a minute earlier'],
    ['2026-03-09T20:00-04:00', 38, 'across both DST changes'],
    ['2025-12-01T20:00-05:00', 52, 'a year ago'],
  ])('a note from %s is %i week(s) ago: %s', (iso, weeksAgo) => {
    expect(chooseResurfacedNote([note('only', iso)], week, options)).toMatchObject({ weeksAgo });
  });
});

describe('weeksBetween()', () => {
  test.each([
    ['2026-12-02', '2026-12-02', 0],
    ['2026-11-25', '2026-12-02', 1],
    ['2026-03-04', '2026-03-11', 1], // the spring-forward week is an hour short, still one week
    ['2026-12-02', '2026-11-25', -1],
    ['2025-12-03', '2026-12-02', 52],
  ])('from the week of %s to the week of %s: %i', (from, to, weeks) => {
    expect(weeksBetween(weekOf(from, options), weekOf(to, options))).toBe(weeks);
  });
});

describe('resurfaceRange()', () => {
  test('by default spans whole weeks from 52 to 2 weeks before the week', () => {
    expect(resurfaceRange(week, options)).toEqual({
      from: dayStart('2025-12-01', NY, '04:00'),
      to: dayStart('2026-11-23', NY, '04:00'),
    });
  });

  test('leaves out the week just before, which is still fresh', () => {
    const range = resurfaceRange(week, options);
    expect(range.to).toBe(previousWeek(week, options).from);
  });

  test('takes other limits', () => {
    expect(resurfaceRange(week, options, { minWeeksAgo: 1, maxWeeksAgo: 4 })).toEqual({
      from: dayStart('2026-11-02', NY, '04:00'),
      to: week.from,
    });
  });

  test('is the same all week long, so the pick holds still', () => {
    const monday = weekOf(Date.parse('2026-11-30T09:00-05:00'), options);
    const sunday = weekOf(Date.parse('2026-12-07T03:00-05:00'), options);
    expect(resurfaceRange(monday, options)).toEqual(resurfaceRange(sunday, options));
  });
});
