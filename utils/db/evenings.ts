import { freshEvening } from '../evening/state';
import type { LocalDate } from '../time/local';
import type { WindowOccurrence } from '../schedule/occurrences';
import type { EveningRecord } from '../evening/record';
import type { HearthDatabase } from './schema';

/** The id of the evening record for one window occurrence. */
export function eveningId(occurrence: Pick<WindowOccurrence, 'day' | 'windowId'>): string {
  return `${occurrence.day}#${occurrence.windowId}`;
}

/** A new, empty record for an occurrence. */
export function newEveningRecord(occurrence: WindowOccurrence, now: number): EveningRecord {
  return {
    ...freshEvening(occurrence),
    id: eveningId(occurrence),
    start: occurrence.start,
    end: occurrence.end,
    startTime: occurrence.startTime,
    endTime: occurrence.endTime,
    snoozes: 0,
    notesWritten: 0,
    sawActivity: false,
    paused: false,
    outcome: null,
    updatedAt: now,
  };
}

/** The named queries and commands on the evening log. */
export function createEveningRepository(db: HearthDatabase) {
  return {
    async get(occurrence: Pick<WindowOccurrence, 'day' | 'windowId'>): Promise<EveningRecord | undefined> {
      return db.evenings.get(eveningId(occurrence));
    },

    /**
     * Reads the occurrence's record (or a fresh one), applies `change` and
     * writes it back in one transaction, so two events racing in the worker
     * cannot lose each other's update.
     */
    async update(
      occurrence: WindowOccurrence,
      change: (record: EveningRecord) => EveningRecord,
      now: number = Date.now(),
    ): Promise<EveningRecord> {
      return db.transaction('rw', db.evenings, async () => {
        const current = (await db.evenings.get(eveningId(occurrence))) ?? newEveningRecord(occurrence, now);
        const next = { ...change(current), id: current.id, updatedAt: now };
        await db.evenings.put(next);
        return next;
      });
    },

    /** Writes a record as given (used to finish the log and by import). */
    async put(record: EveningRecord): Promise<void> {
      await db.evenings.put(record);
    },

    /** Evenings whose window has closed but whose outcome was never written. */
    async listUnfinished(now: number): Promise<EveningRecord[]> {
      return db.evenings
        .where('end')
        .belowOrEqual(now)
        .filter((record) => record.outcome === null)
        .toArray();
    },

    /** Evening records owned by days in [fromDay, toDay], by an indexed range query. */
    async listByDays(fromDay: LocalDate, toDay: LocalDate): Promise<EveningRecord[]> {
      return db.evenings.where('day').between(fromDay, toDay, true, true).toArray();
    },
  };
}

export type EveningRepository = ReturnType<typeof createEveningRepository>;
