import type { LiveResult } from '../../components/use-live-query';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { followWhenOpen } from '../../utils/db/live-read';
import { getDatabase, type HearthDatabase } from '../../utils/db/schema';
import type { Settings } from '../../utils/settings';
import { resolveWeekStart, weekOf, type Week, type WeekOptions } from '../../utils/week/range';
import { loadWeek, type LoadedWeek } from './load-week';
import type { SettingsSource } from './settings-source';

export type WeekResult = Exclude<LiveResult<LoadedWeek>, { status: 'loading' }>;

/**
 * Where the week view's data comes from. While the user writes, the current
 * week is already followed (a live query, so a note saved in the meantime is
 * in it); the view joins that same query when the tab opens, and has its
 * data on its first frame once the read has finished.
 */
export interface WeekSource {
  /** The week's data as last read, if that week is being followed and has been read. */
  latest(week: Week, options: WeekOptions): LoadedWeek | undefined;
  /** Calls back with the week's data, now if it is known and after every change, until the returned function is called. */
  watch(week: Week, options: WeekOptions, listener: (result: WeekResult) => void): () => void;
  /** Follows the current week ahead of the view, until the returned function is called. */
  followThisWeek(now: number): () => void;
}

export function weekOptionsFor(settings: Settings, locale: string, timeZone: string): WeekOptions {
  return { timeZone, dayBoundary: settings.dayBoundary, weekStart: resolveWeekStart(settings.weekStart, locale) };
}

function keyOf(week: Week, options: WeekOptions): string {
  return JSON.stringify([week.from, week.to, options.timeZone, options.dayBoundary, options.weekStart]);
}

/** One live query shared by everyone watching the same week; it ends with its last watcher. */
interface SharedWeek {
  last?: WeekResult;
  listeners: Set<(result: WeekResult) => void>;
  stop: () => void;
}

export function createWeekSource(settings: SettingsSource, locale: string, timeZone: string, db: HearthDatabase = getDatabase()): WeekSource {
  const repositories = { notes: createNoteRepository(db), evenings: createEveningRepository(db) };
  const weeks = new Map<string, SharedWeek>();

  function start(entry: SharedWeek, week: Week, options: WeekOptions): void {
    const publish = (result: WeekResult) => {
      entry.last = result;
      for (const each of entry.listeners) each(result);
    };
    // A blocked upgrade is reported after a while, and the week read once it clears.
    entry.stop = followWhenOpen(
      db,
      () => loadWeek(week, options, repositories),
      (value) => publish({ status: 'ready', value }),
      (error) => publish({ status: 'error', error }),
    );
  }

  function watch(week: Week, options: WeekOptions, listener: (result: WeekResult) => void): () => void {
    const key = keyOf(week, options);
    let entry = weeks.get(key);
    if (!entry) {
      entry = { listeners: new Set(), stop: () => undefined };
      weeks.set(key, entry);
      start(entry, week, options);
    } else if (entry.last?.status === 'error') {
      // A failed read (the database was blocked, say) is tried again by whoever comes next.
      entry.stop();
      entry.last = undefined;
      start(entry, week, options);
    }
    const joined = entry;
    joined.listeners.add(listener);
    if (joined.last) listener(joined.last);
    return () => {
      joined.listeners.delete(listener);
      if (joined.listeners.size > 0) return;
      joined.stop();
      weeks.delete(key);
    };
  }

  return {
    latest(week, options) {
      const last = weeks.get(keyOf(week, options))?.last;
      return last?.status === 'ready' ? last.value : undefined;
    },
    watch,
    followThisWeek(now) {
      let stopped = false;
      let unwatch: (() => void) | undefined;
      settings.get().then(
        (current) => {
          if (stopped) return;
          const options = weekOptionsFor(current, locale, timeZone);
          // Following only keeps the query alive; the view shows any error when it opens.
          unwatch = watch(weekOf(now, options), options, () => undefined);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        unwatch?.();
      };
    },
  };
}
