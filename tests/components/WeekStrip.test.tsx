import { render, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { noteCountLabel, WeekStrip, type WeekStripProps } from '../../components/WeekStrip';
import type { LocalDate } from '../../utils/time/local';
import { weekOf, type WeekOptions } from '../../utils/week/range';
import { type EveningLike, type NoteLike, summariseWeek } from '../../utils/week/summary';

const options: WeekOptions = { timeZone: 'Europe/London', dayBoundary: '04:00', weekStart: 1 };
const week = weekOf('2026-11-25', options); // Monday 23 – Sunday 29 November 2026
const dayLabel = (day: LocalDate) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00Z`),
  );
const shortDayLabel = (day: LocalDate) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00Z`));
const note = (id: string, iso: string): NoteLike => ({ id, text: id, createdAt: Date.parse(iso) });

function renderStrip(notes: NoteLike[], evenings: EveningLike[], comingHour?: WeekStripProps['comingHour']) {
  const { days } = summariseWeek({ week, notes, evenings, timeZone: options.timeZone, dayBoundary: options.dayBoundary });
  render(<WeekStrip days={days} locale="en-GB" dayLabel={dayLabel} shortDayLabel={shortDayLabel} comingHour={comingHour} />);
  return screen.getByRole('list', { name: 'The week at a glance' });
}

// Every outcome once, Sunday left without a window.
const everyOutcome: EveningLike[] = [
  { start: Date.parse('2026-11-23T21:00Z'), outcome: 'put-down' },
  { start: Date.parse('2026-11-24T21:00Z'), outcome: 'away' },
  { start: Date.parse('2026-11-25T21:00Z'), outcome: 'kept-browsing' },
  { start: Date.parse('2026-11-26T21:00Z'), outcome: 'paused' },
  { start: Date.parse('2026-11-28T21:00Z'), outcome: null },
];
const someNotes = [note('a', '2026-11-24T19:00Z'), note('b', '2026-11-24T21:00Z'), note('c', '2026-11-27T20:00Z')];

describe('WeekStrip', () => {
  test('shows one cell per day, oldest first, each with its short name', () => {
    const list = renderStrip(someNotes, everyOutcome);
    const cells = within(list).getAllByRole('listitem');
    expect(cells).toHaveLength(7);
    expect(cells.map((cell) => cell.querySelector('.week-strip-name')?.textContent)).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
  });

  test('describes each day in full words: date, notes and an evening that went well or was paused', () => {
    const list = renderStrip(someNotes, everyOutcome);
    const descriptions = within(list)
      .getAllByRole('listitem')
      .map((cell) => cell.querySelector('.visually-hidden')?.textContent);
    expect(descriptions).toEqual([
      'Monday 23 November: no notes, put down',
      'Tuesday 24 November: 2 notes, away',
      'Wednesday 25 November: no notes',
      'Thursday 26 November: no notes, paused',
      'Friday 27 November: 1 note',
      'Saturday 28 November: no notes, still open',
      'Sunday 29 November: no notes',
    ]);
  });

  test('hides the short visible cell from screen readers, since the description says it all', () => {
    const list = renderStrip(someNotes, everyOutcome);
    for (const cell of within(list).getAllByRole('listitem')) {
      expect(cell.querySelector('.week-strip-cell')?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  test('marks what went well by shape, not only colour, with a worded legend; other evenings stay quiet', () => {
    const list = renderStrip(someNotes, everyOutcome);
    const glyphs = within(list)
      .getAllByRole('listitem')
      .map((cell) => cell.querySelector('.week-strip-glyph')?.textContent);
    expect(glyphs).toEqual(['●', '◐', '', '‖', '', '◌', '']);
    const legend = document.querySelector('.week-strip-legend')!;
    expect([...legend.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '● put down',
      '◐ away',
      '‖ paused',
      '◌ still open',
      '✎ notes written',
    ]);
  });

  test('the legend names only what this week holds', () => {
    renderStrip([], [{ start: Date.parse('2026-11-23T21:00Z'), outcome: 'put-down' }]);
    const legend = document.querySelector('.week-strip-legend')!;
    expect([...legend.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['● put down']);
  });

  test('is no scorecard: "kept browsing" and "no window" appear nowhere, not even for screen readers', () => {
    const list = renderStrip(someNotes, [...everyOutcome, { start: Date.parse('2026-11-29T21:00Z'), outcome: 'kept-browsing' }]);
    const text = list.parentElement!.textContent ?? '';
    expect(text).not.toMatch(/kept browsing|no window/);
    expect([...list.parentElement!.querySelectorAll('[title]')].map((el) => el.getAttribute('title'))).not.toContain('kept browsing');
  });

  test('today, before the hour, says that tonight’s hour is coming', () => {
    const list = renderStrip(someNotes, [{ start: Date.parse('2026-11-23T21:00Z'), outcome: 'put-down' }], { day: '2026-11-24', time: '21:00' });
    const tuesday = within(list).getAllByRole('listitem')[1]!;
    expect(tuesday.querySelector('.visually-hidden')?.textContent).toBe('Tuesday 24 November: 2 notes, tonight, 21:00');
    expect(tuesday.querySelector('.week-strip-glyph')?.textContent).toBe('☽');
    const legend = document.querySelector('.week-strip-legend')!;
    expect([...legend.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['● put down', '☽ tonight, 21:00', '✎ notes written']);
  });

  test('an hour still to come in the morning is "later today", not "tonight"', () => {
    const list = renderStrip([], [], { day: '2026-11-24', time: '06:30' });
    expect(within(list).getAllByRole('listitem')[1]!.querySelector('.visually-hidden')?.textContent).toBe(
      'Tuesday 24 November: no notes, later today, 06:30',
    );
  });

  test('the days before today, and after it, with no evening stay blank', () => {
    const list = renderStrip([], [], { day: '2026-11-25', time: '21:00' });
    const glyphs = within(list)
      .getAllByRole('listitem')
      .map((cell) => cell.querySelector('.week-strip-glyph')?.textContent);
    expect(glyphs).toEqual(['', '', '☽', '', '', '', '']);
  });

  test('shows a note count only on days with notes, never a row of zeros', () => {
    const list = renderStrip(someNotes, everyOutcome);
    const counts = within(list)
      .getAllByRole('listitem')
      .map((cell) => cell.querySelector('.week-strip-notes')?.textContent);
    expect(counts).toEqual(['', '✎\u20092', '', '', '✎\u20091', '', '']);
  });
});

describe('noteCountLabel()', () => {
  test.each([
    [0, 'no notes'],
    [1, '1 note'],
    [2, '2 notes'],
    [11, '11 notes'],
  ])('%i in English: %s', (count, label) => {
    expect(noteCountLabel(count, 'en')).toBe(label);
  });
});
