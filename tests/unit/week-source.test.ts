import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SettingsSource } from '../../entrypoints/popup/settings-source';
import { createWeekSource, weekOptionsFor, type WeekResult } from '../../entrypoints/popup/week-source';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase, HearthDatabase } from '../../utils/db/schema';
import { defaultSettings, type Settings } from '../../utils/settings';
import { classifyStorageError } from '../../utils/db/storage-errors';
import { previousWeek, weekOf } from '../../utils/week/range';
import { holdOldVersion } from '../fixtures/old-connection';
import { finishedEvening } from '../fixtures/records';

const NOW = Date.parse('2026-11-25T20:00:00Z'); // A Wednesday.
const ZONE = 'Europe/London';
const db = getDatabase();
const notes = createNoteRepository(db);

function settingsSource(settings: Settings): SettingsSource {
  return { get: async () => settings, current: () => settings, subscribe: () => () => undefined };
}

beforeEach(async () => {
  await db.transaction('rw', db.notes, db.evenings, () => Promise.all([db.notes.clear(), db.evenings.clear()]));
});

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('createWeekSource()', () => {
  const settings = defaultSettings();
  const options = weekOptionsFor(settings, 'en-GB', ZONE);
  const thisWeek = weekOf(NOW, options);

  test('has nothing before it follows a week', () => {
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    expect(weeks.latest(thisWeek, options)).toBeUndefined();
  });

  test('reads the current week ahead of time, and keeps it current as notes are written', async () => {
    await notes.add({ text: 'Monday’s soup', source: 'popup' }, Date.parse('2026-11-23T19:00:00Z'));
    await notes.add({ text: 'From last week', source: 'popup' }, Date.parse('2026-11-18T19:00:00Z'));
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    stop = weeks.followThisWeek(NOW);

    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)?.summary.noteCount).toBe(1));
    expect(weeks.latest(thisWeek, options)?.summary.notesByDay[0]?.notes.map((n) => n.text)).toEqual(['Monday’s soup']);

    await notes.add({ text: 'Written while the popup is open', source: 'popup' }, NOW);
    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)?.summary.noteCount).toBe(2));
  });

  test('shows a window that opened after Sunday midnight on Sunday, with the notes written in it', async () => {
    // Filed under Monday 30 November, the date its window started, but still Sunday night (boundary 04:00).
    await createEveningRepository(db).put(finishedEvening('2026-11-30', { start: Date.parse('2026-11-30T00:30:00Z'), end: Date.parse('2026-11-30T01:30:00Z') }));
    await notes.add({ text: 'Late, together', source: 'nudge' }, Date.parse('2026-11-30T00:45:00Z'));
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    stop = weeks.followThisWeek(NOW);

    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)?.summary.days[6]).toEqual({ day: '2026-11-29', noteCount: 1, outcome: 'put-down' }));
  });

  test('answers only for the week and options it followed', async () => {
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    stop = weeks.followThisWeek(NOW);
    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)).toBeDefined());
    expect(weeks.latest(previousWeek(thisWeek, options), options)).toBeUndefined();
    const sundayStart = { ...options, weekStart: 0 as const };
    expect(weeks.latest(weekOf(NOW, sundayStart), sundayStart)).toBeUndefined();
  });

  test('stops following when asked', async () => {
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    const unfollow = weeks.followThisWeek(NOW);
    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)?.summary.noteCount).toBe(0));
    unfollow();
    expect(weeks.latest(thisWeek, options)).toBeUndefined();
  });

  test('gives a view that opens on the followed week its data at once, from the same query', async () => {
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    stop = weeks.followThisWeek(NOW);
    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)).toBeDefined());
    const seen: WeekResult[] = [];
    const unwatch = weeks.watch(thisWeek, options, (result) => seen.push(result));
    // Called before watch() returned: the view's first frame has the data.
    expect(seen.map((r) => r.status)).toEqual(['ready']);

    await notes.add({ text: 'Seen by the view and the follower alike', source: 'popup' }, NOW);
    await vi.waitFor(() => {
      const last = seen.at(-1);
      expect(last?.status === 'ready' ? last.value.summary.noteCount : undefined).toBe(1);
    });
    expect(weeks.latest(thisWeek, options)?.summary.noteCount).toBe(1);

    // The view leaving doesn't stop the follower's query.
    unwatch();
    await notes.add({ text: 'After the view closed', source: 'popup' }, NOW);
    await vi.waitFor(() => expect(weeks.latest(thisWeek, options)?.summary.noteCount).toBe(2));
    expect(seen.length).toBeLessThan(4);
  });

  test('reads an earlier week on its own, and forgets it when nobody watches', async () => {
    await notes.add({ text: 'From last week', source: 'popup' }, Date.parse('2026-11-18T19:00:00Z'));
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    const lastWeek = previousWeek(thisWeek, options);
    const seen: WeekResult[] = [];
    const unwatch = weeks.watch(lastWeek, options, (result) => seen.push(result));
    await vi.waitFor(() => expect(seen.at(-1)?.status).toBe('ready'));
    expect(weeks.latest(lastWeek, options)?.summary.notesByDay[0]?.notes.map((n) => n.text)).toEqual(['From last week']);
    unwatch();
    expect(weeks.latest(lastWeek, options)).toBeUndefined();
  });

  test('tries a failed read again for the next view that opens', async () => {
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE);
    const where = vi.spyOn(db.notes, 'where').mockImplementationOnce(() => {
      throw new Error('The database is blocked');
    });
    const first: WeekResult[] = [];
    const unwatchFirst = weeks.watch(thisWeek, options, (result) => first.push(result));
    await vi.waitFor(() => expect(first.at(-1)?.status).toBe('error'));
    where.mockRestore();
    const second: WeekResult[] = [];
    const unwatchSecond = weeks.watch(thisWeek, options, (result) => second.push(result));
    await vi.waitFor(() => expect(second.at(-1)?.status).toBe('ready'));
    // The first view, still open, gets the good read too.
    expect(first.at(-1)?.status).toBe('ready');
    unwatchFirst();
    unwatchSecond();
  });

  test('follows nothing if stopped before the settings arrive', async () => {
    let give: (settings: Settings) => void = () => undefined;
    const slow: SettingsSource = { get: () => new Promise((resolve) => (give = resolve)), current: () => undefined, subscribe: () => () => undefined };
    const weeks = createWeekSource(slow, 'en-GB', ZONE);
    weeks.followThisWeek(NOW)();
    give(settings);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(weeks.latest(thisWeek, options)).toBeUndefined();
  });

  test('says the database is blocked instead of loading for ever, and reads once it opens', async () => {
    const name = `week-blocked-${crypto.randomUUID()}`;
    const held = await holdOldVersion(name);
    const blockedDb = new HearthDatabase(name);
    const weeks = createWeekSource(settingsSource(settings), 'en-GB', ZONE, blockedDb);
    const seen: WeekResult[] = [];
    const unwatch = weeks.watch(thisWeek, options, (result) => seen.push(result));
    await vi.waitFor(() => expect(seen.at(-1)?.status).toBe('error'), { timeout: 5_000 });
    const failure = seen.at(-1);
    expect(classifyStorageError(failure?.status === 'error' ? failure.error : undefined)).toBe('blocked');

    held.close();
    await vi.waitFor(() => expect(seen.at(-1)?.status).toBe('ready'));
    unwatch();
    blockedDb.close();
  }, 10_000);
});
