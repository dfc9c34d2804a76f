import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';

/** Notification ids start with this, so clicks on other notifications are ignored. */
export const NOTIFICATION_PREFIX = 'hearth-nudge:';

/** A fresh id for a nudge's notification, chosen before it is shown so it can be recorded first. */
export function newNotificationId(): string {
  return `${NOTIFICATION_PREFIX}${crypto.randomUUID()}`;
}

/**
 * Shows the nudge as a system notification; false when the optional
 * `notifications` permission isn't granted or the browser refused (the caller
 * falls back).
 */
export async function showNotification(notificationId: string, prompt: string): Promise<boolean> {
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
  try {
    await browser.notifications.create(notificationId, {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('nudgeNotificationTitle'),
      message: prompt,
      // Chrome shows up to two buttons. Firefox shows none: there a click on
      // the notification opens the small window with every action (nudge-surfaces.ts).
      buttons: [{ title: t('nudgeNotificationPutDown') }, { title: t('nudgeNotificationSnooze') }],
      silent: true,
    });
    return true;
  } catch {
    return false;
  }
}
