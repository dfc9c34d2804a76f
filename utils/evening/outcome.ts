import type { EveningState } from './state';

/** How one evening went, as the reflection shows it. */
export type EveningOutcome = 'put-down' | 'away' | 'kept-browsing' | 'paused';

/** Facts the background records during a window, beyond the evening state. */
export interface EveningFacts {
  /** The user was seen active in a focused browser window during the window. */
  sawActivityInWindow: boolean;
}

/**
 * The outcome from recorded facts only: a paused evening (or Hearth off) is
 * 'paused'; "I'm putting it down" is 'put-down'; a nudge shown or activity
 * seen without settling is 'kept-browsing'; no browsing at all is 'away'.
 */
export function outcomeOf(evening: EveningState | null, facts: EveningFacts, paused: boolean): EveningOutcome {
  if (paused) return 'paused';
  if (evening?.settled === 'put-down') return 'put-down';
  if ((evening?.nudgesShown ?? 0) > 0 || facts.sawActivityInWindow) return 'kept-browsing';
  return 'away';
}
