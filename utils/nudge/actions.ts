import { t } from '../platform/i18n';
import type { GoodThingsDraft, NoteReply, NudgeAction, NudgeContent } from '../messaging/protocol';
import { newNoteId } from '../notes/id';
import { sendToBackground } from '../messaging/send';

/** How often, and how far apart, a nudge UI asks for its content before giving up. */
const ASKS = 3;
const ASK_AGAIN_MS = 300;

/**
 * The nudge to show, or null when there is none. A worker stopped while
 * answering drops the reply, and starts again for the next message, so a
 * failed ask is repeated: otherwise the window would stay blank and the card
 * would never appear.
 */
export async function fetchNudgeContent(): Promise<NudgeContent | null> {
  for (let ask = 1; ; ask++) {
    try {
      return await sendToBackground({ type: 'nudge/get' });
    } catch (error) {
      if (ask >= ASKS) throw error;
      await new Promise((resolve) => setTimeout(resolve, ASK_AGAIN_MS));
    }
  }
}

export interface NudgeActions {
  /** Resolves true once the background recorded the answer; false if the nudge was stale or no answer came. */
  act: (action: NudgeAction) => Promise<boolean>;
  writeNote: (text: string) => Promise<NoteReply>;
  keepDraft: (text: string) => void;
  /** Three good things (issue 18): stored, or a message, as for a note. */
  writeGoodThings: (entries: GoodThingsDraft['entries']) => Promise<NoteReply>;
  keepGoodThingsDraft: (entries: GoodThingsDraft['entries']) => void;
}

const freshIds = () => [newNoteId(), newNoteId(), newNoteId()];

/**
 * What the nudge UIs (in-page card, fallback window) ask of the background.
 * Nothing here throws into the UI: a worker stopped mid-save rejects the
 * message, and the card must then say so and keep the text, not hang on
 * "Saving…". The note keeps one id until it is stored (the draft's, if it
 * was restored), so saving again after such a failure can't store it twice.
 */
export function createNudgeActions(content: Pick<NudgeContent, 'nudgeId' | 'draft'> & Partial<Pick<NudgeContent, 'goodThingsDraft'>>): NudgeActions {
  const { nudgeId } = content;
  let noteId = content.draft?.noteId ?? newNoteId();
  // The three good things keep their ids the same way, until stored.
  let goodThingIds = content.goodThingsDraft?.ids ?? freshIds();
  return {
    act: (action) =>
      sendToBackground({ type: 'nudge/act', nudgeId, action }).then(
        (reply) => reply?.ok === true,
        () => false,
      ),
    writeNote: async (text) => {
      try {
        const reply = await sendToBackground({ type: 'nudge/note', nudgeId, noteId, text });
        if (reply.ok) noteId = newNoteId();
        return reply;
      } catch {
        return { ok: false, message: t('nudgeNoteNoAnswer') };
      }
    },
    // Best effort: the text also stays in the open field.
    keepDraft: (text) => void sendToBackground({ type: 'nudge/draft', noteId, text }).catch(() => undefined),
    writeGoodThings: async (entries) => {
      try {
        const reply = await sendToBackground({ type: 'nudge/good-things', nudgeId, goodThings: { ids: goodThingIds, entries } });
        if (reply.ok) goodThingIds = freshIds();
        return reply;
      } catch {
        return { ok: false, message: t('goodThingsNoAnswer') };
      }
    },
    keepGoodThingsDraft: (entries) =>
      void sendToBackground({ type: 'nudge/good-things-draft', goodThings: { ids: goodThingIds, entries } }).catch(() => undefined),
  };
}

/** What both nudge UIs show from the background's content, as the card's props. */
export function nudgeCardContent({ prompt, names, snoozeMinutes, theme, draft, goodThingsDraft, opensGoodThings }: NudgeContent) {
  return { prompt, names, snoozeMinutes, theme, draft: draft?.text, goodThingsDraft: goodThingsDraft?.entries, opensGoodThings };
}
