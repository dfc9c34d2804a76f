import { HOUR_MS } from '../time/local';

/** How long before the next wake Hearth looks once more at the clock and the time zone. */
export const ZONE_LOOK_AHEAD_MS = HOUR_MS;

/**
 * The instant to arm the alarm for, given the next moment that matters.
 * Instants are computed in the zone of the moment they were armed; a later
 * change of zone (travel, or the system's setting) can move a window earlier,
 * and an alarm armed for its old start would then wake after it has begun or
 * even ended (issue 17). So a wake more than an hour away is preceded by one
 * an hour before it, which recomputes everything in the zone of that moment.
 * Outside the windows that makes two wakes a day instead of one.
 */
export function lookForZoneChangeBefore(when: number | null, now: number): number | null {
  if (when === null || when - now <= ZONE_LOOK_AHEAD_MS) return when;
  return when - ZONE_LOOK_AHEAD_MS;
}
