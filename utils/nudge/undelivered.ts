/**
 * In storage.local: the last time a due nudge could not be shown at all (the
 * browser refused the card, the small window and the notification), so the
 * options page can say so. Cleared by the next nudge that is shown (issue 14).
 */
export const UNDELIVERED_NUDGE_KEY = 'nudgeUndelivered';

export interface UndeliveredNudge {
  /** Epoch ms of the failed attempt. */
  at: number;
}
