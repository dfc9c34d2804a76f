import { describe, expect, test } from 'vitest';
import { lookForZoneChangeBefore } from '../../utils/schedule/zone-look';

const at = (iso: string) => Date.parse(iso);

describe('lookForZoneChangeBefore()', () => {
  test.each<[string, string | null, string, string | null]>([
    ['nothing coming', null, '2026-11-25T09:00:00Z', null],
    ['a start twelve hours away: look an hour before it', '2026-11-25T21:00:00Z', '2026-11-25T09:00:00Z', '2026-11-25T20:00:00Z'],
    ['woken by that look: the start itself', '2026-11-25T21:00:00Z', '2026-11-25T20:00:00Z', '2026-11-25T21:00:00Z'],
    ['a start less than an hour away', '2026-11-25T21:00:00Z', '2026-11-25T20:30:00Z', '2026-11-25T21:00:00Z'],
    ['a repeat twenty minutes away', '2026-11-25T21:20:00Z', '2026-11-25T21:00:00Z', '2026-11-25T21:20:00Z'],
    ['a start a week away', '2026-12-02T21:00:00Z', '2026-11-25T22:00:00Z', '2026-12-02T20:00:00Z'],
  ])('%s', (_case, when, now, expected) => {
    expect(lookForZoneChangeBefore(when === null ? null : at(when), at(now))).toBe(expected === null ? null : at(expected));
  });

  test('outside the windows, a day has two wakes: the look and the start', () => {
    const wakes: number[] = [];
    let now = at('2026-11-25T22:00:00Z');
    for (let next = at('2026-11-26T21:00:00Z'); now < next; ) {
      now = lookForZoneChangeBefore(next, now)!;
      wakes.push(now);
    }
    expect(wakes).toEqual([at('2026-11-26T20:00:00Z'), at('2026-11-26T21:00:00Z')]);
  });
});
