import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getCurrentNudge } from '../../entrypoints/background/current-nudge';
import { handleMessage } from '../../entrypoints/background/messages';
import { settleStaleNudgeDraft } from '../../entrypoints/background/nudge-draft';
import { reconcile } from '../../entrypoints/background/reconcile';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import { defaultSettings } from '../../utils/settings';
import { SETTINGS_KEY } from '../../utils/settings/store';

const at = (iso: string) => Date.parse(iso);
const noteId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const self = () => ({ id: fakeBrowser.runtime.id });
// An id of this install's own: a stored 'default' would be given a new one on load (utils/settings/window-ids.ts).
const tonight = { day: '2026-11-25', windowId: 'evening' };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await Promise.all(getDatabase().tables.map((table) => table.clear()));
  Object.assign(fakeBrowser, {
    idle: { queryState: vi.fn(async () => 'active'), onStateChanged: { addListener: vi.fn() } },
  });
  vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 77 } as never);
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true } as never);
  vi.spyOn(fakeBrowser.windows, 'remove').mockResolvedValue(undefined);
  const windows = defaultSettings().windows.map((window) => ({ ...window, id: tonight.windowId }));
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), windows, style: 'window', snoozeMinutes: 10 } });
  // A nudge is on screen at 21:00.
  vi.setSystemTime(at('2026-11-25T21:00:00Z'));
  await reconcile('alarm');
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const evening = () => createEveningRepository(getDatabase()).get(tonight);

describe('messages to the background', () => {
  test('nudge/get gives the nudge on screen', async () => {
    const content = await handleMessage({ type: 'nudge/get' }, self());
    expect(content).toMatchObject({ nudgeId: (await getCurrentNudge())?.nudgeId, snoozeMinutes: 10, names: { me: '', partner: '' } });
    expect((content as { prompt: string }).prompt.length).toBeGreaterThan(0);
  });

  test('a message from anyone but this extension is ignored', async () => {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    expect(handleMessage({ type: 'nudge/act', nudgeId, action: 'put-down' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(handleMessage({ type: 'nudge/get' }, {})).toBeUndefined();
    expect((await evening())?.settled).toBeNull();
  });

  test('a malformed message is ignored', () => {
    expect(handleMessage({ type: 'nudge/act', nudgeId: 'x', action: 'explode' }, self())).toBeUndefined();
    expect(handleMessage('hello', self())).toBeUndefined();
  });

  test('"I\'m putting it down" settles the evening, closes the window and leaves only the end-of-window alarm', async () => {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    vi.setSystemTime(at('2026-11-25T21:02:00Z'));
    expect(await handleMessage({ type: 'nudge/act', nudgeId, action: 'put-down' }, self())).toEqual({ ok: true });
    expect(await evening()).toMatchObject({ settled: 'put-down', nudgesShown: 1 });
    expect(fakeBrowser.windows.remove).toHaveBeenCalledWith(77);
    expect(await getCurrentNudge()).toBeNull();
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T22:00:00Z') })]);
  });

  test('snooze records the snooze and sets the alarm for its end', async () => {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    vi.setSystemTime(at('2026-11-25T21:01:00Z'));
    await handleMessage({ type: 'nudge/act', nudgeId, action: 'snooze' }, self());
    expect(await evening()).toMatchObject({ snoozes: 1, snoozedUntil: at('2026-11-25T21:11:00Z') });
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ scheduledTime: at('2026-11-25T21:11:00Z') })]);
  });

  test('an answer to a nudge that is no longer on screen changes nothing', async () => {
    expect(await handleMessage({ type: 'nudge/act', nudgeId: 'stale', action: 'put-down' }, self())).toEqual({ ok: false });
    expect((await evening())?.settled).toBeNull();
  });

  test('a note from the nudge is saved by the background and counted for the evening', async () => {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    expect(await handleMessage({ type: 'nudge/note', nudgeId, noteId, text: '  You hummed while cooking.  ' }, self())).toEqual({ ok: true });
    const [note] = await createNoteRepository(getDatabase()).listRecent(1);
    expect(note).toMatchObject({ text: 'You hummed while cooking.', source: 'nudge' });
    expect((await evening())?.notesWritten).toBe(1);
  });

  test('an empty note from the nudge is refused with the popup\'s message', async () => {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    expect(await handleMessage({ type: 'nudge/note', nudgeId, noteId, text: '   ' }, self())).toEqual({
      ok: false,
      message: "Write a few words first: an empty note can't be saved.",
    });
    expect(await createNoteRepository(getDatabase()).count()).toBe(0);
  });

  test('a note sent again with the same id (its reply was lost) is stored and counted once, with the later text', async () => {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    await handleMessage({ type: 'nudge/note', nudgeId, noteId, text: 'You hummed' }, self());
    expect(await handleMessage({ type: 'nudge/note', nudgeId, noteId, text: 'You hummed while cooking.' }, self())).toEqual({ ok: true });
    const notes = await createNoteRepository(getDatabase()).listRecent(10);
    expect(notes).toEqual([expect.objectContaining({ id: noteId, text: 'You hummed while cooking.' })]);
    expect((await evening())?.notesWritten).toBe(1);
  });

  test('the note draft is kept for the next nudge and dropped once its note is saved', async () => {
    expect(await handleMessage({ type: 'nudge/draft', noteId, text: 'You always' }, self())).toEqual({ ok: true });
    await handleMessage({ type: 'nudge/draft', noteId, text: 'You always know' }, self());
    expect(await handleMessage({ type: 'nudge/get' }, self())).toMatchObject({ draft: { noteId, text: 'You always know' } });

    const nudgeId = (await getCurrentNudge())!.nudgeId;
    await handleMessage({ type: 'nudge/note', nudgeId, noteId, text: 'You always know.' }, self());
    expect(await handleMessage({ type: 'nudge/get' }, self())).toMatchObject({ draft: null });
  });

  test('saving a note leaves a newer note\'s draft alone', async () => {
    const newer = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    await handleMessage({ type: 'nudge/draft', noteId: newer, text: 'And another thing' }, self());
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    await handleMessage({ type: 'nudge/note', nudgeId, noteId, text: 'The first thing.' }, self());
    expect(await handleMessage({ type: 'nudge/get' }, self())).toMatchObject({ draft: { noteId: newer, text: 'And another thing' } });
  });
});

describe('a stale nudge draft: the worker stopped after the note was stored, before its draft was cleared (#16, defect 10)', () => {
  const notes = () => createNoteRepository(getDatabase());
  /** Stores the note as the card's save does, then puts its draft back, as the stopped worker left it. */
  async function storedThenStopped(text: string) {
    const nudgeId = (await getCurrentNudge())!.nudgeId;
    await handleMessage({ type: 'nudge/draft', noteId, text }, self());
    await handleMessage({ type: 'nudge/note', nudgeId, noteId, text }, self());
    await fakeBrowser.storage.local.set({ nudgeNoteDraft: { noteId, text } });
  }
  /** The next evening's nudge, which offers the draft back. */
  async function nextNudge() {
    vi.setSystemTime(at('2026-11-26T21:00:00Z'));
    await reconcile('alarm');
    return (await handleMessage({ type: 'nudge/get' }, self())) as { nudgeId: string; draft: { noteId: string; text: string } | null };
  }
  const tomorrow = () => createEveningRepository(getDatabase()).get({ day: '2026-11-26', windowId: tonight.windowId });

  test('whose words are already stored is not offered again, and nothing is counted twice', async () => {
    await storedThenStopped('You fixed the shelf.');
    const next = await nextNudge();
    expect(next.draft).toBeNull();
    expect(await notes().count()).toBe(1);
    expect((await evening())?.notesWritten).toBe(1);
  });

  test('never overwrites a newer edit made in the popup, and keeps its own words as a new note', async () => {
    await storedThenStopped('You fixed the shelf.');
    vi.setSystemTime(at('2026-11-25T23:00:00Z'));
    await notes().edit(noteId, 'You fixed the shelf, and the door.');
    const next = await nextNudge();
    expect(next.draft).toMatchObject({ text: 'You fixed the shelf.' });
    expect(next.draft!.noteId).not.toBe(noteId);

    // Even a card that still holds the old id cannot overwrite the edit.
    expect(await handleMessage({ type: 'nudge/note', nudgeId: next.nudgeId, noteId, text: 'You fixed the shelf!' }, self())).toEqual({ ok: true });
    expect(await notes().get(noteId)).toMatchObject({ text: 'You fixed the shelf, and the door.' });
    expect((await notes().listRecent(10)).map((note) => note.text).sort()).toEqual(['You fixed the shelf!', 'You fixed the shelf, and the door.']);
    expect((await evening())?.notesWritten).toBe(1);
    expect((await tomorrow())?.notesWritten).toBe(1);
  });

  test('saved again with the same words after an edit changes nothing and counts nothing', async () => {
    await storedThenStopped('You fixed the shelf.');
    vi.setSystemTime(at('2026-11-25T23:00:00Z'));
    await notes().edit(noteId, 'You fixed the shelf, and the door.');
    await notes().edit(noteId, 'You fixed the shelf.');
    const next = await nextNudge();
    expect(next.draft).toBeNull();
    expect(await handleMessage({ type: 'nudge/note', nudgeId: next.nudgeId, noteId, text: 'You fixed the shelf.' }, self())).toEqual({ ok: true });
    expect(await notes().count()).toBe(1);
    expect((await tomorrow())?.notesWritten ?? 0).toBe(0);
  });

  test('words typed after the save began are kept, and saving them replaces the untouched note once', async () => {
    await storedThenStopped('You fixed');
    await fakeBrowser.storage.local.set({ nudgeNoteDraft: { noteId, text: 'You fixed the shelf.' } });
    const next = await nextNudge();
    expect(next.draft).toEqual({ noteId, text: 'You fixed the shelf.' });
    await handleMessage({ type: 'nudge/note', nudgeId: next.nudgeId, noteId, text: 'You fixed the shelf.' }, self());
    expect(await notes().listRecent(10)).toEqual([expect.objectContaining({ id: noteId, text: 'You fixed the shelf.' })]);
    expect((await evening())?.notesWritten).toBe(1);
    expect((await tomorrow())?.notesWritten ?? 0).toBe(0);
  });

  test('a note deleted in the popup is not brought back when the worker starts and finds its draft', async () => {
    await storedThenStopped('You fixed the shelf.');
    // The worker starts again (the next event) before anything else happens.
    await settleStaleNudgeDraft();
    await notes().remove(noteId);
    const next = await nextNudge();
    expect(next.draft).toBeNull();
    expect(await notes().count()).toBe(0);
  });
});
