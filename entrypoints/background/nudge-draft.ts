import { browser } from 'wxt/browser';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import type { NudgeDraft } from '../../utils/messaging/protocol';
import { newNoteId } from '../../utils/notes/id';
import { staleDraftFate } from '../../utils/notes/stale-draft';

const KEY = 'nudgeNoteDraft';

// Writes run in the order the card typed them, so a late keystroke never
// overwrites the clearing that followed its save.
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(write: () => Promise<T>): Promise<T> {
  const run = queue.then(write);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The note being written in a nudge, kept until it is saved. Content scripts
 * must not use the page's storage (the page can read it), so the card hands
 * each change to the background. One draft, in storage.local: text typed in a
 * card that was then snoozed, dismissed or navigated away from comes back in
 * the next nudge, even after a browser restart.
 */
export async function loadNudgeDraft(): Promise<NudgeDraft | null> {
  await settleStaleNudgeDraft();
  await queue;
  const stored = (await browser.storage.local.get(KEY))[KEY] as NudgeDraft | undefined;
  return stored?.text ? stored : null;
}

/**
 * A draft whose note is already stored is stale: the worker stopped between
 * storing the note and clearing the draft. It is dropped when its words are
 * stored, or given a new id when the note was edited since, so it never
 * overwrites a newer version nor counts twice (issue 16, defect 10; the rule
 * is staleDraftFate). Run when the worker starts and before a draft is offered.
 */
export function settleStaleNudgeDraft(): Promise<void> {
  return enqueue(async () => {
    const stored = (await browser.storage.local.get(KEY))[KEY] as NudgeDraft | undefined;
    if (!stored?.text) return;
    const fate = staleDraftFate(stored.text, await createNoteRepository(getDatabase()).versionOf(stored.noteId));
    if (fate === 'drop') await browser.storage.local.remove(KEY);
    else if (fate === 'new-id') await browser.storage.local.set({ [KEY]: { noteId: newNoteId(), text: stored.text } satisfies NudgeDraft });
  });
}

export function saveNudgeDraft(draft: NudgeDraft): Promise<void> {
  return enqueue(() => (draft.text ? browser.storage.local.set({ [KEY]: draft }) : browser.storage.local.remove(KEY)));
}

/** Drops the draft once its note is stored; a newer note's draft stays. */
export function clearNudgeDraft(noteId: string): Promise<void> {
  return enqueue(async () => {
    const stored = (await browser.storage.local.get(KEY))[KEY] as NudgeDraft | undefined;
    if (stored?.noteId === noteId) await browser.storage.local.remove(KEY);
  });
}
