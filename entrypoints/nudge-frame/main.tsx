import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NudgeCard } from '../../components/NudgeCard';
import '../../components/nudge-card.css';
import type { FrameToCard } from '../../utils/messaging/card-frame';
import type { MessageToCard } from '../../utils/messaging/protocol';
import { createNudgeActions, fetchNudgeContent, nudgeCardContent } from '../../utils/nudge/actions';
import { t } from '../../utils/platform/i18n';
import './style.css';

// The in-page card's inside: an extension page the card's content script
// frames in its closed shadow root. Keys typed here, and the text shown here,
// belong to this frame's document, which the web page around it cannot reach
// (issue 14). It talks to the background itself; to the content script it
// says only its size, and when to go.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('nudgeWindowTitle');

const tell = (message: FrameToCard) => window.parent.postMessage(message, '*');

async function show(container: HTMLElement) {
  const withdrawn = new Set<string>();
  let shown = '';
  // The background asks every Hearth page to close a nudge it lost track of.
  browser.runtime.onMessage.addListener((message: MessageToCard) => {
    if (message?.type !== 'nudge/close') return;
    withdrawn.add(message.nudgeId);
    if (message.nudgeId === shown) tell({ hearthFrame: 'close' });
  });
  const content = await fetchNudgeContent().catch(() => null);
  if (!content || withdrawn.has(content.nudgeId)) return tell({ hearthFrame: 'none' });
  shown = content.nudgeId;
  // Focus comes here only when the user asks (the focus-nudge command focuses the frame).
  window.addEventListener('focus', () => {
    if (document.activeElement === document.body) container.querySelector<HTMLElement>('.hearth-nudge__button--primary')?.focus();
  });
  const actions = createNudgeActions(content);
  render(
    <NudgeCard
      variant="frame"
      {...nudgeCardContent(content)}
      onAction={(action) => {
        tell({ hearthFrame: 'close' });
        void actions.act(action);
      }}
      onWriteNote={actions.writeNote}
      onNoteInput={actions.keepDraft}
      onWriteGoodThings={actions.writeGoodThings}
      onGoodThingsInput={actions.keepGoodThingsDraft}
    />,
    container,
  );
  const card = container.firstElementChild;
  if (!(card instanceof HTMLElement)) return tell({ hearthFrame: 'none' });
  new ResizeObserver(() => tell({ hearthFrame: 'size', height: card.offsetHeight })).observe(card);
  tell({ hearthFrame: 'ready', height: card.offsetHeight });
}

const root = document.getElementById('app');
if (root) void show(root);
else tell({ hearthFrame: 'none' });
