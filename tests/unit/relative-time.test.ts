import { describe, expect, test } from 'vitest';
import { formatRelativeTime } from '../../utils/time/relative';

const labels = { justNow: 'just now' };
const now = Date.parse('2026-11-25T20:00:00Z');
const minutes = (n: number) => n * 60_000;
const format = (then: number, timeZone = 'UTC') => formatRelativeTime(then, now, 'en', labels, timeZone);

describe('formatRelativeTime()', () => {
  test.each([
    [now - 5_000, 'just now'],
    [now - minutes(1), '1 minute ago'],
    [now - minutes(42), '42 minutes ago'],
    [now - minutes(60 * 3), '3 hours ago'],
    [Date.parse('2026-11-24T19:00:00Z'), 'yesterday'],
    [Date.parse('2026-11-22T12:00:00Z'), '3 days ago'],
    [Date.parse('2026-11-10T12:00:00Z'), 'Nov 10'],
    [Date.parse('2025-12-31T12:00:00Z'), 'Dec 31, 2025'],
  ])('%s → %s', (then, expected) => {
    expect(format(then)).toBe(expected);
  });

  test('counts calendar days in the given zone, not 24-hour blocks', () => {
    // 23:30 the day before in Tokyo is less than 24 h ago but still "yesterday".
    const tokyoNow = Date.parse('2026-11-25T01:00:00Z'); // 10:00 in Tokyo
    const lateLastNight = Date.parse('2026-11-24T14:30:00Z'); // 23:30 in Tokyo
    expect(formatRelativeTime(lateLastNight, tokyoNow, 'en', labels, 'Asia/Tokyo')).toBe('10 hours ago');
    const twoDaysAgo = Date.parse('2026-11-22T23:00:00Z'); // 08:00 on the 23rd in Tokyo
    expect(formatRelativeTime(twoDaysAgo, tokyoNow, 'en', labels, 'Asia/Tokyo')).toBe('2 days ago');
  });

  test('speaks the given locale', () => {
    expect(formatRelativeTime(now - minutes(60 * 26), now, 'fr', labels, 'UTC')).toBe('hier');
  });
});
