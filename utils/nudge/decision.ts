import { eveningFor, nudgeTiming, type EveningState } from '../evening/state';
import type { Settings } from '../settings';
import { isEveningPaused, openOccurrence, type WindowOccurrence } from '../schedule/occurrences';

/** What the browser says about the user at the moment of deciding. */
export interface Activity {
  idle: 'active' | 'idle' | 'locked';
  browserFocused: boolean;
}

export type NudgeDecision =
  | { nudge: true; occurrence: WindowOccurrence }
  | {
      nudge: false;
      reason: 'disabled' | 'paused' | 'no-window' | 'settled' | 'snoozed' | 'limit-reached' | 'too-soon' | 'user-away';
    };

export interface NudgeInput {
  settings: Settings;
  /** The persisted state of the open occurrence; a state from another evening counts as none. */
  evening: EveningState | null;
  now: number;
  timeZone: string;
  activity: Activity;
}

/**
 * Whether to nudge at `now`, from the wall clock alone: an alarm that fires
 * late, after the window closed, finds no window and does nothing. A closed
 * window wins over the pause, since the pause belongs to an evening.
 */
export function decideNudge({ settings, evening, now, timeZone, activity }: NudgeInput): NudgeDecision {
  if (!settings.enabled) return { nudge: false, reason: 'disabled' };
  const occurrence = openOccurrence(settings, now, timeZone);
  if (!occurrence) return { nudge: false, reason: 'no-window' };
  if (isEveningPaused(settings, occurrence.day)) return { nudge: false, reason: 'paused' };
  const timing = nudgeTiming(eveningFor(occurrence, evening), settings);
  if (timing.kind === 'done') return { nudge: false, reason: timing.reason };
  if (timing.at > now) return { nudge: false, reason: timing.reason === 'snoozed' ? 'snoozed' : 'too-soon' };
  // Someone who stepped away, or is in another app, has already put it down.
  if (activity.idle !== 'active' || !activity.browserFocused) return { nudge: false, reason: 'user-away' };
  return { nudge: true, occurrence };
}
