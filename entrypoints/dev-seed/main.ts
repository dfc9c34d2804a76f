import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import { DAY_MS } from '../../utils/time/local';
import { loadSettings } from '../../utils/settings/store';
import { previousWeek, resolveWeekStart, weekOf } from '../../utils/week/range';
import { addDays, localDateOf } from '../../utils/time/zoned';
import { createRandom, generateEvenings, generateNotes } from './generate';

// Test builds only (wxt.config.ts). Data goes in through Hearth's own
// repositories, so it is exactly what the product would have written; the
// benchmark (tests/bench) and `npm run demo` drive these from Playwright.

export interface SeedOptions {
  /** How many notes to add. */
  notes?: number;
  /** Spread them over this many years before now. */
  years?: number;
  /** Finished evening records for this many days before today (first window of the settings). */
  evenings?: number;
  /** Same seed, same data. */
  seed?: number;
  /** Empty the notes and the evening log first. */
  clear?: boolean;
}

export interface SeedResult {
  notesAdded: number;
  eveningsAdded: number;
  totalNotes: number;
  ms: number;
}

export interface WeekQueryTiming {
  /** The reflection day the timed week starts on. */
  week: string;
  notesInWeek: number;
  /** listBetween(week) each time. */
  queryMs: number[];
  /** Interleaved baseline: listRecent() of the same number of notes. */
  baselineMs: number[];
  /** Interleaved floor: IndexedDB's own getAll() of the same range, without Dexie. */
  rawMs: number[];
}

declare global {
  interface Window {
    hearthSeed: (options: SeedOptions) => Promise<SeedResult>;
    hearthTimeWeekQuery: (reps: number) => Promise<WeekQueryTiming>;
  }
}

const BATCH = 5_000;
const YEAR_MS = 365.25 * DAY_MS;

const db = getDatabase();
const notes = createNoteRepository(db);
const evenings = createEveningRepository(db);

window.hearthSeed = async ({ notes: count = 0, years = 1, evenings: days = 0, seed = 1, clear = false }) => {
  const started = performance.now();
  const random = createRandom(seed);
  const now = Date.now();
  if (clear) await db.transaction('rw', db.notes, db.evenings, db.tombstones, () => Promise.all([db.notes.clear(), db.evenings.clear(), db.tombstones.clear()]));
  // Batches keep memory flat; each batch is one transaction.
  for (let done = 0; done < count; done += BATCH) {
    await notes.addMany(generateNotes(Math.min(BATCH, count - done), now - years * YEAR_MS, now, random));
  }
  const settings = await loadSettings();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = localDateOf(now, timeZone);
  const dayList = Array.from({ length: days }, (_, i) => addDays(today, -days + i));
  const records = generateEvenings(dayList, settings.windows[0]!, timeZone, random);
  await db.transaction('rw', db.evenings, async () => {
    for (const record of records) await evenings.put(record);
  });
  return { notesAdded: count, eveningsAdded: records.length, totalNotes: await notes.count(), ms: performance.now() - started };
};

window.hearthTimeWeekQuery = async (reps) => {
  const settings = await loadSettings();
  const options = {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    dayBoundary: settings.dayBoundary,
    weekStart: resolveWeekStart(settings.weekStart, navigator.language),
  };
  // Last week, not this one: a full week, whatever day the benchmark runs on.
  const week = previousWeek(weekOf(Date.now(), options), options);
  const size = (await notes.listBetween(week.from, week.to)).length;
  await notes.listRecent(size);
  const queryMs: number[] = [];
  const baselineMs: number[] = [];
  const rawMs: number[] = [];
  const raw = db.backendDB();
  const range = IDBKeyRange.bound(week.from, week.to, false, true);
  const rawGetAll = () =>
    new Promise<void>((resolve, reject) => {
      const request = raw.transaction('notes', 'readonly').objectStore('notes').index('createdAt').getAll(range);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
    });
  for (let i = 0; i < reps; i++) {
    let start = performance.now();
    await notes.listBetween(week.from, week.to);
    queryMs.push(performance.now() - start);
    start = performance.now();
    await notes.listRecent(size);
    baselineMs.push(performance.now() - start);
    start = performance.now();
    await rawGetAll();
    rawMs.push(performance.now() - start);
  }
  return { week: week.start, notesInWeek: size, queryMs, baselineMs, rawMs };
};
