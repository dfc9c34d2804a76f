import type { Settings } from '../settings/types';
import type { ClockTime, LocalDate } from '../time/local';
import { wallTime } from './next-connection';
import { isEveningPaused, occurrenceOn } from './occurrences';

/**
 * When the connection hour still to come on `day`'s evening starts, as a
 * wall-clock time ("21:00"), or null: none is set for that day, it has begun
 * or passed, or Hearth is off or paused. The week's today cell shows it, so
 * "tonight" reads as coming, not as "no window" (issue 19).
 */
export function comingHourOn(
  settings: Pick<Settings, 'enabled' | 'pausedUntil' | 'windows'>,
  day: LocalDate,
  now: number,
  timeZone: string,
): ClockTime | null {
  if (!settings.enabled || isEveningPaused(settings, day)) return null;
  const starts = settings.windows
    .map((window) => occurrenceOn(window, day, timeZone)?.start)
    .filter((start): start is number => start !== undefined && start > now);
  return starts.length > 0 ? wallTime(Math.min(...starts), timeZone) : null;
}
