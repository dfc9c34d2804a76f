import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CARD_ORIGINS } from '../../utils/platform/card-origins';
import type { MessageToCard } from '../../utils/messaging/protocol';
import { fetchNudgeContent } from '../../utils/nudge/actions';
import { mountCardFrame } from './card-frame';

// Injected into the active tab only when a nudge is due (registration
// 'runtime'); no page ever runs it otherwise. It holds no card: it puts a
// frame of Hearth's own page (entrypoints/nudge-frame) in a closed shadow
// root, so nothing shown or typed in the card is in the page's document,
// and the page's listeners never hear a key typed there (issue 14).
export default defineContentScript({
  registration: 'runtime',
  matches: [...CARD_ORIGINS],
  // Resolves to whether the card is really on the page. executeScript hands
  // this back, and the background opens the small window for anything but
  // true: a page without an HTML body (an SVG image, an XML feed) has
  // nowhere to put the card (issue 17), and a page whose policy forbids
  // frames never lets it load (issue 14).
  async main(ctx): Promise<boolean> {
    try {
      return await showCard(ctx);
    } catch {
      return false;
    }
  },
});

async function showCard(ctx: ContentScriptContext): Promise<boolean> {
  // Chromium's PDF viewer is an HTML page around the document; the card stays
  // off it, as it must in Firefox, whose viewer no extension can enter.
  if (!(document.body instanceof HTMLElement) || document.contentType === 'application/pdf') return false;
  const content = await fetchNudgeContent().catch(() => null);
  if (!content) return false;

  // A second nudge the same evening replaces the first card on this page.
  document.querySelectorAll('hearth-nudge').forEach((old) => old.remove());
  const host = document.createElement('hearth-nudge');
  const shadow = host.attachShadow({ mode: 'closed' });
  const close = () => {
    card.remove();
    host.remove();
    browser.runtime.onMessage.removeListener(onMessage);
  };
  const card = mountCardFrame(shadow, close);
  document.body.append(host);

  const onMessage = (message: MessageToCard) => {
    if (message?.nudgeId !== content.nudgeId) return;
    if (message.type === 'nudge/close') close();
    // Asked for by the user's shortcut: the only time the card takes focus.
    else if (message.type === 'nudge/focus') card.frame.focus();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(close);

  const shown = await card.ready;
  if (!shown || !host.isConnected) {
    close();
    return false;
  }
  return true;
}
