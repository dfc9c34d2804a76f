import { MINUTE_MS, type LocalDate } from '../time/local';
import type { Settings } from '../settings';

/** What has happened in one window occurrence so far; the background persists it. */
export interface EveningState {
  windowId: string;
  day: LocalDate;
  nudgesShown: number;
  lastNudgeAt: number | null;
  snoozedUntil: number | null;
  /** "I'm putting it down": no more nudges this evening. */
  settled: 'put-down' | null;
  /** Dismiss only closes the nudge on screen; repeats go on. */
  dismissedAt: number | null;
}

/** When this evening's next nudge may show, or why none will. */
export type NudgeTiming =
  | { kind: 'done'; reason: 'settled' | 'limit-reached' }
  | { kind: 'due'; at: number; reason: 'first' | 'snoozed' | 'too-soon' };

/** A fresh, empty state for an occurrence. */
export function freshEvening(occurrence: { windowId: string; day: LocalDate }): EveningState {
  const { windowId, day } = occurrence;
  return { windowId, day, nudgesShown: 0, lastNudgeAt: null, snoozedUntil: null, settled: null, dismissedAt: null };
}

/** The state if it belongs to this occurrence; a state left from another evening counts as none. */
export function eveningFor(
  occurrence: { windowId: string; day: LocalDate },
  evening: EveningState | null,
): EveningState | null {
  if (!evening || evening.windowId !== occurrence.windowId || evening.day !== occurrence.day) return null;
  return evening;
}

/**
 * When the next nudge may show. A snooze not yet followed by a nudge sets the
 * time, even if sooner than the repeat; otherwise the repeat counts from the
 * last nudge or its dismissal, whichever came later, so dismissing buys a
 * full interval of quiet.
 */
export function nudgeTiming(
  evening: EveningState | null,
  settings: Pick<Settings, 'repeatEveryMinutes' | 'maxNudgesPerEvening'>,
): NudgeTiming {
  if (!evening) return { kind: 'due', at: Number.NEGATIVE_INFINITY, reason: 'first' };
  if (evening.settled) return { kind: 'done', reason: 'settled' };
  if (evening.nudgesShown >= settings.maxNudgesPerEvening) return { kind: 'done', reason: 'limit-reached' };
  const { lastNudgeAt, snoozedUntil, dismissedAt } = evening;
  if (snoozedUntil !== null && (lastNudgeAt === null || snoozedUntil > lastNudgeAt)) {
    return { kind: 'due', at: snoozedUntil, reason: 'snoozed' };
  }
  const lastSeen = Math.max(lastNudgeAt ?? Number.NEGATIVE_INFINITY, dismissedAt ?? Number.NEGATIVE_INFINITY);
  if (lastSeen === Number.NEGATIVE_INFINITY) return { kind: 'due', at: Number.NEGATIVE_INFINITY, reason: 'first' };
  return { kind: 'due', at: lastSeen + settings.repeatEveryMinutes * MINUTE_MS, reason: 'too-soon' };
}
