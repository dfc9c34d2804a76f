import { parseClockTime } from '../time/clock';
import { eveningFor, nudgeTiming, type EveningState } from '../evening/state';
import { MINUTE_MS, type ClockTime, type LocalDate } from '../time/local';
import type { ConnectionWindow, Settings } from '../settings';
import { addDays, instantAt, localDateOf, weekdayOf } from '../time/zoned';

export { addDays, localDateOf, weekdayOf } from '../time/zoned';
export type { EveningState } from '../evening/state';

/** One evening's run of a window, as real instants. */
export interface WindowOccurrence {
  windowId: string;
  /** The owning evening: the local date the window starts on. */
  day: LocalDate;
  start: number;
  /** Exclusive, and always after `start`. */
  end: number;
  startTime: ClockTime;
  endTime: ClockTime;
}

type Windows = Pick<Settings, 'windows'>;

/**
 * The window's run that starts on `day`, or null if it does not run on that
 * weekday. Wall times follow instantAt(): a start skipped by a spring-forward
 * moves forward by the gap, so a window that falls wholly inside the gap does
 * not happen that night (null too); a repeated hour resolves to its first pass.
 */
export function occurrenceOn(window: ConnectionWindow, day: LocalDate, timeZone: string): WindowOccurrence | null {
  const startMinutes = parseClockTime(window.start);
  const endMinutes = parseClockTime(window.end);
  if (startMinutes === null || endMinutes === null || !window.days.includes(weekdayOf(day))) return null;
  const endDay = endMinutes <= startMinutes ? addDays(day, 1) : day;
  const start = instantAt(day, startMinutes, timeZone);
  const end = instantAt(endDay, endMinutes, timeZone);
  if (end <= start) return null;
  return { windowId: window.id, day, start, end, startTime: window.start, endTime: window.end };
}

/** The occurrence open at `now` (start <= now < end), yesterday's midnight-crossing ones included. */
export function openOccurrence(settings: Windows, now: number, timeZone: string): WindowOccurrence | null {
  const today = localDateOf(now, timeZone);
  // A window lasts at most 12 hours, so nothing older than yesterday's can still be open.
  const candidates = [...occurrencesOn(settings, addDays(today, -1), timeZone), ...occurrencesOn(settings, today, timeZone)];
  return candidates.find((occurrence) => occurrence.start <= now && now < occurrence.end) ?? null;
}

/** The first occurrence starting after `now`, whether or not Hearth is on or paused; null without windows. */
export function nextOccurrence(settings: Windows, now: number, timeZone: string): WindowOccurrence | null {
  return firstStartAfter(settings, now, localDateOf(now, timeZone), timeZone);
}

/** Whether the holiday pause covers the evening owned by `day`; it resumes on `pausedUntil`. */
export function isEveningPaused(settings: Pick<Settings, 'pausedUntil'>, day: LocalDate): boolean {
  return settings.pausedUntil !== null && day < settings.pausedUntil;
}

export interface WakeInput {
  settings: Settings;
  /** The persisted state of the open occurrence, if any; a state from another evening is ignored. */
  evening: EveningState | null;
  now: number;
  timeZone: string;
  /** The check at `now` found the user away: look again after one repeat instead of at once. */
  userAway?: boolean;
}

/**
 * The next moment that matters: the instant for the single alarm. Strictly
 * after `now`, with one exception: it is `now` itself when a nudge is due and
 * not yet shown, and the caller should decide at once. Inside a window it is
 * the next nudge or the window's end (to close the evening's log); outside,
 * the next unpaused start, so an idle week costs one wake per occurrence.
 */
export function nextWake({ settings, evening, now, timeZone, userAway = false }: WakeInput): number | null {
  if (!settings.enabled) return null;
  const open = openOccurrence(settings, now, timeZone);
  if (!open || isEveningPaused(settings, open.day)) return nextUnpausedStart(settings, now, timeZone);
  const timing = nudgeTiming(eveningFor(open, evening), settings);
  if (timing.kind === 'done') return open.end;
  if (timing.at > now) return Math.min(timing.at, open.end);
  return userAway ? Math.min(now + settings.repeatEveryMinutes * MINUTE_MS, open.end) : now;
}

function nextUnpausedStart(settings: Settings, now: number, timeZone: string): number | null {
  const today = localDateOf(now, timeZone);
  // Jump straight to the pause's end rather than walking through every paused day.
  const from = settings.pausedUntil !== null && settings.pausedUntil > today ? settings.pausedUntil : today;
  return firstStartAfter(settings, now, from, timeZone)?.start ?? null;
}

// Windows repeat weekly; two weeks also covers a run lost in a DST gap.
function firstStartAfter(settings: Windows, now: number, fromDay: LocalDate, timeZone: string) {
  for (let offset = 0; offset < 15; offset++) {
    const found = occurrencesOn(settings, addDays(fromDay, offset), timeZone).find((o) => o.start > now);
    if (found) return found;
  }
  return null;
}

function occurrencesOn(settings: Windows, day: LocalDate, timeZone: string): WindowOccurrence[] {
  return settings.windows
    .map((window) => occurrenceOn(window, day, timeZone))
    .filter((occurrence) => occurrence !== null)
    .sort((a, b) => a.start - b.start);
}
