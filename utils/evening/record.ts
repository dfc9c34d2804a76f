import type { ClockTime } from '../time/local';
import type { EveningOutcome } from './outcome';
import type { EveningState } from './state';

/**
 * The log of one evening's window: the state the scheduler acts on, plus the
 * facts the reflection shows. One record per window occurrence.
 */
export interface EveningRecord extends EveningState {
  /** `${day}#${windowId}`: one record per evening and window, however often it is written. */
  id: string;
  start: number;
  end: number;
  startTime: ClockTime;
  endTime: ClockTime;
  snoozes: number;
  notesWritten: number;
  /** The user was seen active in a focused browser window during the window. */
  sawActivity: boolean;
  /** The evening was paused (holiday pause, or Hearth switched off). */
  paused: boolean;
  /**
   * Due nudges the browser refused to show at all (no card, window or
   * notification could open). Absent in records written before it existed.
   */
  undelivered?: number;
  /** Set once the window has closed; null while it is still open. */
  outcome: EveningOutcome | null;
  updatedAt: number;
}
