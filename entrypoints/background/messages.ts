import { browser, type Browser } from 'wxt/browser';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository, InvalidNoteError } from '../../utils/db/notes';
import { openUnlessBlocked } from '../../utils/db/open-guard';
import { getDatabase } from '../../utils/db/schema';
import { storageProblemMessage } from '../../utils/db/storage-errors';
import { t } from '../../utils/platform/i18n';
import { isFromThisExtension, parseMessageToBackground, type MessageToBackground, type NoteReply, type NudgeAction, type Replies } from '../../utils/messaging/protocol';
import { NOTE_MAX_LENGTH } from '../../utils/notes/text';
import { loadSettings } from '../../utils/settings/store';
import { getCurrentNudge, setCurrentNudge, type CurrentNudge } from './current-nudge';
import { withdrawNudge } from './deliver';
import { exclusively } from './queue';
import { clearNudgeDraft, loadNudgeDraft, saveNudgeDraft } from './nudge-draft';
import { reconcile } from './reconcile';
import { effectiveSettings } from './test-build';

/**
 * The runtime.onMessage listener. Messages from anywhere but this extension,
 * or of any shape but the protocol's, are ignored (undefined: no reply).
 */
export function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (!isFromThisExtension(sender, browser.runtime.id)) return undefined;
  const message = parseMessageToBackground(raw);
  if (!message) return undefined;
  return answer(message);
}

async function answer(message: MessageToBackground): Promise<Replies[MessageToBackground['type']]> {
  switch (message.type) {
    case 'settings/get':
      return loadSettings();
    case 'nudge/get':
      return nudgeContent();
    case 'nudge/act':
      return { ok: await act(message.nudgeId, message.action, Date.now()) };
    case 'nudge/note':
      return saveNoteFromNudge(message.nudgeId, message.noteId, message.text);
    case 'nudge/draft':
      await saveNudgeDraft({ noteId: message.noteId, text: message.text });
      return { ok: true };
  }
}

async function nudgeContent(): Promise<Replies['nudge/get']> {
  const current = await getCurrentNudge();
  if (!current) return null;
  const [settings, draft] = await Promise.all([loadSettings(), loadNudgeDraft()]);
  return {
    nudgeId: current.nudgeId,
    prompt: current.prompt,
    names: settings.names,
    snoozeMinutes: settings.snoozeMinutes,
    theme: settings.theme,
    draft,
  };
}

/**
 * Records the user's answer to the nudge on screen, takes it down, and
 * re-arms. It runs in the scheduler's queue: a reconcile that shows the next
 * nudge just as the user answers finishes first or starts after, never in
 * between (issue 17).
 */
export function act(nudgeId: string, action: NudgeAction, now: number): Promise<boolean> {
  // A stale card (its nudge already answered elsewhere) changes nothing; an
  // answer to the nudge that was replaced a moment ago applies to its successor.
  return actIf((current) => current.nudgeId === nudgeId || (current.replaced?.includes(nudgeId) ?? false), action, now);
}

/** Like act(), for the nudge on screen if `answers` says the answer is to it, judged inside the queue. */
export async function actIf(answers: (current: CurrentNudge) => boolean, action: NudgeAction, now: number): Promise<boolean> {
  const recorded = await exclusively(`nudge:${action}`, () => recordAnswer(answers, action, now));
  if (recorded) await reconcile(`nudge:${action}`);
  return recorded;
}

async function recordAnswer(answers: (current: CurrentNudge) => boolean, action: NudgeAction, now: number): Promise<boolean> {
  const current = await getCurrentNudge();
  if (!current || !answers(current)) return false;
  const settings = effectiveSettings(await loadSettings());
  const evenings = createEveningRepository(getDatabase());
  await evenings.update(
    current.occurrence,
    (r) =>
      action === 'put-down'
        ? { ...r, settled: 'put-down' }
        : action === 'snooze'
          ? { ...r, snoozedUntil: now + settings.snoozeMinutes * 60_000, snoozes: r.snoozes + 1 }
          : { ...r, dismissedAt: now },
    now,
  );
  await setCurrentNudge(null);
  await withdrawNudge(current.delivery, current.nudgeId);
  return true;
}

/**
 * Stores the note under the id the card chose, so a retry after a lost reply
 * (the worker stopped mid-save) replaces it rather than adding it twice. The
 * note and the evening's count of notes are written in one transaction: both
 * or neither, so the retry can tell whether the note still needs counting.
 */
async function saveNoteFromNudge(nudgeId: string, noteId: string, text: string): Promise<NoteReply> {
  const current = await getCurrentNudge();
  const db = getDatabase();
  try {
    await openUnlessBlocked(db);
    await db.transaction('rw', db.notes, db.evenings, db.tombstones, async () => {
      const { created } = await createNoteRepository(db).saveOnce(noteId, { text, source: 'nudge', prompt: current?.prompt ?? null });
      if (created && current && current.nudgeId === nudgeId) {
        await createEveningRepository(db).update(current.occurrence, (r) => ({ ...r, notesWritten: r.notesWritten + 1 }));
      }
    });
  } catch (error) {
    if (error instanceof InvalidNoteError) {
      return { ok: false, message: error.reason === 'too-long' ? t('noteTooLong', [error.over, NOTE_MAX_LENGTH]) : t('noteEmpty') };
    }
    return { ok: false, message: t(storageProblemMessage(error)) };
  }
  await clearNudgeDraft(noteId);
  return { ok: true };
}
