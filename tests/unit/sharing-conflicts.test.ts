import { describe, expect, test } from 'vitest';
import { resolveConflict, type Candidate } from '../../utils/sharing/conflicts';
import type { SharedNote } from '../../utils/sharing/shared-record';

const T = Date.UTC(2026, 11, 1, 20, 0);
const note = (updatedAt: number, changes: Partial<SharedNote> = {}): SharedNote => ({
  kind: 'note',
  author: 'alex',
  source: 'popup',
  text: `written at ${updatedAt}`,
  prompt: null,
  createdAt: T,
  updatedAt,
  deletedAt: null,
  ...changes,
});
const tombstone = (at: number): SharedNote => note(at, { text: '', deletedAt: at });

/** Every order of a list, to show the answer doesn't depend on the order PouchDB lists leaves in. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('resolving a conflict', () => {
  test.each<[string, Candidate[], { winner: string | null; remove: string[] }]>([
    ['the later edit wins, even from a lower generation', [{ rev: '5-aaa', record: note(T + 1) }, { rev: '2-bbb', record: note(T + 9) }], { winner: '2-bbb', remove: ['5-aaa'] }],
    ['a later delete beats an earlier edit', [{ rev: '3-a', record: note(T + 5) }, { rev: '3-b', record: tombstone(T + 6) }], { winner: '3-b', remove: ['3-a'] }],
    ['a later edit beats an earlier delete', [{ rev: '3-a', record: note(T + 7) }, { rev: '3-b', record: tombstone(T + 6) }], { winner: '3-a', remove: ['3-b'] }],
    ['the same millisecond: the higher generation', [{ rev: '2-zzz', record: note(T) }, { rev: '3-aaa', record: note(T) }], { winner: '3-aaa', remove: ['2-zzz'] }],
    ['the same millisecond and generation: the greater hash', [{ rev: '3-abc', record: note(T) }, { rev: '3-abd', record: tombstone(T) }], { winner: '3-abd', remove: ['3-abc'] }],
    ['three leaves: one winner, two removed', [{ rev: '2-a', record: note(T + 1) }, { rev: '2-b', record: note(T + 3) }, { rev: '2-c', record: note(T + 2) }], { winner: '2-b', remove: ['2-c', '2-a'] }],
    ['no conflict: one leaf, nothing removed', [{ rev: '1-a', record: note(T) }], { winner: '1-a', remove: [] }],
    ['nothing at all', [], { winner: null, remove: [] }],
  ])('%s', (_label, candidates, expected) => {
    expect(resolveConflict(candidates)).toEqual({ ...expected, unreadable: [] });
  });

  test('both browsers pick the same winner whatever order they list the leaves in', () => {
    const leaves: Candidate[] = [
      { rev: '4-d', record: note(T + 2) },
      { rev: '4-e', record: note(T + 2) },
      { rev: '3-f', record: tombstone(T + 2) },
      { rev: '6-g', record: note(T + 1) },
    ];
    const results = permutations(leaves).map((order) => resolveConflict(order));
    for (const result of results) expect(result.winner).toBe('4-e');
    expect(new Set(results.map((r) => [...r.remove].sort().join()))).toEqual(new Set(['3-f,4-d,6-g']));
  });

  test('a leaf that could not be opened is neither chosen nor removed, but reported', () => {
    const result = resolveConflict([
      { rev: '9-x', record: null },
      { rev: '2-a', record: note(T) },
      { rev: '2-b', record: note(T + 1) },
    ]);
    expect(result).toEqual({ winner: '2-b', remove: ['2-a'], unreadable: ['9-x'] });
  });

  test('when no leaf can be opened, nothing is removed', () => {
    expect(resolveConflict([{ rev: '1-a', record: null }, { rev: '1-b', record: null }])).toEqual({ winner: null, remove: [], unreadable: ['1-a', '1-b'] });
  });
});
