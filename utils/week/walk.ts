import type { LocalDate, Weekday } from '../time/local';
import type { NoteLike } from './summary';

/** How many of the week's notes the walk's talking points bring along. */
export const WALK_NOTES = 3;

/** Whether `day` (a reflection day) is the weekly walk's day; never when no day is chosen. */
export function isWalkDay(walkDay: Weekday | null, day: LocalDate): boolean {
  return walkDay !== null && new Date(`${day}T12:00:00Z`).getUTCDay() === walkDay;
}

/** What to talk about on the walk, besides the week's question. */
export interface WalkTalkingPoints<N extends NoteLike> {
  /** A few of the week's notes, one a day from different days, oldest day first. */
  notes: N[];
  /** One older note, brought back. */
  resurfaced: N | null;
}

/**
 * A short list for the walk: one note from each of the week's most recent
 * days with notes (the day's newest), so a few days are talked about rather
 * than one evening, in the order the week went.
 */
export function walkTalkingPoints<N extends NoteLike>(
  notesByDay: ReadonlyArray<{ day: LocalDate; notes: readonly N[] }>,
  resurfaced: N | null,
  limit: number = WALK_NOTES,
): WalkTalkingPoints<N> {
  const notes = notesByDay
    .filter((entry) => entry.notes.length > 0)
    .slice(0, limit)
    .map((entry) => entry.notes[0]!)
    .reverse();
  return { notes, resurfaced };
}
