import { dayStart, reflectionDayOf } from '../time/day-boundary';
import type { ClockTime, LocalDate, Weekday } from '../time/local';
import { addDays, weekdayOf } from '../time/zoned';

/** Seven reflection days, and the instants they span. */
export interface Week {
  /** The first reflection day. */
  start: LocalDate;
  /** All seven reflection days, oldest first. */
  days: LocalDate[];
  /** When the first day begins (its day boundary). */
  from: number;
  /** When the next week begins; exclusive. */
  to: number;
}

/** Everything that decides where weeks fall. */
export interface WeekOptions {
  timeZone: string;
  dayBoundary: ClockTime;
  weekStart: Weekday;
}

/** The week-start setting: follow the locale, or a fixed weekday. */
export type WeekStartSetting = 'locale' | Weekday;

interface WeekInfo {
  firstDay: number;
}

// getWeekInfo() is the current proposal; Node 20 and older Chromium only have the
// weekInfo getter; runtimes without either fall back to Monday (ISO 8601).
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

const MONDAY: Weekday = 1;

/** The first day of the week where `locale` is spoken, or Monday if the runtime can't tell. */
export function localeWeekStart(locale: string): Weekday {
  let info: WeekInfo | undefined;
  try {
    const tagged = new Intl.Locale(locale) as LocaleWithWeekInfo;
    info = tagged.getWeekInfo?.() ?? tagged.weekInfo;
  } catch {
    return MONDAY; // Not a valid language tag.
  }
  const firstDay = info?.firstDay;
  // Intl counts 1 = Monday … 7 = Sunday; we count 0 = Sunday.
  if (typeof firstDay !== 'number' || !Number.isInteger(firstDay) || firstDay < 1 || firstDay > 7) return MONDAY;
  return (firstDay % 7) as Weekday;
}

/** The weekday weeks start on, given the user's setting. */
export function resolveWeekStart(setting: WeekStartSetting, locale: string): Weekday {
  return setting === 'locale' ? localeWeekStart(locale) : setting;
}

/** The week holding an instant (by its reflection day) or a reflection day. */
export function weekOf(at: number | LocalDate, options: WeekOptions): Week {
  const { timeZone, dayBoundary, weekStart } = options;
  const day = typeof at === 'number' ? reflectionDayOf(at, timeZone, dayBoundary) : at;
  const start = addDays(day, -((weekdayOf(day) - weekStart + 7) % 7));
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  return {
    start,
    days,
    from: dayStart(start, timeZone, dayBoundary),
    to: dayStart(addDays(start, 7), timeZone, dayBoundary),
  };
}

/** The week before `week`. */
export function previousWeek(week: Week, options: WeekOptions): Week {
  return weekOf(addDays(week.start, -7), options);
}

/** The week after `week`. */
export function nextWeek(week: Week, options: WeekOptions): Week {
  return weekOf(addDays(week.start, 7), options);
}

/** Whether `week` has not ended yet at `now`: the current week or a later one. */
export function isCurrentOrFuture(week: Week, now: number): boolean {
  return now < week.to;
}

/** Whether the view may step forward from `week`: only to a week that has begun. */
export function canGoForward(week: Week, now: number): boolean {
  return week.to <= now;
}

/**
 * The week as a short date range in `locale`: "23 – 29 Nov 2026",
 * "Nov 23 – 29, 2026", with both years when it spans New Year.
 */
export function formatWeekRange(week: Week, locale: string): string {
  // Reflection days are calendar dates, so they are formatted as UTC midnights.
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const first = new Date(`${week.start}T00:00Z`);
  const last = new Date(`${addDays(week.start, 6)}T00:00Z`);
  if (typeof format.formatRange === 'function') return format.formatRange(first, last);
  return `${format.format(first)}\u2009–\u2009${format.format(last)}`;
}
