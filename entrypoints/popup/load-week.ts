import type { EveningRepository } from '../../utils/db/evenings';
import type { NoteRepository } from '../../utils/db/notes';
import type { NoteRecord } from '../../utils/notes/record';
import { chooseResurfacedNote, resurfaceRange, type ResurfacedNote } from '../../utils/week/resurface';
import type { Week, WeekOptions } from '../../utils/week/range';
import { addDays } from '../../utils/time/zoned';
import { summariseWeek, type WeekSummary } from '../../utils/week/summary';

export interface LoadedWeek {
  summary: WeekSummary<NoteRecord>;
  resurfaced: ResurfacedNote<NoteRecord> | null;
}

/**
 * Everything the week view shows, from indexed range queries only: the
 * week's notes, its evening records, and one earlier note found near a point
 * chosen from the week itself (so it is stable all week, and costs the same
 * whether there are ten notes or a hundred thousand).
 */
export async function loadWeek(
  week: Week,
  options: WeekOptions,
  repositories: { notes: NoteRepository; evenings: EveningRepository },
): Promise<LoadedWeek> {
  const range = resurfaceRange(week, options);
  const [notes, evenings, near] = await Promise.all([
    repositories.notes.listBetween(week.from, week.to),
    // An evening's record is filed under the date its window starts; one that
    // starts after midnight belongs to the day before (summariseWeek), so the
    // day after the week is read too.
    repositories.evenings.listByDays(week.days[0]!, addDays(week.days[6]!, 1)),
    repositories.notes.nearest(pointInRange(week.start, range.from, range.to), range.from, range.to),
  ]);
  const summary = summariseWeek({ week, notes, evenings, timeZone: options.timeZone, dayBoundary: options.dayBoundary });
  return { summary, resurfaced: near ? chooseResurfacedNote([near], week, options) : null };
}

/** A point in [from, to) picked from the week's start date, the same on every open. */
export function pointInRange(seed: string, from: number, to: number): number {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return from + (hash / 2 ** 32) * Math.max(0, to - from);
}
