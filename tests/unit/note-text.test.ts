import { describe, expect, test } from 'vitest';
import { checkNoteText, NOTE_MAX_LENGTH, noteLength } from '../../utils/notes/text';

describe('checkNoteText()', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\n\t \n', 'empty'],
  ])('refuses %j as empty', (raw, reason) => {
    expect(checkNoteText(raw)).toMatchObject({ ok: false, reason });
  });

  test('trims surrounding whitespace but keeps inner line breaks', () => {
    expect(checkNoteText('  you made tea\nwithout asking  ')).toEqual({
      ok: true,
      text: 'you made tea\nwithout asking',
      length: 27,
    });
  });

  test('accepts exactly the limit', () => {
    expect(checkNoteText('a'.repeat(NOTE_MAX_LENGTH))).toMatchObject({ ok: true, length: NOTE_MAX_LENGTH });
  });

  test('refuses one character over the limit and says by how much', () => {
    expect(checkNoteText('a'.repeat(NOTE_MAX_LENGTH + 1))).toEqual({
      ok: false,
      reason: 'too-long',
      length: NOTE_MAX_LENGTH + 1,
      over: 1,
    });
  });

  test('whitespace around a long note does not count against the limit', () => {
    expect(checkNoteText(`  ${'a'.repeat(NOTE_MAX_LENGTH)}  `).ok).toBe(true);
  });
});

describe('noteLength()', () => {
  test('counts an emoji as one character, as the user sees it', () => {
    expect(noteLength('🔥')).toBe(1);
    expect('🔥'.length).toBe(2);
  });

  test('counts plain text by characters', () => {
    expect(noteLength('merci')).toBe(5);
  });
});
