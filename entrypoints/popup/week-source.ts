import { liveQuery } from 'dexie';
import { createEveningRepository } from '../../utils/db/evenings';
import { createNoteRepository } from '../../utils/db/notes';
import { getDatabase } from '../../utils/db/schema';
import type { Settings } from '../../utils/settings';
import { resolveWeekStart, weekOf, type Week, type WeekOptions } from '../../utils/week';
import { loadWeek, type LoadedWeek } from './load-week';
import type { SettingsSource } from './settings-source';

/**
 * Where the week view's data comes from. While the user writes, the current
 * week is already followed (a live query, so a note saved in the meantime is
 * in it), and the tab opens with its data instead of a loading line.
 */
export interface WeekSource {
  repositories: Parameters<typeof loadWeek>[2];
  /** The week's data as last read, if it is the week asked for. */
  latest(week: Week, options: WeekOptions): LoadedWeek | undefined;
  /** Follows the current week until the returned function is called. */
  followThisWeek(now: number): () => void;
}

export function weekOptionsFor(settings: Settings, locale: string, timeZone: string): WeekOptions {
  return { timeZone, dayBoundary: settings.dayBoundary, weekStart: resolveWeekStart(settings.weekStart, locale) };
}

function keyOf(week: Week, options: WeekOptions): string {
  return JSON.stringify([week.from, week.to, options.timeZone, options.dayBoundary, options.weekStart]);
}

export function createWeekSource(settings: SettingsSource, locale: string, timeZone: string): WeekSource {
  const db = getDatabase();
  const repositories = { notes: createNoteRepository(db), evenings: createEveningRepository(db) };
  let last: { key: string; value: LoadedWeek } | undefined;

  return {
    repositories,
    latest(week, options) {
      return last?.key === keyOf(week, options) ? last.value : undefined;
    },
    followThisWeek(now) {
      let stop = false;
      let unsubscribe: (() => void) | undefined;
      void settings.get().then((current) => {
        if (stop) return;
        const options = weekOptionsFor(current, locale, timeZone);
        const week = weekOf(now, options);
        const key = keyOf(week, options);
        const subscription = liveQuery(() => loadWeek(week, options, repositories)).subscribe({
          next: (value) => (last = { key, value }),
          // The view reads for itself when it opens, and shows the error then.
          error: () => (last = undefined),
        });
        unsubscribe = () => subscription.unsubscribe();
      }, () => undefined);
      return () => {
        stop = true;
        unsubscribe?.();
      };
    },
  };
}
