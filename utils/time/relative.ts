// Building Intl formatters is slow; a week view formats hundreds of times.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface RelativeTimeLabels {
  justNow: string;
}

/**
 * A short, human description of when something happened: "just now",
 * "12 minutes ago", "yesterday", then a plain date once it is a week old.
 */
export function formatRelativeTime(
  then: number,
  now: number,
  locale: string,
  labels: RelativeTimeLabels,
  timeZone?: string,
): string {
  const elapsed = now - then;
  if (elapsed < MINUTE) return labels.justNow;
  const rtf = cached(`rtf|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  const days = calendarDaysBetween(then, now, timeZone);
  if (days < 7) return rtf.format(-Math.max(1, days), 'day');
  const sameYear = yearOf(then, timeZone) === yearOf(now, timeZone);
  return cached(
    `date|${locale}|${timeZone}|${sameYear}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone }),
  ).format(then);
}

function dayKey(instant: number, timeZone?: string): number {
  const parts = cached(
    `day|${timeZone}`,
    () => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }),
  ).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day')) / DAY;
}

function calendarDaysBetween(then: number, now: number, timeZone?: string): number {
  return dayKey(now, timeZone) - dayKey(then, timeZone);
}

function yearOf(instant: number, timeZone?: string): string {
  return cached(`year|${timeZone}`, () => new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone })).format(instant);
}
