/** A calendar date in the user's zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** A wall-clock time, 'HH:MM' on a 24-hour clock. */
export type ClockTime = string;

/** Day of the week as JavaScript numbers it: 0 is Sunday, 6 is Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
