import { render } from 'preact';
import { browser } from 'wxt/browser';
import { NudgeCard } from '../../components/NudgeCard';
import '../../components/nudge-card.css';
import { t } from '../../utils/platform/i18n';
import type { MessageToCard } from '../../utils/messaging/protocol';
import { createNudgeActions, fetchNudgeContent, nudgeCardContent } from '../../utils/nudge/actions';
import './style.css';
import { followThemeSetting } from '../../utils/settings/theme';

// The small fallback window: the same card, in its own unfocused window, for
// pages the card can't reach or when the user chose this style.
document.documentElement.lang = browser.i18n.getUILanguage();
followThemeSetting();
document.title = t('nudgeWindowTitle');
const title = document.getElementById('nudge-window-title');
if (title) title.textContent = t('nudgeWindowTitle');
const root = document.getElementById('app');

async function show(container: HTMLElement) {
  // Listening before asking: the background may withdraw this nudge (one it
  // lost track of when its worker stopped) before the answer below arrives.
  const withdrawn = new Set<string>();
  let shown = '';
  browser.runtime.onMessage.addListener((message: MessageToCard) => {
    if (message?.type !== 'nudge/close') return;
    withdrawn.add(message.nudgeId);
    if (message.nudgeId === shown) window.close();
  });
  const content = await fetchNudgeContent().catch(() => null);
  if (!content || withdrawn.has(content.nudgeId)) {
    window.close();
    return;
  }
  shown = content.nudgeId;
  // The window opens unfocused; when the user brings it forward, start on the main action.
  window.addEventListener('focus', () => {
    if (document.activeElement === document.body) container.querySelector<HTMLElement>('.hearth-nudge__button--primary')?.focus();
  });
  const actions = createNudgeActions(content);
  render(
    <NudgeCard
      variant="window"
      {...nudgeCardContent(content)}
      // The background closes this window once it has recorded the answer; a
      // window whose nudge was stale, or that got no answer, closes itself.
      onAction={(action) => void actions.act(action).then((recorded) => recorded || window.close())}
      onWriteNote={actions.writeNote}
      onNoteInput={actions.keepDraft}
      onWriteGoodThings={actions.writeGoodThings}
      onGoodThingsInput={actions.keepGoodThingsDraft}
    />,
    container,
  );
}

if (root) void show(root);
