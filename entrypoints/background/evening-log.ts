import type { EveningRepository } from '../../utils/db/evenings';
import { newEveningRecord } from '../../utils/db/evenings';
import { outcomeOf } from '../../utils/evening/outcome';
import { DAY_MS } from '../../utils/time/local';
import { addDays, isEveningPaused, localDateOf, occurrenceOn } from '../../utils/schedule/occurrences';
import type { Settings } from '../../utils/settings';

/** How far back a wake looks for evenings it slept through. */
const BACKFILL_DAYS = 14;

/**
 * Finishes the log of every evening whose window has closed: those the worker
 * saw (their outcome follows from what was recorded) and those it never saw
 * because the machine slept or the browser was closed through the window
 * (nobody was browsing, so they were 'away', or 'paused' on holiday).
 */
export async function finishClosedEvenings(
  evenings: EveningRepository,
  settings: Settings,
  since: number | null,
  now: number,
  timeZone: string,
): Promise<void> {
  for (const record of await evenings.listUnfinished(now)) {
    await evenings.put({
      ...record,
      outcome: outcomeOf(record, { sawActivityInWindow: record.sawActivity }, record.paused),
      updatedAt: now,
    });
  }
  if (!settings.enabled) return;
  const from = Math.max(since ?? now, now - BACKFILL_DAYS * DAY_MS);
  for (let day = localDateOf(from - DAY_MS, timeZone); day <= localDateOf(now, timeZone); day = addDays(day, 1)) {
    for (const window of settings.windows) {
      const occurrence = occurrenceOn(window, day, timeZone);
      if (!occurrence || occurrence.end <= from || occurrence.end > now) continue;
      if (await evenings.get(occurrence)) continue;
      const paused = isEveningPaused(settings, day);
      await evenings.put({
        ...newEveningRecord(occurrence, now),
        paused,
        outcome: outcomeOf(null, { sawActivityInWindow: false }, paused),
      });
    }
  }
}
