import { render } from 'preact';
import { NudgeCard } from '../../components/NudgeCard';
import '../../components/nudge-card.css';
import { defaultRitualPrompts, personalise } from '../../utils/rituals/prompts';

// Test builds only (wxt.config.ts). The card as the content script renders
// it, with the default first prompt and a partner's name.
const names = { me: 'Alex', partner: 'Sam' };
const root = document.getElementById('card');
if (root) {
  render(
    <NudgeCard
      variant="floating"
      prompt={personalise(defaultRitualPrompts()[0] ?? '', names)}
      names={names}
      snoozeMinutes={10}
      onAction={() => undefined}
      onWriteNote={async () => ({ ok: true })}
      onWriteGoodThings={async () => ({ ok: true })}
    />,
    root,
  );
}
