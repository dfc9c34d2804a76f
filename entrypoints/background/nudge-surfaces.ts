import { browser } from 'wxt/browser';
import { getCurrentNudge } from './current-nudge';
import { act } from './messages';
import { NOTIFICATION_PREFIX } from './notification';

/**
 * Treats closing the nudge's own window or notification as "dismiss", and the
 * notification's buttons as its actions.
 */
export function watchNudgeSurfaces(): void {
  browser.windows.onRemoved.addListener((windowId) => void answerIf((d) => d.via === 'window' && d.windowId === windowId, 'dismiss'));
  // notifications is optional: its events exist only once it is granted.
  if (browser.notifications) {
    browser.notifications.onButtonClicked.addListener((id, button) => {
      if (id.startsWith(NOTIFICATION_PREFIX)) void answerIf((d) => d.via === 'notification' && d.notificationId === id, button === 0 ? 'put-down' : 'snooze');
    });
    browser.notifications.onClosed.addListener((id, byUser) => {
      if (byUser && id.startsWith(NOTIFICATION_PREFIX)) void answerIf((d) => d.via === 'notification' && d.notificationId === id, 'dismiss');
    });
  }
}

async function answerIf(
  matches: (delivery: NonNullable<Awaited<ReturnType<typeof getCurrentNudge>>>['delivery'] & object) => boolean,
  action: 'put-down' | 'snooze' | 'dismiss',
): Promise<void> {
  const current = await getCurrentNudge();
  if (current?.delivery && matches(current.delivery)) await act(current.nudgeId, action, Date.now());
}
