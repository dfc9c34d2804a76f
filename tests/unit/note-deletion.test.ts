import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { exportAll } from '../../utils/db/backup';
import { createNoteRepository, InvalidNoteError, type NoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { staleDraftFate } from '../../utils/notes/stale-draft';
import { NOTE_UNDO_MS } from '../../utils/notes/tombstone';

let db: HearthDatabase;
let notes: NoteRepository;
const at = (iso: string) => Date.parse(iso);
const DELETED_AT = at('2026-11-25T20:00:00Z');

beforeEach(() => {
  db = new HearthDatabase(`deletion-${crypto.randomUUID()}`);
  notes = createNoteRepository(db);
});

afterEach(() => db.close());

describe('a delete is soft for the undo time, then a tombstone', () => {
  test('remove() takes the note out of the notes and keeps a tombstone that holds it until the undo time ends', async () => {
    const note = await notes.add({ text: 'undo me', source: 'popup' }, at('2026-11-24T20:00:00Z'));
    const removed = await notes.remove(note.id, DELETED_AT);

    expect(removed).toEqual({ note, undoUntil: DELETED_AT + NOTE_UNDO_MS });
    expect(await notes.get(note.id)).toBeUndefined();
    expect(await notes.pendingDeletes(DELETED_AT + 1)).toEqual([{ note, undoUntil: DELETED_AT + NOTE_UNDO_MS }]);
  });

  test('restore() within the undo time puts the note back unchanged and leaves no tombstone', async () => {
    const note = await notes.add({ text: 'undo me', source: 'popup' }, at('2026-11-24T20:00:00Z'));
    await notes.remove(note.id, DELETED_AT);

    expect(await notes.restore(note.id, DELETED_AT + NOTE_UNDO_MS - 1)).toEqual(note);
    expect(await notes.get(note.id)).toEqual(note);
    expect(await notes.deletedNotes()).toEqual([]);
    expect(await notes.pendingDeletes(DELETED_AT + 1)).toEqual([]);
  });

  test('restore() after the undo time is refused, and the note stays deleted', async () => {
    const note = await notes.add({ text: 'too late', source: 'popup' });
    await notes.remove(note.id, DELETED_AT);

    await expect(notes.restore(note.id, DELETED_AT + NOTE_UNDO_MS)).rejects.toMatchObject({ reason: 'undo-expired' });
    expect(await notes.get(note.id)).toBeUndefined();
  });

  test('restoring twice restores once, then says the undo is spent', async () => {
    const note = await notes.add({ text: 'once', source: 'popup' });
    await notes.remove(note.id, DELETED_AT);
    await notes.restore(note.id, DELETED_AT + 1);
    await expect(notes.restore(note.id, DELETED_AT + 2)).rejects.toBeInstanceOf(InvalidNoteError);
    expect(await notes.count()).toBe(1);
  });

  test('each delete gets its own full undo time', async () => {
    const first = await notes.add({ text: 'first', source: 'popup' });
    const second = await notes.add({ text: 'second', source: 'popup' });
    await notes.remove(first.id, DELETED_AT);
    await notes.remove(second.id, DELETED_AT + 7_000);

    const later = DELETED_AT + NOTE_UNDO_MS + 1;
    expect(await notes.pendingDeletes(later)).toEqual([{ note: second, undoUntil: DELETED_AT + 7_000 + NOTE_UNDO_MS }]);
    expect(await notes.restore(second.id, later)).toEqual(second);
  });

  test('purgeDeleted() keeps only id, deletedAt and updatedAt once the undo time has passed', async () => {
    const note = await notes.add({ text: 'my words', source: 'nudge', prompt: 'a prompt' });
    const kept = await notes.add({ text: 'still undoable', source: 'popup' });
    await notes.remove(note.id, DELETED_AT);
    await notes.remove(kept.id, DELETED_AT + 5_000);

    expect(await notes.purgeDeleted(DELETED_AT + NOTE_UNDO_MS)).toBe(1);
    const stored = await db.tombstones.get(note.id);
    expect(stored).toEqual({ id: note.id, deletedAt: DELETED_AT, updatedAt: DELETED_AT });
    expect(JSON.stringify(await db.tombstones.toArray())).not.toContain('my words');
    expect(await notes.pendingDeletes(DELETED_AT + NOTE_UNDO_MS)).toEqual([{ note: kept, undoUntil: DELETED_AT + 5_000 + NOTE_UNDO_MS }]);
  });

  test('deletedNotes() never hands out text, even during the undo time', async () => {
    const note = await notes.add({ text: 'secret', source: 'popup' });
    await notes.remove(note.id, DELETED_AT);
    expect(await notes.deletedNotes()).toEqual([{ id: note.id, deletedAt: DELETED_AT, updatedAt: DELETED_AT }]);
  });

  test('a clock that stepped back does not stretch the undo time', async () => {
    const note = await notes.add({ text: 'clock', source: 'popup' });
    await notes.remove(note.id, DELETED_AT);
    const anHourEarlier = DELETED_AT - 3_600_000;
    expect(await notes.pendingDeletes(anHourEarlier)).toEqual([]);
    await expect(notes.restore(note.id, anHourEarlier)).rejects.toMatchObject({ reason: 'undo-expired' });
    expect(await notes.purgeDeleted(anHourEarlier)).toBe(1);
  });
});

describe('a deleted note never comes back through a write', () => {
  test('saveOnce() with a deleted note’s id is refused and writes nothing', async () => {
    const { note } = await notes.saveOnce(crypto.randomUUID(), { text: 'from a nudge', source: 'nudge' });
    await notes.remove(note.id, DELETED_AT);

    await expect(notes.saveOnce(note.id, { text: 'from a stale draft', source: 'nudge' })).rejects.toMatchObject({ reason: 'deleted' });
    expect(await notes.get(note.id)).toBeUndefined();
  });

  test('versionOf() answers that a deleted note was deleted, so a stale draft of it is dropped, not offered', async () => {
    const { note } = await notes.saveOnce(crypto.randomUUID(), { text: 'from a nudge', source: 'nudge' });
    await notes.remove(note.id, DELETED_AT);
    expect(await notes.versionOf(note.id)).toEqual({ deleted: true });
    expect(staleDraftFate('from a nudge, typed on', await notes.versionOf(note.id))).toBe('drop');
    expect(await notes.versionOf(crypto.randomUUID())).toBeNull();
  });

  test('edit() of a deleted note is refused', async () => {
    const note = await notes.add({ text: 'gone', source: 'popup' });
    await notes.remove(note.id, DELETED_AT);
    await expect(notes.edit(note.id, 'edited in another tab')).rejects.toMatchObject({ reason: 'not-found' });
  });
});

describe('every list and count skips deleted notes', () => {
  test('recent, between, nearest, counts, first note and export', async () => {
    const kept = await notes.add({ text: 'kept', source: 'popup' }, at('2026-11-20T20:00:00Z'));
    const gone = await notes.add({ text: 'gone', source: 'popup' }, at('2026-11-22T20:00:00Z'));
    const oldest = await notes.add({ text: 'oldest, gone', source: 'popup' }, at('2026-11-01T20:00:00Z'));
    await notes.remove(gone.id, DELETED_AT);
    await notes.remove(oldest.id, DELETED_AT);

    expect(await notes.listRecent(10)).toEqual([kept]);
    expect(await notes.listBetween(0, DELETED_AT)).toEqual([kept]);
    expect(await notes.nearest(at('2026-11-22T20:00:00Z'), 0, DELETED_AT)).toEqual(kept);
    expect(await notes.count()).toBe(1);
    expect(await notes.countSince(null, 100)).toBe(1);
    expect(await notes.countSince(at('2026-11-21T00:00:00Z'), 100)).toBe(0);
    expect(await notes.firstCreatedAt()).toBe(kept.createdAt);
    expect((await exportAll(db)).notes).toEqual([kept]);
  });
});
