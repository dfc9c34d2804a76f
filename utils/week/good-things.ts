import type { LocalDate } from '../time/local';
import type { NoteLike } from './summary';

/** A note that may be one of an evening's three good things (see NoteRecord's `ritual`). */
export interface RitualNoteLike extends NoteLike {
  ritual?: { kind: string; day: string; index: number };
}

/** One day of the week's notes: its good things under their evening, then its other notes. */
export interface DayWithGoodThings<N extends RitualNoteLike> {
  day: LocalDate;
  /** In the order they were written: earliest evening's first, then by their place. */
  goodThings: N[];
  /** The day's other notes, as given (newest first). */
  notes: N[];
}

export function isGoodThing(note: RitualNoteLike): boolean {
  return note.ritual?.kind === 'three-good-things';
}

/** Splits each day's notes (as `summariseWeek` gives them) into its good things and the rest. */
export function groupGoodThings<N extends RitualNoteLike>(
  notesByDay: ReadonlyArray<{ day: LocalDate; notes: readonly N[] }>,
): Array<DayWithGoodThings<N>> {
  return notesByDay.map(({ day, notes }) => ({
    day,
    goodThings: notes.filter(isGoodThing).sort(inWrittenOrder),
    notes: notes.filter((note) => !isGoodThing(note)),
  }));
}

/**
 * The evenings that have good things written, oldest first. Only those: the
 * reflection names what the couple did, never the evenings without, and keeps
 * no streak (issue 18).
 */
export function eveningsWithGoodThings(notesByDay: ReadonlyArray<{ day: LocalDate; notes: readonly RitualNoteLike[] }>): LocalDate[] {
  return notesByDay
    .filter(({ notes }) => notes.some(isGoodThing))
    .map(({ day }) => day)
    .sort();
}

function inWrittenOrder(a: RitualNoteLike, b: RitualNoteLike): number {
  return a.createdAt - b.createdAt || (a.ritual?.index ?? 0) - (b.ritual?.index ?? 0) || (a.id < b.id ? -1 : 1);
}
