import { browser } from 'wxt/browser';
import { getCurrentNudge, setCurrentNudge, type NudgeDelivery } from './current-nudge';
import { actIf } from './messages';
import { NOTIFICATION_PREFIX } from './notification';
import { openNudgeWindow } from './nudge-window';
import { exclusively } from './queue';

/**
 * Treats closing the nudge's own window or notification as "dismiss", the
 * notification's buttons as its actions, and a click on the notification as
 * a wish to answer it: the small window opens with every action.
 */
export function watchNudgeSurfaces(): void {
  browser.windows.onRemoved.addListener((windowId) => void answer((d) => d.via === 'window' && d.windowId === windowId, 'dismiss'));
  watchNotifications();
  // notifications is optional: its API appears only once it is granted, in
  // onboarding or options, while this worker may already be running (issue 17).
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('notifications')) watchNotifications();
  });
}

function watchNotifications(): void {
  if (!browser.notifications || browser.notifications.onClosed.hasListener(onClosed)) return;
  browser.notifications.onButtonClicked.addListener(onButtonClicked);
  browser.notifications.onClicked.addListener(onClicked);
  browser.notifications.onClosed.addListener(onClosed);
}

const isNotification = (id: string) => (d: NudgeDelivery) => d.via === 'notification' && d.notificationId === id;

function onButtonClicked(id: string, button: number): void {
  if (id.startsWith(NOTIFICATION_PREFIX)) void answer(isNotification(id), button === 0 ? 'put-down' : 'snooze');
}

// Chrome says byUser: false when the system closed it; Firefox passes nothing,
// and there a close is the only answer a notification can give (issue 17).
function onClosed(id: string, byUser?: boolean): void {
  if (byUser !== false && id.startsWith(NOTIFICATION_PREFIX)) void answer(isNotification(id), 'dismiss');
}

function onClicked(id: string): void {
  if (id.startsWith(NOTIFICATION_PREFIX)) void exclusively('notification-click', () => moveToWindow(id));
}

/**
 * Firefox shows no buttons on a notification, so its click is how the user
 * reaches the actions: the nudge moves to the small window. The record moves
 * first, so the notification's closing is not taken for a dismissal.
 */
async function moveToWindow(notificationId: string): Promise<void> {
  const current = await getCurrentNudge();
  if (!current?.delivery || !isNotification(notificationId)(current.delivery)) return;
  await setCurrentNudge({ ...current, delivery: null });
  const windowId = await openNudgeWindow({ focused: true });
  await setCurrentNudge({ ...current, delivery: windowId === null ? current.delivery : { via: 'window', windowId } });
  if (windowId !== null) await browser.notifications?.clear(notificationId).catch(() => undefined);
}

function answer(matches: (delivery: NudgeDelivery) => boolean, action: 'put-down' | 'snooze' | 'dismiss'): Promise<boolean> {
  return actIf((current) => current.delivery !== null && matches(current.delivery), action, Date.now());
}
