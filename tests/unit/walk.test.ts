import { describe, expect, test } from 'vitest';
import type { NoteLike } from '../../utils/week/summary';
import { isWalkDay, walkTalkingPoints } from '../../utils/week/walk';

const note = (id: string, createdAt = 0): NoteLike => ({ id, text: id, createdAt });

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
  const mon = note('mon', 1);
  const wed = note('wed', 3);
  const thu = note('thu', 4);
  const satEarly = note('sat-early', 6);
  const satLate = note('sat-late', 7);

  test('one note from each of the three most recent days with notes, in the order they were written, and the older note', () => {
    const notesByDay = [
      { day: '2026-11-28', notes: [satLate, satEarly] },
      { day: '2026-11-26', notes: [thu] },
      { day: '2026-11-25', notes: [wed] },
      { day: '2026-11-23', notes: [mon] },
    ];
    expect(walkTalkingPoints(notesByDay, note('old'))).toEqual({ notes: [wed, thu, satLate], resurfaced: note('old') });
  });

  test('with fewer days than points, a day gives a second note', () => {
    const notesByDay = [
      { day: '2026-11-28', notes: [satLate, satEarly] },
      { day: '2026-11-26', notes: [thu] },
    ];
    expect(walkTalkingPoints(notesByDay, null).notes).toEqual([thu, satEarly, satLate]);
  });

  test('a quiet week gives what it has', () => {
    expect(walkTalkingPoints([{ day: '2026-11-25', notes: [wed] }], null)).toEqual({ notes: [wed], resurfaced: null });
    expect(walkTalkingPoints([], null)).toEqual({ notes: [], resurfaced: null });
  });
});
