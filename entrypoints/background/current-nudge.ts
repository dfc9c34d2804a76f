import { browser } from 'wxt/browser';
import type { WindowOccurrence } from '../../utils/schedule/occurrences';

/** How the nudge on screen was delivered, and where, so it can be closed. */
export type NudgeDelivery =
  | { via: 'card'; tabId: number }
  | { via: 'window'; windowId: number }
  | { via: 'notification'; notificationId: string };

/** The nudge on screen now. Kept in session storage: the worker may stop at any time. */
export interface CurrentNudge {
  nudgeId: string;
  occurrence: WindowOccurrence;
  prompt: string;
  shownAt: number;
  delivery: NudgeDelivery | null;
  /**
   * Earlier nudges of the same evening that this one replaced: an answer the
   * user gave one of them just as this one appeared still counts (issue 17).
   */
  replaced?: string[];
}

const KEY = 'currentNudge';

export async function getCurrentNudge(): Promise<CurrentNudge | null> {
  return ((await browser.storage.session.get(KEY))[KEY] as CurrentNudge | undefined) ?? null;
}

export async function setCurrentNudge(nudge: CurrentNudge | null): Promise<void> {
  if (nudge) await browser.storage.session.set({ [KEY]: nudge });
  else await browser.storage.session.remove(KEY);
}
