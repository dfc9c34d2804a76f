import { browser, type PublicPath } from 'wxt/browser';
import type { MessageToCard } from '../../utils/messaging/protocol';
import type { Settings } from '../../utils/settings';
import type { NudgeDelivery } from './current-nudge';
import { showNotification } from './notification';

/**
 * The script file WXT emits for entrypoints/nudge-card.content. WXT neither types
 * nor checks this path (wxt#2040), so the e2e tests prove it.
 */
export const CARD_SCRIPT = '/content-scripts/nudge-card.js' satisfies PublicPath;
const NUDGE_PAGE = '/nudge.html';
const WINDOW_SIZE = { width: 380, height: 340 };

/**
 * Shows the nudge in the chosen style. The card needs host access to the
 * active tab and a normal web page; whenever it can't be shown, the small
 * window takes its place, so the nudge is never silently lost.
 */
export async function deliverNudge(style: Settings['style'], prompt: string): Promise<NudgeDelivery | null> {
  if (style === 'card') {
    const tabId = await injectCard();
    if (tabId !== null) return { via: 'card', tabId };
  }
  if (style === 'notification') {
    const notificationId = await showNotification(prompt);
    if (notificationId !== null) return { via: 'notification', notificationId };
  }
  return openNudgeWindow();
}

/** Removes the nudge from wherever it was shown; a tab or window already gone is fine. */
export async function withdrawNudge(delivery: NudgeDelivery | null, nudgeId: string): Promise<void> {
  try {
    // Unknown when the worker stopped between showing the nudge and recording
    // where: a window it opened then would stay, so every Hearth page showing
    // this nudge is asked to close.
    if (!delivery) await browser.runtime.sendMessage({ type: 'nudge/close', nudgeId } satisfies MessageToCard);
    else if (delivery.via === 'card') await browser.tabs.sendMessage(delivery.tabId, { type: 'nudge/close', nudgeId });
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

async function injectCard(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    // Without host access to this tab the browser hides its URL from us, so a
    // missing URL means no permission; about:, chrome: and the stores are out of reach too.
    if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return null;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CARD_SCRIPT] });
    return tab.id;
  } catch {
    // Restricted page (web store, PDF viewer), or the permission was revoked.
    return null;
  }
}

async function openNudgeWindow(): Promise<NudgeDelivery | null> {
  try {
    const anchor = await browser.windows.getLastFocused().catch(() => null);
    const left = anchor?.left !== undefined && anchor.width ? anchor.left + anchor.width - WINDOW_SIZE.width - 24 : undefined;
    const top = anchor?.top !== undefined && anchor.height ? anchor.top + anchor.height - WINDOW_SIZE.height - 24 : undefined;
    const created = await browser.windows.create({
      url: browser.runtime.getURL(NUDGE_PAGE),
      type: 'popup',
      // Never take focus from what the user is typing.
      focused: false,
      ...WINDOW_SIZE,
      ...(left !== undefined && top !== undefined ? { left: Math.max(0, left), top: Math.max(0, top) } : {}),
    });
    // Firefox ignores focused: false and focuses the new window (seen in 153
    // ESR, tests/e2e/journeys/connection-hour.ts): hand the focus back.
    if (created?.focused && anchor?.focused && anchor.id !== undefined) {
      await browser.windows.update(anchor.id, { focused: true }).catch(() => undefined);
    }
    return created?.id === undefined ? null : { via: 'window', windowId: created.id };
  } catch {
    return null;
  }
}
