import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createNoteRepository, InvalidNoteError, type NoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { NOTE_MAX_LENGTH } from '../../utils/notes/text';

let db: HearthDatabase;
let notes: NoteRepository;
const at = (iso: string) => Date.parse(iso);

beforeEach(() => {
  db = new HearthDatabase(`notes-${crypto.randomUUID()}`);
  notes = createNoteRepository(db);
});

afterEach(() => db.close());

describe('add()', () => {
  test('stores a trimmed note with a UUID, both times and where it was written', async () => {
    const note = await notes.add({ text: '  You fixed my bike.  ', source: 'popup', prompt: 'A small kindness…' }, at('2026-11-25T20:00:00Z'));
    expect(note).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      text: 'You fixed my bike.',
      createdAt: at('2026-11-25T20:00:00Z'),
      updatedAt: at('2026-11-25T20:00:00Z'),
      source: 'popup',
      prompt: 'A small kindness…',
    });
    expect(await notes.get(note.id)).toEqual(note);
  });

  test('gives every note its own id', async () => {
    const a = await notes.add({ text: 'one', source: 'popup' });
    const b = await notes.add({ text: 'two', source: 'nudge' });
    expect(a.id).not.toBe(b.id);
    expect(b.prompt).toBeNull();
  });

  test.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['x'.repeat(NOTE_MAX_LENGTH + 1), 'too-long'],
  ])('refuses %j and writes nothing', async (text, reason) => {
    await expect(notes.add({ text, source: 'popup' })).rejects.toMatchObject({ name: 'InvalidNoteError', reason });
    expect(await notes.count()).toBe(0);
  });
});

describe('saveOnce()', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

  test('stores a new note under the given id', async () => {
    const saved = await notes.saveOnce(id, { text: ' You waited. ', source: 'nudge', prompt: 'p' }, at('2026-11-25T21:00:00Z'));
    expect(saved).toEqual({
      created: true,
      note: { id, text: 'You waited.', createdAt: at('2026-11-25T21:00:00Z'), updatedAt: at('2026-11-25T21:00:00Z'), source: 'nudge', prompt: 'p' },
    });
  });

  test('the same id again replaces the text and keeps one note, still untouched by anyone else (both times anew)', async () => {
    await notes.saveOnce(id, { text: 'You waited', source: 'nudge' }, at('2026-11-25T21:00:00Z'));
    const again = await notes.saveOnce(id, { text: 'You waited for me.', source: 'nudge' }, at('2026-11-25T21:01:00Z'));
    expect(again.created).toBe(false);
    expect(await notes.listRecent(10)).toEqual([
      expect.objectContaining({ id, text: 'You waited for me.', createdAt: at('2026-11-25T21:01:00Z'), updatedAt: at('2026-11-25T21:01:00Z') }),
    ]);
    expect(await notes.saveOnce(id, { text: 'You waited for me!', source: 'nudge' }, at('2026-11-25T21:02:00Z'))).toMatchObject({ created: false });
  });

  test('never overwrites a note edited since: other words become a new note, the same words change nothing', async () => {
    await notes.saveOnce(id, { text: 'You waited', source: 'nudge' }, at('2026-11-25T21:00:00Z'));
    await notes.edit(id, 'You waited in the rain.', at('2026-11-25T22:00:00Z'));
    expect(await notes.saveOnce(id, { text: ' You waited in the rain. ', source: 'nudge' }, at('2026-11-26T21:00:00Z'))).toMatchObject({ created: false });
    const other = await notes.saveOnce(id, { text: 'You waited for me.', source: 'nudge' }, at('2026-11-26T21:01:00Z'));
    expect(other.created).toBe(true);
    expect(other.note.id).not.toBe(id);
    expect(await notes.get(id)).toMatchObject({ text: 'You waited in the rain.', updatedAt: at('2026-11-25T22:00:00Z') });
    expect(await notes.count()).toBe(2);
  });

  test('refuses an empty note and writes nothing', async () => {
    await expect(notes.saveOnce(id, { text: '  ', source: 'nudge' })).rejects.toMatchObject({ reason: 'empty' });
    expect(await notes.count()).toBe(0);
  });
});

describe('edit()', () => {
  test('changes the text and updatedAt, and keeps id and createdAt', async () => {
    const note = await notes.add({ text: 'first words', source: 'popup' }, at('2026-11-25T20:00:00Z'));
    const edited = await notes.edit(note.id, ' better words ', at('2026-11-25T21:00:00Z'));
    expect(edited).toEqual({ ...note, text: 'better words', updatedAt: at('2026-11-25T21:00:00Z') });
    expect(await notes.get(note.id)).toEqual(edited);
  });

  test('refuses an empty edit and keeps the old text', async () => {
    const note = await notes.add({ text: 'keep me', source: 'popup' });
    await expect(notes.edit(note.id, '  ')).rejects.toBeInstanceOf(InvalidNoteError);
    expect((await notes.get(note.id))?.text).toBe('keep me');
  });

  test('refuses to edit a note that is gone', async () => {
    await expect(notes.edit('missing', 'text')).rejects.toMatchObject({ reason: 'not-found' });
    expect(await notes.count()).toBe(0);
  });
});

// remove() and restore(): tests/unit/note-deletion.test.ts

describe('listBetween() and listRecent()', () => {
  beforeEach(async () => {
    for (const [text, iso] of [
      ['monday', '2026-11-23T20:00:00Z'],
      ['tuesday', '2026-11-24T20:00:00Z'],
      ['wednesday', '2026-11-25T20:00:00Z'],
      ['sunday before', '2026-11-22T23:59:59.999Z'],
    ] as const) {
      await notes.add({ text, source: 'popup' }, at(iso));
    }
  });

  test('returns notes in [from, to), newest first', async () => {
    const week = await notes.listBetween(at('2026-11-23T00:00:00Z'), at('2026-11-25T20:00:00Z'));
    expect(week.map((n) => n.text)).toEqual(['tuesday', 'monday']);
  });

  test('includes the start instant and excludes the end instant', async () => {
    const exact = await notes.listBetween(at('2026-11-22T23:59:59.999Z'), at('2026-11-23T20:00:00Z'));
    expect(exact.map((n) => n.text)).toEqual(['sunday before']);
  });

  test('an empty or inverted range is empty', async () => {
    expect(await notes.listBetween(at('2026-11-25T00:00:00Z'), at('2026-11-24T00:00:00Z'))).toEqual([]);
    expect(await notes.listBetween(at('2026-11-25T00:00:00Z'), at('2026-11-25T00:00:00Z'))).toEqual([]);
  });

  test('listRecent gives the newest notes first, up to the limit', async () => {
    expect((await notes.listRecent(2)).map((n) => n.text)).toEqual(['wednesday', 'tuesday']);
  });

  test('an edit does not move a note in time', async () => {
    const [oldest] = (await notes.listRecent(10)).slice(-1);
    await notes.edit(oldest!.id, 'edited later', at('2026-11-26T00:00:00Z'));
    expect((await notes.listRecent(10)).at(-1)?.text).toBe('edited later');
  });
});

describe('nearest()', () => {
  test('finds the latest note at or before the instant, within the range', async () => {
    for (const [text, iso] of [
      ['early', '2026-10-01T20:00:00Z'],
      ['middle', '2026-10-10T20:00:00Z'],
      ['late', '2026-10-20T20:00:00Z'],
    ] as const) {
      await notes.add({ text, source: 'popup' }, at(iso));
    }
    const from = at('2026-10-01T00:00:00Z');
    const to = at('2026-11-01T00:00:00Z');
    expect((await notes.nearest(at('2026-10-15T00:00:00Z'), from, to))?.text).toBe('middle');
    expect((await notes.nearest(at('2026-10-10T20:00:00Z'), from, to))?.text).toBe('middle');
    // Before the first note, it looks forward instead.
    expect((await notes.nearest(at('2026-09-01T00:00:00Z'), at('2026-10-05T00:00:00Z'), to))?.text).toBe('middle');
    // Nothing in range: nothing found.
    expect(await notes.nearest(at('2026-12-01T00:00:00Z'), at('2026-11-01T00:00:00Z'), at('2026-12-31T00:00:00Z'))).toBeUndefined();
  });
});

describe('addMany()', () => {
  test('stores every note trimmed, with its own creation time and id, in one go', async () => {
    const stored = await notes.addMany([
      { text: ' You made soup. ', source: 'popup', createdAt: at('2022-01-05T20:00:00Z') },
      { text: 'You listened.', source: 'nudge', prompt: 'What did they do?', createdAt: at('2026-10-10T20:00:00Z') },
    ]);
    expect(stored.map((n) => n.text)).toEqual(['You made soup.', 'You listened.']);
    expect(new Set(stored.map((n) => n.id)).size).toBe(2);
    expect(stored[0]).toMatchObject({ createdAt: at('2022-01-05T20:00:00Z'), updatedAt: at('2022-01-05T20:00:00Z'), prompt: null });
    expect(await notes.count()).toBe(2);
    expect((await notes.listBetween(at('2026-10-01T00:00:00Z'), at('2026-11-01T00:00:00Z'))).map((n) => n.text)).toEqual([
      'You listened.',
    ]);
  });

  test('writes nothing when any one note is refused', async () => {
    await expect(
      notes.addMany([
        { text: 'fine', source: 'popup', createdAt: at('2026-10-10T20:00:00Z') },
        { text: 'x'.repeat(NOTE_MAX_LENGTH + 3), source: 'popup', createdAt: at('2026-10-11T20:00:00Z') },
      ]),
    ).rejects.toMatchObject({ reason: 'too-long', over: 3 });
    await expect(notes.addMany([{ text: '  ', source: 'popup', createdAt: 0 }])).rejects.toBeInstanceOf(InvalidNoteError);
    expect(await notes.count()).toBe(0);
  });

  test('adds nothing, and fails nothing, for an empty list', async () => {
    expect(await notes.addMany([])).toEqual([]);
    expect(await notes.count()).toBe(0);
  });
});

describe('countSince() and firstCreatedAt()', () => {
  beforeEach(async () => {
    await notes.addMany([
      { text: 'before the backup', source: 'popup', createdAt: at('2026-11-01T20:00:00Z') },
      { text: 'at the very moment', source: 'popup', createdAt: at('2026-11-10T20:00:00Z') },
      { text: 'after it', source: 'popup', createdAt: at('2026-11-12T20:00:00Z') },
      { text: 'and again', source: 'nudge', createdAt: at('2026-11-20T20:00:00Z') },
    ]);
  });

  test('counts only the notes written strictly after the instant, or all of them for null', async () => {
    expect(await notes.countSince(at('2026-11-10T20:00:00Z'), 100)).toBe(2);
    expect(await notes.countSince(at('2026-10-01T00:00:00Z'), 100)).toBe(4);
    expect(await notes.countSince(at('2026-11-21T00:00:00Z'), 100)).toBe(0);
    expect(await notes.countSince(null, 100)).toBe(4);
  });

  test('stops at the cap', async () => {
    expect(await notes.countSince(at('2026-10-01T00:00:00Z'), 3)).toBe(3);
    expect(await notes.countSince(null, 2)).toBe(2);
    expect(await notes.countSince(at('2026-11-10T20:00:00Z'), 2)).toBe(2);
  });

  test('reads keys on the createdAt index, never the notes, and never counts the whole table', async () => {
    const where = vi.spyOn(db.notes, 'where');
    const toArray = vi.spyOn(db.notes, 'toArray');
    const count = vi.spyOn(db.notes, 'count');
    await notes.countSince(at('2026-11-10T20:00:00Z'), 100);
    await notes.countSince(null, 100);
    expect(where).toHaveBeenCalledWith('createdAt');
    expect(toArray).not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();
  });

  test('gives the oldest note’s time, or null with no notes', async () => {
    expect(await notes.firstCreatedAt()).toBe(at('2026-11-01T20:00:00Z'));
    await db.notes.clear();
    expect(await notes.firstCreatedAt()).toBeNull();
  });
});
