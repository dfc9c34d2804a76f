import { describe, expect, test } from 'vitest';
import type { NoteRecord } from '../../utils/notes/record';
import { isOwnNote, mergeIncomingNote, toSharedDelete, toSharedNote, type IncomingWrite, type LocalVersion } from '../../utils/sharing/note-mapping';
import type { TombstoneRecord } from '../../utils/notes/tombstone';
import type { SharedNote } from '../../utils/sharing/shared-record';
import { fixedUuid } from '../fixtures/records';

const T = Date.UTC(2026, 11, 1, 20, 0);
const ID = fixedUuid(7);
const local = (changes: Partial<NoteRecord> = {}): NoteRecord => ({
  id: ID, text: 'local words', createdAt: T, updatedAt: T + 10, source: 'popup', prompt: 'A prompt', ...changes,
});
const incoming = (changes: Partial<SharedNote> = {}): SharedNote => ({
  kind: 'note', author: 'sam', source: 'nudge', text: 'incoming words', prompt: null, createdAt: T, updatedAt: T + 20, deletedAt: null, ...changes,
});

describe('toSharedNote()', () => {
  test('carries the words, prompt, source and times, signed with the author id', () => {
    expect(toSharedNote(local(), 'alex')).toEqual({
      kind: 'note', author: 'alex', source: 'popup', text: 'local words', prompt: 'A prompt', createdAt: T, updatedAt: T + 10, deletedAt: null,
    });
  });

});

describe('toSharedDelete()', () => {
  test('a delete keeps the sealed record but no words and no prompt, as late as the delete', () => {
    const sealed = toSharedNote(local(), 'alex');
    expect(toSharedDelete(sealed, { id: ID, deletedAt: T + 99, updatedAt: T + 99 })).toEqual({
      ...sealed, text: '', prompt: null, deletedAt: T + 99, updatedAt: T + 99,
    });
  });

  test('a delete stamped earlier than the record it ends (a clock stepped back) still counts as later', () => {
    const sealed = toSharedNote(local(), 'alex');
    expect(toSharedDelete(sealed, { id: ID, deletedAt: T - 5, updatedAt: T - 5 })).toMatchObject({ deletedAt: T - 5, updatedAt: T + 10 });
  });
});

describe('isOwnNote()', () => {
  test.each<[NoteRecord['author'], boolean]>([
    [undefined, true],
    ['me', true],
    ['partner', false],
  ])('a note whose author is %s is own: %s', (author, own) => {
    expect(isOwnNote(local(author ? { author } : {}))).toBe(own);
  });
});

const none: LocalVersion = { note: undefined, tombstone: undefined };
const held = (note: NoteRecord | undefined): LocalVersion => ({ note, tombstone: undefined });
const gone = (at: number, extra: Partial<TombstoneRecord> = {}): LocalVersion => ({ note: undefined, tombstone: { id: ID, deletedAt: at, updatedAt: at, ...extra } });
const put = (note: Partial<NoteRecord>): IncomingWrite => ({ kind: 'put', note: expect.objectContaining({ id: ID, ...note }) as NoteRecord });
const removal = (at: number): IncomingWrite => ({ kind: 'delete', tombstone: { id: ID, deletedAt: at, updatedAt: at } });

describe('mergeIncomingNote()', () => {
  test.each<[string, LocalVersion, SharedNote, IncomingWrite | null]>([
    ['a new note from the partner', none, incoming(), put({ text: 'incoming words', author: 'partner', source: 'nudge' })],
    ["one's own note coming back (a fresh install)", none, incoming({ author: 'alex' }), put({ author: 'me' })],
    ['a later version replaces an earlier one', held(local()), incoming(), put({ text: 'incoming words', updatedAt: T + 20 })],
    ['an earlier version loses to a later local edit', held(local({ updatedAt: T + 30 })), incoming(), null],
    ['the same version again writes nothing', held(local({ text: 'incoming words', updatedAt: T + 20, source: 'nudge', prompt: null, author: 'partner' })), incoming(), null],
    ["a partner's delete removes their note and leaves a tombstone", held(local({ author: 'partner' })), incoming({ text: '', deletedAt: T + 20 }), removal(T + 20)],
    ["one's own delete from another device removes it here too", held(local()), incoming({ author: 'alex', text: '', deletedAt: T + 20 }), removal(T + 20)],
    ['a delete for a note never seen still leaves a tombstone', none, incoming({ text: '', deletedAt: T + 20 }), removal(T + 20)],
    ['a delete never removes a note edited here later', held(local({ updatedAt: T + 30 })), incoming({ text: '', deletedAt: T + 20 }), null],
    ['a delete of a note already deleted here writes nothing', gone(T + 5), incoming({ text: '', deletedAt: T + 20 }), null],
    ['a note deleted here later is never brought back', gone(T + 30), incoming(), null],
    ['a note deleted here at the same moment stays deleted', gone(T + 20), incoming(), null],
    ['a later edit brings back a note deleted here earlier', gone(T + 10, { undoUntil: T + 8010, note: local() }), incoming({ text: 'edited after', updatedAt: T + 20 }), put({ text: 'edited after' })],
  ])('%s', (_label, here, record, expected) => {
    expect(mergeIncomingNote(here, ID, record, 'alex')).toEqual(expected);
  });
});
