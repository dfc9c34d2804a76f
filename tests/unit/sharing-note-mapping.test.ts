import { describe, expect, test } from 'vitest';
import type { NoteRecord } from '../../utils/notes/record';
import { isOwnNote, mergeIncomingNote, toSharedNote } from '../../utils/sharing/note-mapping';
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

  test('a deleted note becomes a tombstone: no words, no prompt, and at least as late as its delete', () => {
    expect(toSharedNote(local({ deletedAt: T + 99 }), 'alex')).toMatchObject({ text: '', prompt: null, deletedAt: T + 99, updatedAt: T + 99 });
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

describe('mergeIncomingNote()', () => {
  test.each<[string, NoteRecord | undefined, SharedNote, string, Partial<NoteRecord> | null]>([
    ['a new note from the partner', undefined, incoming(), 'alex', { text: 'incoming words', author: 'partner', source: 'nudge', deletedAt: null }],
    ["one's own note coming back (a fresh install)", undefined, incoming({ author: 'alex' }), 'alex', { author: 'me' }],
    ['a later version replaces an earlier one', local(), incoming(), 'alex', { text: 'incoming words', updatedAt: T + 20 }],
    ['an earlier version loses to a later local one', local({ updatedAt: T + 30 }), incoming(), 'alex', null],
    ['the same version again writes nothing', local({ text: 'incoming words', updatedAt: T + 20, source: 'nudge', prompt: null, author: 'partner', deletedAt: null }), incoming(), 'alex', null],
    ["a partner's delete takes their words away", local({ author: 'partner' }), incoming({ text: '', deletedAt: T + 20 }), 'alex', { text: '', prompt: null, deletedAt: T + 20, author: 'partner' }],
    ["a tombstone for a note never seen keeps no words", undefined, incoming({ text: '', deletedAt: T + 20 }), 'alex', { text: '', deletedAt: T + 20 }],
    ["one's own delete keeps one's words on this device", local(), incoming({ author: 'alex', text: '', deletedAt: T + 20 }), 'alex', { text: 'local words', prompt: 'A prompt', deletedAt: T + 20, author: 'me' }],
  ])('%s', (_label, existing, record, selfId, expected) => {
    const merged = mergeIncomingNote(existing, ID, record, selfId);
    if (expected === null) expect(merged).toBeNull();
    else expect(merged).toMatchObject({ id: ID, ...expected });
  });
});
