import { describe, expect, test } from 'vitest';
import { checkGoodThings, emptyGoodThings, isThreeGoodThingsPrompt, parseGoodThingsDraft } from '../../utils/rituals/three-good-things';
import { eveningsWithGoodThings, groupGoodThings, type RitualNoteLike } from '../../utils/week/good-things';

const at = (iso: string) => Date.parse(iso);
const good = (id: string, day: string, index: number, iso: string): RitualNoteLike => ({
  id,
  text: `good ${id}`,
  createdAt: at(iso),
  ritual: { kind: 'three-good-things', day, index },
});
const plain = (id: string, iso: string): RitualNoteLike => ({ id, text: `note ${id}`, createdAt: at(iso) });

describe('groupGoodThings()', () => {
  test('puts an evening’s good things together, in their order, apart from its other notes', () => {
    const grouped = groupGoodThings([
      {
        day: '2026-11-25',
        // Newest first, as summariseWeek gives them; the three share one instant.
        notes: [plain('late', '2026-11-26T02:00:00Z'), good('b', '2026-11-25', 1, '2026-11-26T01:00:00Z'), good('c', '2026-11-25', 2, '2026-11-26T01:00:00Z'), good('a', '2026-11-25', 0, '2026-11-26T01:00:00Z'), plain('early', '2026-11-25T20:00:00Z')],
      },
      { day: '2026-11-24', notes: [plain('x', '2026-11-24T20:00:00Z')] },
    ]);
    expect(grouped.map((d) => ({ day: d.day, good: d.goodThings.map((n) => n.id), notes: d.notes.map((n) => n.id) }))).toEqual([
      { day: '2026-11-25', good: ['a', 'b', 'c'], notes: ['late', 'early'] },
      { day: '2026-11-24', good: [], notes: ['x'] },
    ]);
  });

  test('two sittings on one evening follow each other, earlier sitting first', () => {
    const [day] = groupGoodThings([
      { day: '2026-11-25', notes: [good('second', '2026-11-25', 0, '2026-11-25T22:00:00Z'), good('first', '2026-11-25', 2, '2026-11-25T21:00:00Z')] },
    ]);
    expect(day?.goodThings.map((n) => n.id)).toEqual(['first', 'second']);
  });
});

describe('eveningsWithGoodThings()', () => {
  test.each([
    ['no notes at all', [], []],
    ['notes, but no good things', [{ day: '2026-11-24', notes: [plain('x', '2026-11-24T20:00:00Z')] }], []],
    [
      'one evening of three counts once',
      [{ day: '2026-11-24', notes: [good('a', '2026-11-24', 0, '2026-11-24T21:00:00Z'), good('b', '2026-11-24', 1, '2026-11-24T21:00:00Z'), good('c', '2026-11-24', 2, '2026-11-24T21:00:00Z')] }],
      ['2026-11-24'],
    ],
    [
      'an evening with only one good thing counts too',
      [{ day: '2026-11-26', notes: [good('a', '2026-11-26', 0, '2026-11-26T21:00:00Z')] }],
      ['2026-11-26'],
    ],
    [
      // Evenings in between are never named or counted: no streak, nothing missed.
      'evenings apart, oldest first',
      [
        { day: '2026-11-29', notes: [good('c', '2026-11-29', 0, '2026-11-29T21:00:00Z')] },
        { day: '2026-11-27', notes: [plain('p', '2026-11-27T21:00:00Z')] },
        { day: '2026-11-23', notes: [plain('q', '2026-11-23T20:00:00Z'), good('a', '2026-11-23', 1, '2026-11-23T21:00:00Z')] },
      ],
      ['2026-11-23', '2026-11-29'],
    ],
  ])('%s', (_, notesByDay, expected) => {
    expect(eveningsWithGoodThings(notesByDay)).toEqual(expected);
  });
});

describe('checkGoodThings()', () => {
  const entries = (...things: Array<[string, string?]>) => things.map(([thing, why = '']) => ({ thing, why }));

  test('each filled field becomes a note marked with the evening and its place; blank rows are skipped', () => {
    expect(checkGoodThings(entries(['  Tea in bed ', ' you made it '], ['', ''], ['The long walk']), '2026-11-25')).toEqual({
      ok: true,
      notes: [
        { text: 'Tea in bed\nWhy: you made it', ritual: { kind: 'three-good-things', day: '2026-11-25', index: 0 } },
        { text: 'The long walk', ritual: { kind: 'three-good-things', day: '2026-11-25', index: 2 } },
      ],
    });
  });

  test.each([
    ['nothing written', entries(['', ''], [' ', ''], ['', '']), { ok: false, reason: 'empty' }],
    ['a why with no thing', entries(['Soup', ''], ['', 'because'], ['', '']), { ok: false, reason: 'why-without-thing', index: 1 }],
    ['a thing over the limit', entries(['a'.repeat(2001), '']), { ok: false, reason: 'too-long', index: 0, over: 1 }],
  ])('refuses %s', (_, given, expected) => {
    expect(checkGoodThings(given, '2026-11-25')).toEqual(expected);
  });
});

describe('parseGoodThingsDraft()', () => {
  test.each([
    ['a kept draft', JSON.stringify([{ thing: 'Soup', why: '' }, { thing: '', why: 'x' }]), [{ thing: 'Soup', why: '' }, { thing: '', why: 'x' }, { thing: '', why: '' }]],
    ['nothing', '', emptyGoodThings()],
    ['broken JSON', '[{', emptyGoodThings()],
    ['the wrong shape', JSON.stringify({ thing: 'x' }), emptyGoodThings()],
    ['fields of the wrong type', JSON.stringify([{ thing: 4, why: null }]), emptyGoodThings()],
  ])('%s', (_, raw, expected) => {
    expect(parseGoodThingsDraft(raw)).toEqual(expected);
  });
});

describe('isThreeGoodThingsPrompt()', () => {
  test.each([
    ['Three good things', true],
    ['  three good things. ', true],
    ['Three good things tonight', false],
    ['Take three slow breaths together.', false],
  ])('%s → %s', (prompt, expected) => {
    expect(isThreeGoodThingsPrompt(prompt)).toBe(expected);
  });
});
