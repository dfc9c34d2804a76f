import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { NudgeCard } from '../../components/NudgeCard';
import '../../components/nudge-card.css';
import { CARD_ORIGINS } from '../../utils/platform/card-origins';
import type { MessageToCard } from '../../utils/messaging/protocol';
import { createNudgeActions, fetchNudgeContent, nudgeCardContent } from '../../utils/nudge/actions';

// Injected into the active tab only when a nudge is due (registration
// 'runtime'); no page ever runs it otherwise. It never opens the database:
// everything goes through the background.
export default defineContentScript({
  registration: 'runtime',
  matches: [...CARD_ORIGINS],
  cssInjectionMode: 'ui',
  // Resolves to whether the card is really on the page. executeScript hands
  // this back, and the background opens the small window for anything but
  // true: a page without an HTML body (an SVG image, an XML feed) has
  // nowhere to put the card (issue 17).
  async main(ctx): Promise<boolean> {
    try {
      return await showCard(ctx);
    } catch {
      return false;
    }
  },
});

async function showCard(ctx: ContentScriptContext): Promise<boolean> {
  if (!(document.body instanceof HTMLElement)) return false;
  const content = await fetchNudgeContent().catch(() => null);
  if (!content) return false;

  const actions = createNudgeActions(content);

  // A second nudge the same evening replaces the first card on this page.
  document.querySelectorAll('hearth-nudge').forEach((old) => old.remove());

  // Called only after the card is mounted, so `ui` is set by then.
  const close = () => ui.remove();
  const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi(ctx, {
    name: 'hearth-nudge',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    // Keystrokes typed into the card must not reach the page's shortcuts.
    isolateEvents: true,
    onMount(container) {
      const root = document.createElement('div');
      container.append(root);
      render(
        <NudgeCard
          variant="floating"
          {...nudgeCardContent(content)}
          onAction={(action) => {
            close();
            void actions.act(action);
          }}
          onWriteNote={actions.writeNote}
          onNoteInput={actions.keepDraft}
          onWriteGoodThings={actions.writeGoodThings}
          onGoodThingsInput={actions.keepGoodThingsDraft}
        />,
        root,
      );
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();

  const onMessage = (message: MessageToCard) => {
    if (message?.nudgeId !== content.nudgeId) return;
    if (message.type === 'nudge/close') close();
    // Asked for by the user's shortcut: the only time the card takes focus.
    else if (message.type === 'nudge/focus') ui.shadow.querySelector<HTMLElement>('.hearth-nudge__button--primary')?.focus();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    close();
  });
  return ui.shadowHost.isConnected;
}
