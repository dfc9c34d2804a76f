import { browser } from 'wxt/browser';
import type { Activity } from '../../utils/nudge/decision';

/** Seconds without input after which the user counts as away. */
export const IDLE_AFTER_SECONDS = 120;

/** Whether the user is at the machine, and whether a browser window has focus. */
export async function readActivity(): Promise<Activity> {
  const [idle, focused] = await Promise.all([
    browser.idle.queryState(IDLE_AFTER_SECONDS),
    browser.windows
      .getLastFocused()
      .then((window) => window.focused)
      .catch(() => false),
  ]);
  return { idle, browserFocused: focused };
}
