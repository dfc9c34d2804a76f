import { describe, expect, test } from 'vitest';
import { weekOf } from '../../utils/week/range';
import { type EveningLike, type NoteLike, type Outcome, summariseWeek } from '../../utils/week/summary';

const NY = 'America/New_York';
const week = weekOf('2026-11-25', { timeZone: NY, dayBoundary: '04:00', weekStart: 1 }); // Mon 23 – Sun 29 Nov
const note = (id: string, iso: string): NoteLike => ({ id, text: `note ${id}`, createdAt: Date.parse(iso) });
// A window that starts at 21:00 New York time on `day`.
const evening = (day: string, outcome: Outcome | null): EveningLike => ({ start: Date.parse(`${day}T21:00:00-05:00`), outcome });
const summarise = (notes: NoteLike[], evenings: EveningLike[] = []) =>
  summariseWeek({ week, notes, evenings, timeZone: NY, dayBoundary: '04:00' });

describe('summariseWeek()', () => {
  test('an empty week has seven days without a window and nothing to show', () => {
    const summary = summarise([]);
    expect(summary.days.map((d) => d.day)).toEqual(week.days);
    expect(summary.days.every((d) => d.outcome === 'no-window' && d.noteCount === 0)).toBe(true);
    expect(summary).toMatchObject({
      honored: { total: 0, putDown: 0, away: 0, keptBrowsing: 0 },
      paused: 0,
      notesByDay: [],
      noteCount: 0,
      isEmpty: true,
    });
  });

  test('counts honored evenings: "4 of 5 connection hours: put down 3, away 1"', () => {
    const summary = summarise(
      [],
      [
        evening('2026-11-23', 'put-down'),
        evening('2026-11-24', 'put-down'),
        evening('2026-11-25', 'away'),
        evening('2026-11-26', 'kept-browsing'),
        evening('2026-11-27', 'put-down'),
        evening('2026-11-28', 'paused'),
      ],
    );
    expect(summary.honored).toEqual({ total: 5, putDown: 3, away: 1, keptBrowsing: 1 });
    expect(summary.paused).toBe(1);
    expect(summary.days.map((d) => d.outcome)).toEqual([
      'put-down',
      'put-down',
      'away',
      'kept-browsing',
      'put-down',
      'paused',
      'no-window',
    ]);
    expect(summary.isEmpty).toBe(false);
  });

  test('an evening and its notes share one day: a window that starts after midnight counts as the evening before, as its notes do', () => {
    // Saturday 00:30 in New York is still Friday night (boundary 04:00), for the window and for a note written in it.
    const lateWindow: EveningLike = { start: Date.parse('2026-11-28T00:30:00-05:00'), outcome: 'put-down' };
    const summary = summarise([note('a', '2026-11-28T00:45:00-05:00')], [lateWindow]);
    expect(summary.days[4]).toEqual({ day: '2026-11-27', noteCount: 1, outcome: 'put-down' });
    expect(summary.days[5]).toEqual({ day: '2026-11-28', noteCount: 0, outcome: 'no-window' });
  });

  test.each([
    ['at the boundary, its own day', '2026-11-25T04:00:00-05:00', 2],
    ['just before the boundary, the day before', '2026-11-25T03:59:00-05:00', 1],
    ['before the boundary on the first day, the week before', '2026-11-23T01:00:00-05:00', -1],
  ])('a window starting %s', (_name, iso, index) => {
    const summary = summarise([], [{ start: Date.parse(iso), outcome: 'away' }]);
    expect(summary.days.findIndex((day) => day.outcome === 'away')).toBe(index);
  });

  test('an evening still open is pending and not counted', () => {
    const summary = summarise([], [evening('2026-11-25', null)]);
    expect(summary.days[2]?.outcome).toBe('pending');
    expect(summary.honored.total).toBe(0);
    expect(summary.isEmpty).toBe(false);
  });

  test.each([
    [['kept-browsing', 'put-down'], 'put-down'],
    [['paused', 'away', 'kept-browsing'], 'away'],
    [['paused', 'kept-browsing'], 'kept-browsing'],
    [[null, 'paused'], 'paused'],
    [[null, null], 'pending'],
  ] as const)('several records on one day %j count once, as %s', (outcomes, expected) => {
    const forward = summarise([], outcomes.map((o) => evening('2026-11-24', o)));
    const backward = summarise([], [...outcomes].reverse().map((o) => evening('2026-11-24', o)));
    expect(forward.days[1]?.outcome).toBe(expected);
    expect(backward.days[1]?.outcome).toBe(expected);
    expect(forward.honored.total + forward.paused).toBeLessThanOrEqual(1);
  });

  test('ignores evening records from other weeks', () => {
    const summary = summarise([], [evening('2026-11-22', 'put-down'), evening('2026-11-30', 'away')]);
    expect(summary.honored.total).toBe(0);
    expect(summary.isEmpty).toBe(true);
  });

  test('groups notes by reflection day, newest day first and newest note first', () => {
    const summary = summarise([
      note('mon-evening', '2026-11-23T21:00-05:00'),
      note('mon-late', '2026-11-24T00:30-05:00'), // still Monday's evening
      note('wed', '2026-11-25T19:00-05:00'),
      note('sun', '2026-11-29T20:00-05:00'),
    ]);
    expect(summary.notesByDay.map(({ day, notes }) => [day, notes.map((n) => n.id)])).toEqual([
      ['2026-11-29', ['sun']],
      ['2026-11-25', ['wed']],
      ['2026-11-23', ['mon-late', 'mon-evening']],
    ]);
    expect(summary.days.map((d) => d.noteCount)).toEqual([2, 0, 1, 0, 0, 0, 1]);
    expect(summary.noteCount).toBe(4);
    expect(summary.isEmpty).toBe(false);
  });

  test.each([
    ['2026-11-23T03:59-05:00', 'before the first day boundary (Sunday night of the week before)'],
    ['2026-11-30T04:00-05:00', 'at the boundary that begins next week'],
  ])('leaves out a note written %s: %s', (iso) => {
    expect(summarise([note('outside', iso)]).noteCount).toBe(0);
  });

  test('a note written in the small hours after the last day still counts for it', () => {
    const summary = summarise([note('sun-night', '2026-11-30T03:59-05:00')]);
    expect(summary.notesByDay).toEqual([{ day: '2026-11-29', notes: [expect.objectContaining({ id: 'sun-night' })] }]);
  });

  test('notes written in the same millisecond keep a stable order', () => {
    const [a, b] = [note('a', '2026-11-25T20:00-05:00'), note('b', '2026-11-25T20:00-05:00')];
    const ids = (notes: NoteLike[]) => summarise(notes).notesByDay[0]?.notes.map((n) => n.id);
    expect(ids([a, b])).toEqual(ids([b, a]));
  });
});
