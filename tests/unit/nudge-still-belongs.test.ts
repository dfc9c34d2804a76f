import { describe, expect, test } from 'vitest';
import { nudgeStillBelongs } from '../../utils/nudge/still-belongs';
import { defaultSettings, type Settings } from '../../utils/settings';
import type { Weekday } from '../../utils/time/local';

const at = (iso: string) => Date.parse(iso);
const everyDay: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const base = defaultSettings();
// The default window, 21:00–22:00, on Wednesday 25 November 2026.
const tonight = { windowId: 'default', day: '2026-11-25' };

describe('nudgeStillBelongs()', () => {
  test.each<[string, Partial<Settings>, string, string, boolean]>([
    ['inside its window, settings unchanged', {}, '2026-11-25T21:30:00Z', 'UTC', true],
    ['at the window end', {}, '2026-11-25T22:00:00Z', 'UTC', false],
    ['nudges switched off', { enabled: false }, '2026-11-25T21:30:00Z', 'UTC', false],
    ['paused from tonight', { pausedUntil: '2026-11-26' }, '2026-11-25T21:30:00Z', 'UTC', false],
    ['a pause that ended before tonight', { pausedUntil: '2026-11-25' }, '2026-11-25T21:30:00Z', 'UTC', true],
    ['window edited to end earlier', { windows: [{ id: 'default', days: everyDay, start: '21:00', end: '21:15' }] }, '2026-11-25T21:30:00Z', 'UTC', false],
    ['window edited to end later', { windows: [{ id: 'default', days: everyDay, start: '21:00', end: '23:00' }] }, '2026-11-25T22:30:00Z', 'UTC', true],
    ['window no longer on Wednesdays', { windows: [{ id: 'default', days: everyDay.filter((d) => d !== 3), start: '21:00', end: '22:00' }] }, '2026-11-25T21:30:00Z', 'UTC', false],
    ['window replaced by another open now', { windows: [{ id: 'new', days: everyDay, start: '21:00', end: '22:00' }] }, '2026-11-25T21:30:00Z', 'UTC', false],
    ['the zone moved so the window is over (Berlin)', {}, '2026-11-25T21:30:00Z', 'Europe/Berlin', false],
  ])('%s → %s', (_case, change, now, zone, expected) => {
    expect(nudgeStillBelongs(tonight, { ...base, ...change }, at(now), zone)).toBe(expected);
  });

  test('a midnight-crossing window belongs to the evening it started on', () => {
    const late = { ...base, windows: [{ id: 'late', days: [3] as Weekday[], start: '23:00', end: '01:00' }] };
    expect(nudgeStillBelongs({ windowId: 'late', day: '2026-11-25' }, late, at('2026-11-26T00:30:00Z'), 'UTC')).toBe(true);
    expect(nudgeStillBelongs({ windowId: 'late', day: '2026-11-26' }, late, at('2026-11-26T00:30:00Z'), 'UTC')).toBe(false);
  });
});
