import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { HearthDatabase } from '../../utils/db/schema';
import { importCoupleKey } from '../../utils/sharing/couple-key';
import { loadPairing, loadSyncState, saveSyncState, type Pairing } from '../../utils/sharing/pairing-store';
import type { Replica } from '../../utils/sharing/replica';
import { syncOnce, type SyncReport } from '../../utils/sharing/sync-once';

/**
 * A one-shot alarm for a delete held back while it can be undone: it wakes
 * the worker when the delete may go out (issue 12: no polling, no timers).
 */
export const SHARING_ALARM = 'hearth-share';

/** The couple's replica on this browser, and one exchange with their server. */
export interface CoupleReplica {
  replica: Replica;
  exchange(): Promise<void>;
}

export interface SharingSyncDeps {
  db: HearthDatabase;
  /** Opens the replica for a pairing; called only once a pairing exists. */
  open(pairing: Pairing): CoupleReplica | Promise<CoupleReplica>;
}

/**
 * Runs one sync at a time when asked (after a note changes, at worker
 * start, on the alarm's wakes). Asks that come while one is waiting to run
 * share it; an ask during a run queues exactly one more, so a change made
 * meanwhile still goes out. Without a pairing it reads storage and stops:
 * no replica is opened and no request is made.
 */
export function createSharingSync(deps: SharingSyncDeps) {
  let previous: Promise<unknown> = Promise.resolve();
  let waiting: Promise<SyncReport | null> | null = null;

  async function run(): Promise<SyncReport | null> {
    const stored = await loadPairing();
    if (stored.state !== 'paired') return null;
    const { pairing } = stored;
    const { replica, exchange } = await deps.open(pairing);
    const key = await importCoupleKey(new Uint8Array(pairing.details.key));
    const report = await syncOnce({ db: deps.db, replica, key, selfId: pairing.selfId, exchange, saveState: saveSyncState }, await loadSyncState());
    if (report.heldUntil !== null) await browser.alarms.create(SHARING_ALARM, { when: report.heldUntil });
    return report;
  }

  return {
    /** A sync after the one running, if any; resolves to its report, or null when not paired. */
    request(): Promise<SyncReport | null> {
      if (waiting) return waiting;
      const next = previous.then(() => {
        waiting = null;
        return run();
      });
      waiting = next;
      previous = next.catch(() => undefined);
      return next;
    },
  };
}

const NOTE_TABLES = /\/(notes|tombstones)\//;

/**
 * Calls `onChange` after each write to notes or tombstones, from this
 * worker or (while it runs) from a Hearth page, which Dexie relays. A sync's
 * own incoming writes cause one more sync, which then finds nothing to do.
 */
export function watchNoteWrites(onChange: () => void): () => void {
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => NOTE_TABLES.test(key))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
