import type { ClockTime } from './local';

const MINUTES_PER_DAY = 24 * 60;

// Two digits each, as <input type="time"> gives them: '9:05' and '24:00' are refused.
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight for a 'HH:MM' time, or null if it is not one. */
export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 'HH:MM' for minutes since midnight; wraps around the day, so 1500 is '01:00'. */
export function formatClockTime(minutes: number): ClockTime {
  const wrapped = ((Math.trunc(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
