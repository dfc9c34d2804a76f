import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';

/** Notification ids start with this, so clicks on other notifications are ignored. */
export const NOTIFICATION_PREFIX = 'hearth-nudge:';

/**
 * Shows the nudge as a system notification, or returns null when the
 * optional `notifications` permission isn't granted (the caller falls back).
 */
export async function showNotification(prompt: string): Promise<string | null> {
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return null;
  try {
    return await browser.notifications.create(`${NOTIFICATION_PREFIX}${crypto.randomUUID()}`, {
      type: 'basic' as const,
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('nudgeNotificationTitle'),
      message: prompt,
      // Chrome shows up to two buttons; Firefox ignores them and the click dismisses.
      buttons: [{ title: t('nudgeNotificationPutDown') }, { title: t('nudgeNotificationSnooze') }],
      silent: true,
    });
  } catch {
    return null;
  }
}
