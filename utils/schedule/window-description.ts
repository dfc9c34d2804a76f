import { parseClockTime } from '../time/clock';
import { formatClockTimeIn } from '../time/clock-text';
import type { Weekday } from '../time/local';
import type { ConnectionWindow } from '../settings/types';

/** The fixed phrases of a window description; the caller fills them from i18n. */
export interface WindowText {
  everyDay: string;
  /** Monday to Friday. */
  weeknights: string;
  /** Saturday and Sunday. */
  weekends: string;
  /** One window: "Weeknights 21:00–22:00". */
  window: (days: string, start: string, end: string) => string;
  /** A window crossing midnight on several days: "… (ends 01:00 the next morning)". */
  endsNextMorning: (window: string, end: string) => string;
  /** A window crossing midnight on one day: "… (ends 00:30 Saturday)". */
  endsOnDay: (window: string, end: string, nextDay: string) => string;
  /** Between two windows: "; ". */
  separator: string;
}

/** Monday first: the order the window editor shows days in. */
export const WEEK_ORDER: readonly Weekday[] = Object.freeze([1, 2, 3, 4, 5, 6, 0] as const);

const WEEKNIGHTS: readonly Weekday[] = [1, 2, 3, 4, 5];
const WEEKENDS: readonly Weekday[] = [6, 0];

/** The locale's name of a weekday ("Friday", or "Fri" when short). */
export function weekdayName(day: Weekday, locale: string, width: 'long' | 'short'): string {
  // 7 January 2024 was a Sunday, so day n of that week is weekday n.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

/**
 * A human preview of the windows: "Weeknights 21:00–22:00; Friday 23:00–00:30
 * (ends 00:30 Saturday)", each time in `locale`'s format ("9:00 PM" in en-US). A window that crosses midnight always says so. A
 * window without days or with a time that isn't one is left out, so a
 * half-edited list still reads well; nothing to describe gives ''.
 */
export function describeWindows(windows: readonly ConnectionWindow[], text: WindowText, locale: string): string {
  return windows
    .map((window) => describeWindow(window, text, locale))
    .filter((description) => description !== null)
    .join(text.separator);
}

function describeWindow(window: ConnectionWindow, text: WindowText, locale: string): string | null {
  const start = parseClockTime(window.start);
  const end = parseClockTime(window.end);
  const days = WEEK_ORDER.filter((day) => window.days.includes(day));
  if (start === null || end === null || days.length === 0) return null;
  const base = text.window(daysLabel(days, text, locale), formatClockTimeIn(window.start, locale), formatClockTimeIn(window.end, locale));
  // An equal start and end is refused by validation; it crosses nothing worth saying.
  if (end >= start) return base;
  const [only] = days;
  if (days.length === 1 && only !== undefined) {
    const nextDay = ((only + 1) % 7) as Weekday;
    return text.endsOnDay(base, formatClockTimeIn(window.end, locale), weekdayName(nextDay, locale, 'long'));
  }
  return text.endsNextMorning(base, formatClockTimeIn(window.end, locale));
}

function daysLabel(days: readonly Weekday[], text: WindowText, locale: string): string {
  if (days.length === 7) return text.everyDay;
  if (sameDays(days, WEEKNIGHTS)) return text.weeknights;
  if (sameDays(days, WEEKENDS)) return text.weekends;
  const [only] = days;
  if (days.length === 1 && only !== undefined) return weekdayName(only, locale, 'long');
  const names = days.map((day) => weekdayName(day, locale, 'short'));
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(names);
}

function sameDays(days: readonly Weekday[], set: readonly Weekday[]): boolean {
  return days.length === set.length && set.every((day) => days.includes(day));
}
