import { browser } from 'wxt/browser';
import { parseFrameMessage, type FrameToCard } from '../../utils/messaging/card-frame';
import { t } from '../../utils/platform/i18n';

/** The card's page, web-accessible to http(s) pages only, under a per-session URL (wxt.config.ts). */
export const CARD_FRAME_PAGE = '/nudge-frame.html';

/**
 * How long the frame has to say it is showing the nudge. A page whose own
 * policy forbids frames (CSP frame-src/child-src) keeps it from ever
 * loading; the small window then takes over (issue 14).
 */
const READY_WITHIN_MS = 5_000;

// A small card in the corner, never an overlay: the frame is the card's own
// size (at most the viewport less a margin) and hidden until it is ready.
const FRAME_STYLE = `
:host { all: initial; }
iframe {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  display: block; box-sizing: border-box; width: 340px; height: 0;
  max-width: calc(100vw - 32px); max-height: calc(100vh - 32px);
  margin: 0; padding: 0; border: 0; border-radius: 12px;
  background: transparent; color-scheme: normal; visibility: hidden;
  box-shadow: 0 8px 24px rgba(43, 33, 28, 0.22), 0 1px 3px rgba(43, 33, 28, 0.14);
}
iframe.ready { visibility: visible; }
`;

export interface CardFrame {
  frame: HTMLIFrameElement;
  /** Resolves true once the frame shows the nudge, false if it has none or never loads. */
  ready: Promise<boolean>;
  remove: () => void;
}

/**
 * Puts the card's frame into `root` (the closed shadow root on a web page,
 * or the preview page's body) and follows what the frame says. Only messages
 * from this frame count: the page can post anything to the window, but not
 * as the frame.
 */
export function mountCardFrame(root: ShadowRoot | HTMLElement, onClose: () => void): CardFrame {
  const style = document.createElement('style');
  style.textContent = FRAME_STYLE;
  const frame = document.createElement('iframe');
  frame.title = t('nudgeWindowTitle');
  frame.src = browser.runtime.getURL(CARD_FRAME_PAGE);
  root.append(style, frame);

  let settle: (shown: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => (settle = resolve));
  const timer = setTimeout(() => settle(false), READY_WITHIN_MS);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    const message: FrameToCard | null = parseFrameMessage(event.data);
    if (!message) return;
    if (message.hearthFrame === 'none') settle(false);
    else if (message.hearthFrame === 'close') onClose();
    else {
      frame.style.height = `${message.height}px`;
      if (message.hearthFrame === 'ready') {
        frame.classList.add('ready');
        settle(true);
      }
    }
  };
  window.addEventListener('message', onMessage);
  const remove = () => {
    clearTimeout(timer);
    settle(false);
    window.removeEventListener('message', onMessage);
    style.remove();
    frame.remove();
  };
  void ready.then(() => clearTimeout(timer));
  return { frame, ready, remove };
}
