import { describe, expect, test } from 'vitest';
import { simulateWakes } from '../bench/wake-simulation';
import { defaultSettings } from '../../utils/settings';

const DAY = 24 * 60 * 60 * 1000;
const zone = 'Europe/Berlin';
const from = Date.parse('2026-11-02T00:00:00+01:00');

describe('simulateWakes()', () => {
  test('with the default 21:00–22:00 window, put down at once: a look at the time zone an hour before, the start and the end', () => {
    const wakes = simulateWakes(defaultSettings(), from, from + 7 * DAY, zone, 'put-down');
    expect(wakes).toHaveLength(21);
    const hour = 3_600_000;
    expect(wakes.filter((w) => !w.inWindow).map((w) => new Date(w.at).toISOString())).toEqual(
      Array.from({ length: 7 }, (_, i) => [from + i * DAY + 20 * hour, from + i * DAY + 22 * hour])
        .flat()
        .map((at) => new Date(at).toISOString()),
    );
  });

  test('ignoring every nudge adds the repeats inside the window, never outside', () => {
    const settings = { ...defaultSettings(), repeatEveryMinutes: 20, maxNudgesPerEvening: 3 };
    const wakes = simulateWakes(settings, from, from + DAY, zone, 'ignore');
    expect(wakes.filter((w) => w.inWindow)).toHaveLength(3);
    expect(wakes.filter((w) => !w.inWindow)).toHaveLength(2);
  });

  test('switched off, it never wakes', () => {
    expect(simulateWakes({ ...defaultSettings(), enabled: false }, from, from + 7 * DAY, zone, 'ignore')).toEqual([]);
  });
});
