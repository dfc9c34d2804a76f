import { describe, expect, test } from 'vitest';
import { staleDraftFate, type StoredNoteVersion } from '../../utils/notes/stale-draft';

const untouched = (text: string): StoredNoteVersion => ({ deleted: false, text, createdAt: 100, updatedAt: 100 });
const edited = (text: string): StoredNoteVersion => ({ deleted: false, text, createdAt: 100, updatedAt: 200 });

describe('staleDraftFate()', () => {
  test.each<[string, string, StoredNoteVersion | null, 'keep' | 'drop' | 'new-id']>([
    ['nothing stored under its id: an unsaved draft', 'You waited.', null, 'keep'],
    ['its note was deleted', 'You waited.', { deleted: true }, 'drop'],
    ['its words are stored', 'You waited. ', untouched('You waited.'), 'drop'],
    ['its words are stored, edited back to them', 'You waited.', edited('You waited.'), 'drop'],
    ['words typed after the save began, note untouched', 'You waited for me.', untouched('You waited'), 'keep'],
    ['the note was edited since', 'You waited for me.', edited('You waited in the rain.'), 'new-id'],
    ['a clock that stepped back during the edit', 'You waited for me.', { deleted: false, text: 'x', createdAt: 200, updatedAt: 100 }, 'new-id'],
  ])('%s → %s', (_case, text, stored, fate) => {
    expect(staleDraftFate(text, stored)).toBe(fate);
  });
});
