import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SettingsSource } from '../../entrypoints/popup/settings-source';
import { createWeekSource, weekOptionsFor } from '../../entrypoints/popup/week-source';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import { defaultSettings, type Settings } from '../../utils/settings';
import { previousWeek, weekOf } from '../../utils/week';

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
    await notes.add({ text: 'After the tab was left', source: 'popup' }, NOW);
    // Give a live query time to run, had it still been subscribed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(weeks.latest(thisWeek, options)?.summary.noteCount).toBe(0);
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
});
