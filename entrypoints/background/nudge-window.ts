import { browser } from 'wxt/browser';

const NUDGE_PAGE = '/nudge.html';
const WINDOW_SIZE = { width: 380, height: 340 };
const MARGIN = 24;

/**
 * Opens the small nudge window, unfocused, in the corner of the last focused
 * browser window. The browser refuses a position less than half on screen
 * ("Bounds must be at least 50% within visible screen space": a window
 * dragged partly off screen, an unplugged monitor), so a refused position is
 * tried again without one (issue 14). Null when no window could be opened.
 * `focused` only when the user asked for it (a click on the notification).
 */
export async function openNudgeWindow({ focused = false } = {}): Promise<number | null> {
  const position = await cornerOfLastFocused();
  if (position) {
    const id = await createWindow(position, focused);
    if (id !== null) return id;
  }
  return createWindow({}, focused);
}

async function createWindow(position: { left?: number; top?: number }, focused: boolean): Promise<number | null> {
  try {
    const created = await browser.windows.create({
      url: browser.runtime.getURL(NUDGE_PAGE),
      type: 'popup',
      // Never take focus from what the user is typing, unless they asked for the window.
      focused,
      ...WINDOW_SIZE,
      ...position,
    });
    return created?.id ?? null;
  } catch {
    return null;
  }
}

async function cornerOfLastFocused(): Promise<{ left: number; top: number } | null> {
  const anchor = await browser.windows.getLastFocused().catch(() => null);
  if (anchor?.left === undefined || anchor.top === undefined || !anchor.width || !anchor.height) return null;
  return {
    left: Math.max(0, anchor.left + anchor.width - WINDOW_SIZE.width - MARGIN),
    top: Math.max(0, anchor.top + anchor.height - WINDOW_SIZE.height - MARGIN),
  };
}
