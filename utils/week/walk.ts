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
 * A short list for the walk: a few of the week's notes, taken a day at a
 * time from the most recent days (each day's newest first), so several
 * evenings are talked about rather than one, then told in the order they
 * were written.
 */
export function walkTalkingPoints<N extends NoteLike>(
  notesByDay: ReadonlyArray<{ day: LocalDate; notes: readonly N[] }>,
  resurfaced: N | null,
  limit: number = WALK_NOTES,
): WalkTalkingPoints<N> {
  const picked: N[] = [];
  const deepest = Math.max(0, ...notesByDay.map((entry) => entry.notes.length));
  for (let round = 0; round < deepest && picked.length < limit; round++) {
    for (const { notes } of notesByDay) {
      const note = notes[round];
      if (note && picked.length < limit) picked.push(note);
    }
  }
  picked.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return { notes: picked, resurfaced };
}
