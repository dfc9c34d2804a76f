import { isEveningPaused, openOccurrence, type WindowOccurrence } from '../schedule/occurrences';
import type { Settings } from '../settings';

/** Whether two occurrences are the same evening of the same window. */
export function sameEvening(a: Pick<WindowOccurrence, 'windowId' | 'day'>, b: Pick<WindowOccurrence, 'windowId' | 'day'>): boolean {
  return a.windowId === b.windowId && a.day === b.day;
}

/**
 * Whether a nudge shown for `occurrence` may stay on screen at `now` under
 * the current settings: Hearth is on, that evening isn't paused, and its
 * window, as the settings now define it, is still open. Anything else (the
 * hour ended, nudges switched off, a pause, the window edited or removed)
 * takes it down at once (issue 17).
 */
export function nudgeStillBelongs(
  occurrence: Pick<WindowOccurrence, 'windowId' | 'day'>,
  settings: Pick<Settings, 'enabled' | 'windows' | 'pausedUntil'>,
  now: number,
  timeZone: string,
): boolean {
  if (!settings.enabled || isEveningPaused(settings, occurrence.day)) return false;
  const open = openOccurrence(settings, now, timeZone);
  return open !== null && sameEvening(open, occurrence);
}
