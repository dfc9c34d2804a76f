import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test, vi } from 'vitest';
import type { SaveResult } from '../../components/NoteForm';
import {
  type ReflectionData,
  type ReflectionSummary,
  WeekReflection,
  type WeekReflectionProps,
} from '../../components/WeekReflection';
import type { NoteRecord } from '../../utils/notes/record';
import { t } from '../../utils/platform/i18n';
import type { LocalDate } from '../../utils/time/local';
import { pickReflectionQuestion } from '../../utils/week/questions';
import { chooseResurfacedNote } from '../../utils/week/resurface';
import { formatWeekRange, weekOf, type WeekOptions } from '../../utils/week/range';
import { composeWeekLetter, letterTextFrom } from '../../utils/week/letter';
import { type EveningLike, summariseWeek } from '../../utils/week/summary';
import { resolveMessage } from '../setup/messages';

const options: WeekOptions = { timeZone: 'Europe/London', dayBoundary: '04:00', weekStart: 1 };
const week = weekOf('2026-11-25', options); // Monday 23 – Sunday 29 November 2026
const weekLabel = formatWeekRange(week, 'en-GB');
const MARKUP = '<img src=x onerror=alert(1)><b>bold</b>';

const note = (id: string, text: string, iso: string): NoteRecord => ({
  id,
  text,
  createdAt: Date.parse(iso),
  updatedAt: Date.parse(iso),
  source: 'popup',
  prompt: null,
});
const dayLabel = (day: LocalDate) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00Z`),
  );
const shortDayLabel = (day: LocalDate) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00Z`));

const weekNotes = [
  note('mon', 'You listened.', '2026-11-23T20:00Z'),
  note('tue-early', 'You made tea without asking.', '2026-11-24T19:00Z'),
  note('tue-late', 'You danced in the kitchen.', '2026-11-24T22:00Z'),
  note('fri', MARKUP, '2026-11-27T21:00Z'),
];
// 4 of 5 connection hours honored (put down 3, away 1), one kept browsing, one paused, Sunday still open.
const weekEvenings: EveningLike[] = [
  { start: Date.parse('2026-11-23T21:00Z'), outcome: 'put-down' },
  { start: Date.parse('2026-11-24T21:00Z'), outcome: 'put-down' },
  { start: Date.parse('2026-11-25T21:00Z'), outcome: 'away' },
  { start: Date.parse('2026-11-26T21:00Z'), outcome: 'kept-browsing' },
  { start: Date.parse('2026-11-27T21:00Z'), outcome: 'paused' },
  { start: Date.parse('2026-11-28T21:00Z'), outcome: 'put-down' },
  { start: Date.parse('2026-11-29T21:00Z'), outcome: null },
];
const threeWeeksAgo = note('old', 'You remembered my mother’s birthday.', '2026-11-03T20:00Z');
const lastWeek = note('last', 'You fixed the bike.', '2026-11-18T20:00Z');

/** The data the popup would build, from the real pure functions. */
function reflectionData(notes: NoteRecord[], evenings: EveningLike[], earlier: NoteRecord[] = []): ReflectionData {
  // summariseWeek hands back the very notes it was given, so these are NoteRecords.
  const { timeZone, dayBoundary } = options;
  const summary = summariseWeek({ week, notes, evenings, timeZone, dayBoundary }) as ReflectionSummary;
  const letter = (format: 'markdown' | 'text') =>
    composeWeekLetter({
      notesByDay: summary.notesByDay,
      names: { me: 'Alex', partner: 'Sam' },
      locale: 'en-GB',
      format,
      weekRangeLabel: weekLabel,
      wording: letterTextFrom(t),
    });
  return {
    week,
    summary,
    resurfaced: chooseResurfacedNote(earlier, week, options),
    questionKey: pickReflectionQuestion(week),
    letter: { markdown: letter('markdown'), text: letter('text') },
  };
}

function setup(overrides: Partial<WeekReflectionProps> = {}) {
  const props: WeekReflectionProps = {
    data: reflectionData(weekNotes, weekEvenings, [threeWeeksAgo]),
    weekLabel,
    isCurrentWeek: true,
    canGoForward: false,
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onThisWeek: vi.fn(),
    locale: 'en-GB',
    describeTime: (createdAt) => `at ${new Date(createdAt).toISOString()}`,
    dayLabel,
    shortDayLabel,
    noteActions: { edit: vi.fn(), remove: vi.fn(), restore: vi.fn(), pendingDeletes: vi.fn(async () => []) },
    letterActions: { copy: vi.fn(async () => true), print: vi.fn(), download: vi.fn() },
    onWriteNote: vi.fn(),
    ...overrides,
  };
  render(<WeekReflection {...props} />);
  return props;
}

/** A stateful stand-in for the database: deleting or restoring re-summarises the week, as the live query does. */
function Harness() {
  const [notes, setNotes] = useState(weekNotes);
  const apply = (change: (list: NoteRecord[]) => NoteRecord[]): Promise<SaveResult> => {
    setNotes(change);
    return Promise.resolve({ ok: true });
  };
  return (
    <WeekReflection
      data={reflectionData(notes, weekEvenings)}
      weekLabel={weekLabel}
      isCurrentWeek
      canGoForward={false}
      onPrevious={() => {}}
      onNext={() => {}}
      onThisWeek={() => {}}
      locale="en-GB"
      describeTime={(createdAt) => `at ${createdAt}`}
      dayLabel={dayLabel}
      shortDayLabel={shortDayLabel}
      noteActions={{
        edit: (id, text) => apply((list) => list.map((n) => (n.id === id ? { ...n, text } : n))),
        remove: (target) => apply((list) => list.filter((n) => n.id !== target.id)),
        restore: (target) => apply((list) => [...list, target]),
        pendingDeletes: async () => [],
      }}
      letterActions={{ copy: async () => true, print: () => {}, download: () => {} }}
      onWriteNote={() => {}}
    />
  );
}

const strip = () => screen.queryByRole('list', { name: 'The week at a glance' });

describe('WeekReflection', () => {
  test('says it is gathering the week while loading', () => {
    setup({ data: undefined });
    expect(screen.getByRole('status').textContent).toBe('Gathering your week…');
    expect(strip()).toBeNull();
  });

  test('says why when the week could not be loaded', () => {
    setup({ data: { error: 'Your notes could not be loaded.' } });
    expect(screen.getByRole('alert').textContent).toBe('Your notes could not be loaded.');
  });

  describe('an empty week', () => {
    test('this week: invites the first note, warmly, without a grid of zeros', () => {
      const props = setup({ data: reflectionData([], []) });
      expect(screen.getByText('Nothing here yet — a quiet week is fine. Write one line about them?')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Write a note' }));
      expect(props.onWriteNote).toHaveBeenCalledOnce();
      expect(strip()).toBeNull();
      expect(document.body.textContent).not.toMatch(/\b0\b/);
      expect(screen.queryByText('Letter of the week')).toBeNull();
    });

    test('a past week: a gentle line, and the way around stays', () => {
      setup({ data: reflectionData([], []), isCurrentWeek: false, canGoForward: true });
      expect(screen.getByText('A quiet week. That’s all right too.')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Write a note' })).toBeNull();
      expect(screen.getByRole('button', { name: 'Previous week' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'This week' })).toBeTruthy();
      expect(strip()).toBeNull();
    });

    test('still brings back a note from before', () => {
      setup({ data: reflectionData([], [], [threeWeeksAgo]) });
      expect(screen.getByText('3 weeks ago you wrote…')).toBeTruthy();
    });
  });

  describe('a full week', () => {
    test('shows the week at a glance, a day a cell, in words as well as shapes', () => {
      setup();
      const cells = within(strip()!).getAllByRole('listitem');
      expect(cells).toHaveLength(7);
      expect(cells.map((cell) => cell.querySelector('.visually-hidden')?.textContent)).toEqual([
        'Monday 23 November: 1 note, put down',
        'Tuesday 24 November: 2 notes, put down',
        'Wednesday 25 November: no notes, away',
        'Thursday 26 November: no notes',
        'Friday 27 November: 1 note, paused',
        'Saturday 28 November: no notes, put down',
        'Sunday 29 November: no notes, still open',
      ]);
      const legend = document.querySelector('.week-strip-legend')!.textContent;
      for (const label of ['put down', 'away', 'paused', 'still open']) expect(legend).toContain(label);
      expect(document.body.textContent).not.toContain('kept browsing');
    });

    test('this week, today’s cell says tonight’s hour is coming; an earlier week never does', () => {
      const data = reflectionData(weekNotes, weekEvenings.slice(0, 5));
      setup({ data, comingHour: { day: '2026-11-28', time: '21:00' } });
      expect(screen.getByText('Saturday 28 November: no notes, tonight, 21:00')).toBeTruthy();
      cleanup();
      setup({ data, comingHour: { day: '2026-11-28', time: '21:00' }, isCurrentWeek: false });
      expect(screen.queryByText(/tonight/)).toBeNull();
    });

    test('names what went well, by day, and counts nothing', () => {
      setup();
      expect(screen.getByText('You put the screens down on Monday, Tuesday and Saturday.')).toBeTruthy();
      expect(screen.getByText('You were off the screens on Wednesday.')).toBeTruthy();
      expect(screen.getByText('Hearth was paused on Friday.')).toBeTruthy();
      expect(screen.queryByText(/connection hours?:|\d+ of \d+/)).toBeNull();
    });

    test('names only the parts that happened', () => {
      setup({ data: reflectionData(weekNotes, [{ start: Date.parse('2026-11-23T21:00Z'), outcome: 'away' }]) });
      expect(screen.getByText('You were off the screens on Monday.')).toBeTruthy();
      expect(screen.queryByText(/put the screens down|paused/)).toBeNull();
    });

    test('leaves evenings that went otherwise quiet', () => {
      setup({
        data: reflectionData(weekNotes, [
          { start: Date.parse('2026-11-23T21:00Z'), outcome: 'kept-browsing' },
          { start: Date.parse('2026-11-24T21:00Z'), outcome: 'kept-browsing' },
        ]),
      });
      expect(document.querySelector('.reflection-evenings')).toBeNull();
      expect(document.body.textContent).not.toMatch(/kept browsing|connection hour|0 of/);
    });

    test('says nothing about evenings when there were no windows', () => {
      setup({ data: reflectionData(weekNotes, []) });
      expect(screen.queryByText(/connection hour/)).toBeNull();
    });

    test('asks the week’s question of the two of them', () => {
      setup();
      const section = screen.getByRole('region', { name: 'For the two of you' });
      expect(section.textContent).toContain(resolveMessage(pickReflectionQuestion(week)));
    });

    test('brings back a note from weeks ago, as a quote', () => {
      setup();
      const figure = screen.getByRole('figure', { name: '3 weeks ago you wrote…' });
      expect(figure.querySelector('blockquote')?.textContent).toBe('You remembered my mother’s birthday.');
    });

    test('says "Last week" for a note from the week before', () => {
      setup({ data: reflectionData(weekNotes, weekEvenings, [lastWeek]) });
      expect(screen.getByRole('figure', { name: 'Last week you wrote…' }).textContent).toContain('You fixed the bike.');
    });

    test('shows no resurfaced note when there is none', () => {
      setup({ data: reflectionData(weekNotes, weekEvenings, []) });
      expect(screen.queryByRole('figure')).toBeNull();
    });

    test('groups the notes by day, newest day and newest note first', () => {
      setup();
      const section = screen.getByRole('region', { name: 'This week’s notes' });
      const days = within(section).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
      expect(days).toEqual(['Friday 27 November', 'Tuesday 24 November', 'Monday 23 November']);
      const tuesday = within(section).getByRole('list', { name: 'Tuesday 24 November' });
      expect(within(tuesday).getAllByRole('listitem').map((item) => item.querySelector('.note-text')?.textContent)).toEqual([
        'You danced in the kitchen.',
        'You made tea without asking.',
      ]);
    });

    test('shows note text literally, never as markup', () => {
      setup({ data: reflectionData(weekNotes, weekEvenings, [note('old', MARKUP, '2026-11-03T20:00Z')]) });
      expect(screen.getAllByText(MARKUP)).toHaveLength(2); // The week's note and the resurfaced one.
      expect(document.querySelector('.week-reflection img, .week-reflection b')).toBeNull();
    });
  });

  describe('moving between weeks', () => {
    test('previous and next call back; the week label is a live heading', () => {
      const props = setup({ isCurrentWeek: false, canGoForward: true });
      const heading = screen.getByRole('heading', { level: 2, name: weekLabel });
      expect(heading.getAttribute('aria-live')).toBe('polite');
      fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
      fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
      expect(props.onPrevious).toHaveBeenCalledOnce();
      expect(props.onNext).toHaveBeenCalledOnce();
    });

    test('never offers a future week', () => {
      const props = setup({ isCurrentWeek: true, canGoForward: false });
      const next = screen.getByRole('button', { name: 'Next week' });
      expect(next.getAttribute('aria-disabled')).toBe('true');
      fireEvent.click(next);
      expect(props.onNext).not.toHaveBeenCalled();
    });

    test('offers "This week" only away from this week, and keeps focus in the navigation', () => {
      const props = setup({ isCurrentWeek: false, canGoForward: true });
      fireEvent.click(screen.getByRole('button', { name: 'This week' }));
      expect(props.onThisWeek).toHaveBeenCalledOnce();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Previous week' }));
    });

    test('has no "This week" button on this week', () => {
      setup({ isCurrentWeek: true });
      expect(screen.queryByRole('button', { name: 'This week' })).toBeNull();
    });
  });

  describe('the letter of the week', () => {
    test('shows the letter as a letter, in flowing sentences, literally, markup-looking notes included', () => {
      const props = setup();
      expect(screen.getByText('Letter of the week').tagName).toBe('SUMMARY');
      const text = document.querySelector('.letter-text')!;
      const letter = (props.data as ReflectionData).letter.text;
      expect(text.textContent).toBe(letter);
      expect(letter).toContain(`On Friday: ${MARKUP}`);
      expect(letter).toContain('On Tuesday: You made tea without asking. You danced in the kitchen.');
      // No dates, no Markdown: those are for the .md download.
      expect(letter).not.toMatch(/November|^[-#>] /m);
      expect(text.children).toHaveLength(0);
    });

    test('copying says "Copied."', async () => {
      const props = setup();
      fireEvent.click(screen.getByRole('button', { name: 'Copy letter' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied.'));
      expect(props.letterActions.copy).toHaveBeenCalledOnce();
    });

    test('a refused copy says what to do instead', async () => {
      setup({ letterActions: { copy: async () => false, print: vi.fn(), download: vi.fn() } });
      fireEvent.click(screen.getByRole('button', { name: 'Copy letter' }));
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe(
          'The letter couldn’t be copied. Select its text above and copy it yourself.',
        ),
      );
    });

    test('a clipboard that throws is reported the same way', async () => {
      setup({ letterActions: { copy: () => Promise.reject(new Error('denied')), print: vi.fn(), download: vi.fn() } });
      fireEvent.click(screen.getByRole('button', { name: 'Copy letter' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/couldn’t be copied/));
    });

    test('prints and downloads in the chosen format', () => {
      const { letterActions } = setup();
      fireEvent.click(screen.getByRole('button', { name: 'Print' }));
      fireEvent.click(screen.getByRole('button', { name: 'Download (.md)' }));
      fireEvent.click(screen.getByRole('button', { name: 'Download (.txt)' }));
      expect(letterActions.print).toHaveBeenCalledOnce();
      expect(letterActions.download).toHaveBeenNthCalledWith(1, 'markdown');
      expect(letterActions.download).toHaveBeenNthCalledWith(2, 'text');
    });
  });

  test('delete offers an undo that brings the note back to its day', async () => {
    render(<Harness />);
    const tuesday = () => screen.getByRole('list', { name: 'Tuesday 24 November' });
    fireEvent.click(screen.getByRole('button', { name: `Delete note from at ${Date.parse('2026-11-24T22:00Z')}` }));
    await screen.findByText('Note deleted.');
    expect(screen.queryByText('You danced in the kitchen.')).toBeNull();
    expect(within(tuesday()).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('You danced in the kitchen.');
    expect(within(tuesday()).getAllByRole('listitem').map((item) => item.querySelector('.note-text')?.textContent)).toEqual([
      'You danced in the kitchen.',
      'You made tea without asking.',
    ]);
    expect(screen.getByText('Note restored.')).toBeTruthy();
  });

  test('deleting the last note of a day removes the day, and undo brings it back', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: `Delete note from at ${Date.parse('2026-11-23T20:00Z')}` }));
    await screen.findByText('Note deleted.');
    expect(screen.queryByRole('heading', { name: 'Monday 23 November' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('heading', { name: 'Monday 23 November' });
  });
});

describe('WeekReflection with a busy week', () => {
  const busy = Array.from({ length: 45 }, (_, i) =>
    note(`busy-${i}`, `Thing number ${i}`, new Date(Date.parse('2026-11-24T08:00Z') + i * 60_000).toISOString()),
  );

  test('shows a handful of the newest notes at first, and all of them on request', () => {
    setup({ data: reflectionData(busy, weekEvenings) });
    expect(document.querySelectorAll('.note-list .note-text')).toHaveLength(5);
    expect(screen.getByText('Thing number 44')).toBeTruthy();
    expect(screen.getByText('Thing number 40')).toBeTruthy();
    expect(screen.queryByText('Thing number 39')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 45 notes of the week' }));
    expect(document.querySelectorAll('.note-list .note-text')).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  test('brings the letter up, right under the week’s question, before the notes', () => {
    setup({ data: reflectionData(busy, weekEvenings, [threeWeeksAgo]) });
    const question = screen.getByRole('heading', { name: 'For the two of you' }).closest('section')!;
    const letter = screen.getByText('Letter of the week').closest('details')!;
    expect(question.nextElementSibling).toBe(letter);
    const notes = screen.getByRole('heading', { name: 'This week’s notes' });
    expect(letter.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a quiet week needs no such button', () => {
    setup();
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
