import { parseClockTime } from './clock';
import type { ClockTime, LocalDate } from './local';
import { addDays, instantAt, localDateOf } from './zoned';

/**
 * The instant reflection day `day` begins: that date at the boundary, local
 * time. A boundary skipped by a DST jump moves forward; a repeated one is its
 * first occurrence.
 */
export function dayStart(day: LocalDate, timeZone: string, dayBoundary: ClockTime): number {
  const minutes = parseClockTime(dayBoundary);
  if (minutes === null) throw new RangeError(`Not a day boundary: ${dayBoundary}`);
  return instantAt(day, minutes, timeZone);
}

/**
 * The reflection day `instant` belongs to. Before the boundary, the night still
 * belongs to the evening before: with '04:00', 00:30 on Tuesday is Monday.
 */
export function reflectionDayOf(instant: number, timeZone: string, dayBoundary: ClockTime): LocalDate {
  const date = localDateOf(instant, timeZone);
  // Compared with dayStart itself, not with wall-clock minutes, so the two
  // always agree, even when the boundary falls in a DST gap or overlap.
  return instant < dayStart(date, timeZone, dayBoundary) ? addDays(date, -1) : date;
}
