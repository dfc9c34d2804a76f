import { TZDate, tzOffset } from '@date-fns/tz';
import { DAY_MS, MINUTE_MS, type LocalDate, type Weekday } from './local';

/** The calendar date the wall clock in `timeZone` shows at the instant `now`. */
export function localDateOf(now: number, timeZone: string): LocalDate {
  const local = new TZDate(now, timeZone);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return [
    String(local.getFullYear()).padStart(4, '0'),
    String(local.getMonth() + 1).padStart(2, '0'),
    String(local.getDate()).padStart(2, '0'),
  ].join('-');
}

/** The day of the week of a calendar date; the same in every zone. */
export function weekdayOf(day: LocalDate): Weekday {
  return new Date(`${day}T00:00:00Z`).getUTCDay() as Weekday;
}

/** The calendar date `n` days after `day` (before it if `n` is negative). */
export function addDays(day: LocalDate, n: number): LocalDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock in `timeZone` reads `minutes` past
 * midnight on `day`. Rule ("compatible", as Temporal calls it): a time that a
 * spring-forward skips moves forward by the gap (New York 02:30 becomes 03:30
 * EDT); a time that a fall-back repeats is its earlier occurrence.
 */
export function instantAt(day: LocalDate, minutes: number, timeZone: string): number {
  // Built on tzOffset, not the TZDate constructor: TZDate picks a different
  // occurrence of a repeated hour depending on the machine's own zone
  // (https://github.com/date-fns/tz/issues/40).
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE_MS;
  const offsetBefore = offsetAt(wall - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wall + DAY_MS, timeZone);
  const valid = [wall - offsetBefore, wall - offsetAfter].filter(
    (instant) => offsetAt(instant, timeZone) === wall - instant,
  );
  if (valid.length > 0) return Math.min(...valid);
  // In a gap no offset fits; the one from before the jump lands just past it.
  return wall - offsetBefore;
}

function offsetAt(instant: number, timeZone: string): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return Math.round(minutes * MINUTE_MS);
}
