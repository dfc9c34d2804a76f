import { parseClockTime } from './clock';
import type { ClockTime } from './local';

// Building Intl formatters is slow, and a settings page formats on every keystroke.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A stored 'HH:MM' time as the user's locale writes it, as the time inputs
 * show it: "9:00 PM" in en-US, "21:00" in en-GB and de (issue 15). The stored
 * value stays 'HH:MM'; only the text changes. A value that is not a time is
 * given back as it is, so a half-typed setting still reads.
 */
export function formatClockTimeIn(time: ClockTime, locale: string): string {
  const minutes = parseClockTime(time);
  if (minutes === null) return time;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = clockFormatFor(locale);
    formatters.set(locale, formatter);
  }
  return formatter.format(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
}

// A 12-hour clock writes "9:00 PM"; a 24-hour one pads the hour ("09:05"), as its time inputs do.
// UTC on a fixed day: the wall-clock fields go in and come out unchanged, whatever the zone or DST.
function clockFormatFor(locale: string): Intl.DateTimeFormat {
  const numeric = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const { hourCycle } = numeric.resolvedOptions();
  return hourCycle === 'h23' || hourCycle === 'h24'
    ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
    : numeric;
}
