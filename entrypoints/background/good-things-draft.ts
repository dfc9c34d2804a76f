import { browser } from 'wxt/browser';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import type { GoodThingsDraft } from '../../utils/messaging/protocol';
import { newNoteId } from '../../utils/notes/id';
import { staleDraftFate } from '../../utils/notes/stale-draft';
import { goodThingText, hasGoodThings } from '../../utils/rituals/three-good-things';

const KEY = 'nudgeGoodThingsDraft';

// Writes run in the order the card typed them, as for the note's draft (nudge-draft.ts).
let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(write: () => Promise<T>): Promise<T> {
  const run = queue.then(write);
  queue = run.catch(() => undefined);
  return run;
}

const read = async () => (await browser.storage.local.get(KEY))[KEY] as GoodThingsDraft | undefined;

/**
 * Three good things begun in a nudge and not yet kept (issue 18), exactly
 * like the note's draft: in storage.local, so a snoozed or dismissed card, or
 * a browser restart, loses nothing. Each field whose note is already stored
 * (the worker stopped between storing and clearing) is settled by the note
 * draft's rule, staleDraftFate, before the draft is offered.
 */
export async function loadGoodThingsDraft(): Promise<GoodThingsDraft | null> {
  await enqueue(settle);
  const stored = await read();
  return stored && hasGoodThings(stored.entries) ? stored : null;
}

async function settle(): Promise<void> {
  const stored = await read();
  if (!stored) return;
  const notes = createNoteRepository(getDatabase());
  const ids = [...stored.ids];
  const entries = stored.entries.map((entry) => ({ ...entry }));
  for (const [index, entry] of entries.entries()) {
    if (!entry.thing.trim()) continue;
    const fate = staleDraftFate(goodThingText(entry), await notes.versionOf(ids[index]!));
    if (fate === 'drop') entries[index] = { thing: '', why: '' };
    else if (fate === 'new-id') ids[index] = newNoteId();
  }
  if (!hasGoodThings(entries)) await browser.storage.local.remove(KEY);
  else await browser.storage.local.set({ [KEY]: { ids, entries } satisfies GoodThingsDraft });
}

export function saveGoodThingsDraft(draft: GoodThingsDraft): Promise<void> {
  return enqueue(() => (hasGoodThings(draft.entries) ? browser.storage.local.set({ [KEY]: draft }) : browser.storage.local.remove(KEY)));
}

/** Drops the draft once its good things are stored; a draft begun since, under other ids, stays. */
export function clearGoodThingsDraft(ids: readonly string[]): Promise<void> {
  return enqueue(async () => {
    const stored = await read();
    if (stored && stored.ids.every((id, i) => id === ids[i])) await browser.storage.local.remove(KEY);
  });
}
