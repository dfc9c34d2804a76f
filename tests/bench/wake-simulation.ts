import { eveningFor, freshEvening, type EveningState } from '../../utils/evening/state';
import { nextWake, openOccurrence } from '../../utils/schedule/occurrences';
import type { Settings } from '../../utils/settings';
import { lookForZoneChangeBefore } from '../../utils/schedule/zone-look';

/** As in entrypoints/background/reconcile.ts: a wake that is not after now is pushed this far on. */
const RETRY_MS = 60_000;

export interface Wake {
  at: number;
  inWindow: boolean;
}

/**
 * Every alarm the background would set over [from, to), found by running the
 * pure scheduler as reconcile() does: decide at once when a nudge is due,
 * then sleep until nextWake(), looking at the time zone an hour before it. The user is at the computer and either puts
 * the device down at the first nudge or ignores every nudge.
 */
export function simulateWakes(
  settings: Settings,
  from: number,
  to: number,
  timeZone: string,
  answer: 'put-down' | 'ignore',
): Wake[] {
  const wakes: Wake[] = [];
  let evening: EveningState | null = null;
  let now = from;
  for (;;) {
    let when = nextWake({ settings, evening, now, timeZone });
    if (when === now) {
      const open = openOccurrence(settings, now, timeZone)!;
      const current: EveningState = eveningFor(open, evening) ?? freshEvening(open);
      evening = { ...current, nudgesShown: current.nudgesShown + 1, lastNudgeAt: now, settled: answer === 'put-down' ? 'put-down' : null };
      when = nextWake({ settings, evening, now, timeZone });
    }
    if (when !== null && when <= now) when = now + RETRY_MS;
    when = lookForZoneChangeBefore(when, now);
    if (when === null || when >= to) return wakes;
    now = when;
    wakes.push({ at: now, inWindow: openOccurrence(settings, now, timeZone) !== null });
  }
}
