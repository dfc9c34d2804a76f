import { reflectionDayOf } from '../time/day-boundary';
import type { EveningOutcome } from '../evening/outcome';
import type { ClockTime, LocalDate } from '../time/local';
import type { Week } from './range';

/** How an evening's connection hour went; 'away' (no browsing at all) counts as honored. */
export type Outcome = EveningOutcome;

/** The parts of a note the weekly view needs. */
export interface NoteLike {
  id: string;
  text: string;
  createdAt: number;
}

/** The parts of an evening record the weekly view needs. */
export interface EveningLike {
  /** When the window opened: the evening counts on the reflection day of this instant. */
  start: number;
  /** null while the window is still open or its outcome is unknown. */
  outcome: Outcome | null;
}

/** One day of the week strip. */
export interface DaySummary {
  day: LocalDate;
  noteCount: number;
  outcome: Outcome | 'no-window' | 'pending';
}

/** Everything the "This week" view shows, as numbers and lists; wording is done elsewhere. */
export interface WeekSummary<N extends NoteLike = NoteLike> {
  days: DaySummary[];
  honored: {
    /** Evenings with a window that were not paused and have an outcome. */
    total: number;
    putDown: number;
    away: number;
    keptBrowsing: number;
  };
  paused: number;
  /** Newest day first, only days with notes; notes newest first. */
  notesByDay: Array<{ day: LocalDate; notes: N[] }>;
  noteCount: number;
  /** No notes and no evening records at all this week. */
  isEmpty: boolean;
}

export interface SummariseWeekInput<N extends NoteLike = NoteLike> {
  week: Week;
  notes: N[];
  evenings: EveningLike[];
  timeZone: string;
  dayBoundary: ClockTime;
}

// When a day has several records (window edited mid-evening, two devices…),
// the kindest settled one speaks for the evening; an open one only if none settled.
const PREFERENCE: ReadonlyArray<Outcome | 'pending'> = ['put-down', 'away', 'kept-browsing', 'paused', 'pending'];

/**
 * Aggregates one week's notes and evening records, day by day; the notes come
 * back as given. One rule places both (#16): the reflection day of the
 * instant (a note's writing, a window's start), so a window that opens after
 * midnight but before the day boundary counts as the evening before, on the
 * same day as the notes written in it.
 */
export function summariseWeek<N extends NoteLike>({
  week,
  notes,
  evenings,
  timeZone,
  dayBoundary,
}: SummariseWeekInput<N>): WeekSummary<N> {
  const notesOn = new Map<LocalDate, N[]>(week.days.map((day) => [day, []]));
  for (const note of notes) {
    if (note.createdAt < week.from || note.createdAt >= week.to) continue;
    notesOn.get(reflectionDayOf(note.createdAt, timeZone, dayBoundary))?.push(note);
  }

  const eveningsOn = new Map<LocalDate, EveningLike[]>(week.days.map((day) => [day, []]));
  for (const evening of evenings) eveningsOn.get(reflectionDayOf(evening.start, timeZone, dayBoundary))?.push(evening);

  const days = week.days.map((day): DaySummary => ({ day, noteCount: notesOn.get(day)?.length ?? 0, outcome: outcomeOf(eveningsOn.get(day) ?? []) }));

  const count = (outcome: Outcome) => days.filter((day) => day.outcome === outcome).length;
  const honored = { putDown: count('put-down'), away: count('away'), keptBrowsing: count('kept-browsing') };

  const notesByDay = [...week.days]
    .reverse()
    .map((day) => ({ day, notes: [...(notesOn.get(day) ?? [])].sort(newestFirst) }))
    .filter((entry) => entry.notes.length > 0);
  const noteCount = notesByDay.reduce((sum, entry) => sum + entry.notes.length, 0);

  return {
    days,
    honored: { total: honored.putDown + honored.away + honored.keptBrowsing, ...honored },
    paused: count('paused'),
    notesByDay,
    noteCount,
    isEmpty: noteCount === 0 && days.every((day) => day.outcome === 'no-window'),
  };
}

function outcomeOf(records: EveningLike[]): DaySummary['outcome'] {
  if (records.length === 0) return 'no-window';
  const ranks = records.map((record) => PREFERENCE.indexOf(record.outcome ?? 'pending'));
  return PREFERENCE[Math.min(...ranks)] ?? 'pending';
}

// Same-millisecond notes fall back to id order, so the list never reshuffles.
function newestFirst(a: NoteLike, b: NoteLike): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
