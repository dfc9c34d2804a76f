import { browser, type Browser } from 'wxt/browser';

const NUDGE_PAGE = '/nudge.html';
const WINDOW_SIZE = { width: 380, height: 340 };
const MARGIN = 24;

type Anchor = Browser.windows.Window | null;

/**
 * Opens the small nudge window, unfocused, in the corner of the last focused
 * browser window. The browser refuses a position less than half on screen
 * ("Bounds must be at least 50% within visible screen space": a window
 * dragged partly off screen, an unplugged monitor), so a refused position is
 * tried again without one (issue 14). Null when no window could be opened.
 * `focused` only when the user asked for it (a click on the notification).
 */
export async function openNudgeWindow({ focused = false } = {}): Promise<number | null> {
  const anchor = await browser.windows.getLastFocused().catch(() => null);
  const position = cornerOf(anchor);
  const created = (position ? await createWindow(position, focused) : null) ?? (await createWindow({}, focused));
  // Firefox ignores focused: false and focuses the new window (seen in 153
  // ESR, tests/e2e/journeys/connection-hour.ts): hand the focus back.
  if (created?.focused && !focused && anchor?.focused && anchor.id !== undefined) {
    await browser.windows.update(anchor.id, { focused: true }).catch(() => undefined);
  }
  return created?.id ?? null;
}

async function createWindow(position: { left?: number; top?: number }, focused: boolean) {
  try {
    const created = await browser.windows.create({
      url: browser.runtime.getURL(NUDGE_PAGE),
      type: 'popup',
      // Never take focus from what the user is typing, unless they asked for the window.
      focused,
      ...WINDOW_SIZE,
      ...position,
    });
    return created?.id === undefined ? null : created;
  } catch {
    return null;
  }
}

function cornerOf(anchor: Anchor): { left: number; top: number } | null {
  if (anchor?.left === undefined || anchor.top === undefined || !anchor.width || !anchor.height) return null;
  return {
    left: Math.max(0, anchor.left + anchor.width - WINDOW_SIZE.width - MARGIN),
    top: Math.max(0, anchor.top + anchor.height - WINDOW_SIZE.height - MARGIN),
  };
}
