import { tzOffset } from '@date-fns/tz';
import { formatClockTime, parseClockTime } from '../time/clock';
import { DAY_MS, MINUTE_MS, type ClockTime, type LocalDate } from '../time/local';
import { isEveningPaused, nextOccurrence, openOccurrence, type WindowOccurrence } from './occurrences';
import type { Settings } from '../settings/types';
import { instantAt, localDateOf } from '../time/zoned';

/** The fixed phrases of the next-connection preview; the caller fills them from i18n. */
export interface NextConnectionText {
  /** Hearth is switched off. */
  off: string;
  /** No window ever opens (no days chosen). */
  none: string;
  /** A window is open now: "Connection hour now, until 22:00". */
  openNow: (end: string) => string;
  /** "Next connection hour: tonight, 21:00". */
  next: (when: string) => string;
  /** "Paused until 3 December. Next connection hour: Thursday 3 December, 21:00". */
  paused: (until: string, when: string) => string;
  /** Later today, before noon: "today, 06:00". */
  today: (time: string) => string;
  /** Later today, from noon: "tonight, 21:00". */
  tonight: (time: string) => string;
  tomorrow: (time: string) => string;
  /** Further ahead: "Friday, 21:00", or with the date a week or more away. */
  onDay: (day: string, time: string) => string;
}

const NOON_MINUTES = 12 * 60;

/**
 * A one-line preview of when the connection hour comes next, as the scheduler
 * sees it: an open window wins unless its evening is paused; while paused, the
 * first evening on or after `pausedUntil`.
 */
export function describeNextConnection(
  settings: Pick<Settings, 'enabled' | 'pausedUntil' | 'windows'>,
  now: number,
  timeZone: string,
  locale: string,
  text: NextConnectionText,
): string {
  if (!settings.enabled) return text.off;
  const today = localDateOf(now, timeZone);
  const open = openOccurrence(settings, now, timeZone);
  if (open && !isEveningPaused(settings, open.day)) return text.openNow(wallTime(open.end, timeZone));

  const pausedUntil = isEveningPaused(settings, today) ? settings.pausedUntil : null;
  // Any occurrence starting from the pause's first midnight is owned by a day >= pausedUntil.
  const searchFrom = pausedUntil === null ? now : Math.max(now, instantAt(pausedUntil, 0, timeZone) - 1);
  const next = nextOccurrence(settings, searchFrom, timeZone);
  if (!next) return text.none;
  const when = describeWhen(next, today, timeZone, locale, text);
  return pausedUntil === null ? text.next(when) : text.paused(formatDate(pausedUntil, today, locale, false), when);
}

function describeWhen(
  next: WindowOccurrence,
  today: LocalDate,
  timeZone: string,
  locale: string,
  text: NextConnectionText,
): string {
  const days = daysBetween(today, next.day);
  const time = wallTime(next.start, timeZone);
  if (days === 0) return (parseClockTime(time) ?? 0) < NOON_MINUTES ? text.today(time) : text.tonight(time);
  if (days === 1) return text.tomorrow(time);
  // A week or more away, the weekday alone would read as this week's: give the date.
  return text.onDay(days < 7 ? formatWeekday(next.day, locale) : formatDate(next.day, today, locale, true), time);
}

/** The clock at the real instant, not the window's setting: a start in a DST gap moves forward. */
export function wallTime(instant: number, timeZone: string): ClockTime {
  const local = new Date(instant + tzOffset(timeZone, new Date(instant)) * MINUTE_MS);
  return formatClockTime(local.getUTCHours() * 60 + local.getUTCMinutes());
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function formatWeekday(day: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));
}

function formatDate(day: LocalDate, today: LocalDate, locale: string, withWeekday: boolean): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T00:00:00Z`));
}
