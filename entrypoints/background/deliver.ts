import { browser, type PublicPath } from 'wxt/browser';
import type { MessageToCard } from '../../utils/messaging/protocol';
import type { Settings } from '../../utils/settings';
import type { NudgeDelivery } from './current-nudge';
import { newNotificationId, showNotification } from './notification';
import { openNudgeWindow } from './nudge-window';

/**
 * The script file WXT emits for entrypoints/nudge-card.content. WXT neither types
 * nor checks this path (wxt#2040), so the e2e tests prove it.
 */
export const CARD_SCRIPT = '/content-scripts/nudge-card.js' satisfies PublicPath;

/**
 * Where a nudge is about to go, stored before it is shown (null: a window not
 * yet opened), so a worker stopped halfway can still withdraw it (issue 17).
 */
export type RecordIntent = (delivery: NudgeDelivery | null) => Promise<void>;

/**
 * Shows the nudge in the chosen style. The card needs host access to the
 * active tab and a normal web page; whenever it can't be shown, the small
 * window takes its place, and when the browser refuses the window too, a
 * notification where that is granted. Null: the nudge could not be shown.
 */
export async function deliverNudge(style: Settings['style'], prompt: string, recordIntent: RecordIntent): Promise<NudgeDelivery | null> {
  if (style === 'card') {
    const tabId = await injectCard(recordIntent);
    if (tabId !== null) return { via: 'card', tabId };
  }
  if (style === 'notification') {
    const shown = await notify(prompt, recordIntent);
    if (shown) return shown;
  }
  await recordIntent(null);
  const windowId = await openNudgeWindow();
  if (windowId !== null) return { via: 'window', windowId };
  return style === 'notification' ? null : notify(prompt, recordIntent);
}

/** Removes the nudge from wherever it was shown; a tab or window already gone is fine. */
export async function withdrawNudge(delivery: NudgeDelivery | null, nudgeId: string): Promise<void> {
  try {
    // Unknown when the worker stopped while opening the small window: every
    // Hearth page showing this nudge is asked to close.
    if (!delivery) await browser.runtime.sendMessage({ type: 'nudge/close', nudgeId } satisfies MessageToCard);
    else if (delivery.via === 'card') await browser.tabs.sendMessage(delivery.tabId, { type: 'nudge/close', nudgeId } satisfies MessageToCard);
    else if (delivery.via === 'window') await browser.windows.remove(delivery.windowId);
    else await browser.notifications?.clear(delivery.notificationId);
  } catch {
    // Already closed by the user or the browser, or no page was showing it.
  }
}

/** Moves keyboard focus to the nudge on screen, at the user's request (the focus-nudge command). */
export async function focusNudge(delivery: NudgeDelivery | null, nudgeId: string): Promise<void> {
  if (!delivery) return;
  try {
    if (delivery.via === 'card') await browser.tabs.sendMessage(delivery.tabId, { type: 'nudge/focus', nudgeId });
    else if (delivery.via === 'window') await browser.windows.update(delivery.windowId, { focused: true });
  } catch {
    // The nudge's tab or window is gone.
  }
}

/** The tab that now shows the card, or null when it isn't on the page. */
async function injectCard(recordIntent: RecordIntent): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    // Without host access to this tab the browser hides its URL from us, so a
    // missing URL means no permission; about:, chrome: and the stores are out of reach too.
    if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return null;
    await recordIntent({ via: 'card', tabId: tab.id });
    // The script resolves to whether the card is on the page; injecting alone proves nothing.
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CARD_SCRIPT] });
    return injection?.result === true ? tab.id : null;
  } catch {
    // Restricted page (web store, PDF viewer), or the permission was revoked.
    return null;
  }
}

async function notify(prompt: string, recordIntent: RecordIntent): Promise<NudgeDelivery | null> {
  const notificationId = newNotificationId();
  const delivery: NudgeDelivery = { via: 'notification', notificationId };
  await recordIntent(delivery);
  return (await showNotification(notificationId, prompt)) ? delivery : null;
}
