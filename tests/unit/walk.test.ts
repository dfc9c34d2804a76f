import { describe, expect, test } from 'vitest';
import type { NoteLike } from '../../utils/week/summary';
import { isWalkDay, walkTalkingPoints } from '../../utils/week/walk';

const note = (id: string): NoteLike => ({ id, text: id, createdAt: 0 });

describe('isWalkDay()', () => {
  test.each([
    [null, '2026-11-29', false], // off by default: never
    [0, '2026-11-29', true], // Sunday 29 November 2026
    [0, '2026-11-28', false],
    [6, '2026-11-28', true],
  ] as const)('walk day %s on %s → %s', (walkDay, day, expected) => {
    expect(isWalkDay(walkDay, day)).toBe(expected);
  });
});

describe('walkTalkingPoints()', () => {
  test('one note from each of the three most recent days with notes, in the order the week went, and the older note', () => {
    const notesByDay = [
      { day: '2026-11-28', notes: [note('sat-late'), note('sat-early')] },
      { day: '2026-11-26', notes: [note('thu')] },
      { day: '2026-11-25', notes: [note('wed')] },
      { day: '2026-11-23', notes: [note('mon')] },
    ];
    expect(walkTalkingPoints(notesByDay, note('old'))).toEqual({ notes: [note('wed'), note('thu'), note('sat-late')], resurfaced: note('old') });
  });

  test('a quiet week gives what it has', () => {
    expect(walkTalkingPoints([{ day: '2026-11-25', notes: [note('wed')] }], null)).toEqual({ notes: [note('wed')], resurfaced: null });
    expect(walkTalkingPoints([], null)).toEqual({ notes: [], resurfaced: null });
  });
});
