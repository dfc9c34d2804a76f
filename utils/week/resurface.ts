import { DAY_MS } from '../time/local';
import { type Week, type WeekOptions, weekOf } from './range';
import type { NoteLike } from './summary';
import { addDays } from '../time/zoned';

/** A note from an earlier week, brought back in this week's reflection. */
export interface ResurfacedNote<N extends NoteLike = NoteLike> {
  note: N;
  /** How many weeks before `week` the note's own week began (1 = the week before). */
  weeksAgo: number;
}

/** Whole weeks from `earlier`'s start to `later`'s start (negative if `later` is earlier). */
export function weeksBetween(earlier: Week, later: Week): number {
  return Math.round((Date.parse(later.start) - Date.parse(earlier.start)) / (7 * DAY_MS));
}

/**
 * The instants to fetch resurfacing candidates from (`to` exclusive): whole
 * weeks from `maxWeeksAgo` to `minWeeksAgo` before `week`. Anchored to the
 * week, not to now, so the candidates, and the pick, hold still all week.
 */
export function resurfaceRange(
  week: Week,
  options: WeekOptions,
  { minWeeksAgo = 2, maxWeeksAgo = 52 }: { minWeeksAgo?: number; maxWeeksAgo?: number } = {},
): { from: number; to: number } {
  return {
    from: weekOf(addDays(week.start, -7 * maxWeeksAgo), options).from,
    to: weekOf(addDays(week.start, -7 * minWeeksAgo), options).to,
  };
}

/**
 * One note written before `week`, chosen by a hash of the week's start so it
 * stays the same each time the popup opens that week and changes next week.
 * It needs only a bounded set of candidates (see `resurfaceRange`), never all
 * notes; notes from `week` or later are ignored. Null if there are none.
 */
export function chooseResurfacedNote<N extends NoteLike>(
  candidates: readonly N[],
  week: Week,
  options: WeekOptions,
): ResurfacedNote<N> | null {
  // Sorted first, so the pick doesn't depend on the order the query returned.
  const earlier = candidates.filter((note) => note.createdAt < week.from).sort(oldestFirst);
  if (earlier.length === 0) return null;
  const note = earlier[hashString(week.start) % earlier.length]!;
  return { note, weeksAgo: weeksBetween(weekOf(note.createdAt, options), week) };
}

function oldestFirst(a: NoteLike, b: NoteLike): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// FNV-1a, 32-bit: tiny, stable across runtimes, and spreads neighbouring dates apart.
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
