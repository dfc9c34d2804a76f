import type Dexie from 'dexie';

/** Thrown instead of waiting while the database can't open; classified as 'blocked' (storage-errors.ts). */
export class UpgradeBlockedError extends Error {
  override name = 'BlockedError';
  constructor() {
    super('The database could not open: an upgrade is waiting for an older connection to close');
  }
}

/**
 * How long a save waits for the database to open. Opening takes milliseconds;
 * a request queued behind another page's blocked upgrade gets no 'blocked'
 * event of its own, so only the wait shows it is stuck.
 */
export const OPEN_PATIENCE_MS = 3_000;

const stuck = new WeakSet<Dexie>();

/** Remembers while opening `db` is stuck, until that open completes or fails. */
function markStuck(db: Dexie): void {
  if (db.isOpen() || stuck.has(db)) return;
  stuck.add(db);
  // The open carries on, and succeeds once the other connection closes.
  const settled = () => stuck.delete(db);
  db.open().then(settled, settled);
}

/**
 * Watches for the upgrade of `db` being blocked: a connection at an older
 * version (a Hearth page left open from before an update) won't close. Dexie
 * then waits for it indefinitely, and meanwhile nothing can be read or written.
 */
export function watchBlockedUpgrade(db: Dexie): void {
  db.on('blocked', () => markStuck(db));
}

/**
 * Resolves once the database is open, but fails with UpgradeBlockedError
 * while the open is stuck, so the user is told why instead of watching
 * "Saving…" for ever. Nothing is written by a call that fails here, so trying
 * again later can't store a note twice.
 */
export async function openUnlessBlocked(db: Dexie, patienceMs: number = OPEN_PATIENCE_MS): Promise<void> {
  if (db.isOpen()) return;
  if (stuck.has(db)) throw new UpgradeBlockedError();
  await new Promise<void>((resolve, reject) => {
    const giveUp = () => {
      finish();
      markStuck(db);
      reject(new UpgradeBlockedError());
    };
    const timer = setTimeout(giveUp, patienceMs);
    const finish = () => {
      clearTimeout(timer);
      db.on('blocked').unsubscribe(giveUp);
    };
    db.on('blocked', giveUp);
    db.open().then(
      () => {
        finish();
        resolve();
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
}

/**
 * Calls `ready` once `db` is open, for views that read: a list can't wait
 * silently on "Loading…" behind a blocked upgrade. If the open is stuck for
 * longer than the patience, `failed` hears why first (UpgradeBlockedError),
 * and `ready` still follows once the other connection lets go. Returns a
 * function that cancels both.
 */
export function whenOpen(db: Dexie, ready: () => void, failed: (error: unknown) => void, patienceMs: number = OPEN_PATIENCE_MS): () => void {
  let cancelled = false;
  openUnlessBlocked(db, patienceMs).then(
    () => !cancelled && ready(),
    (error: unknown) => {
      if (cancelled) return;
      failed(error);
      if (!(error instanceof UpgradeBlockedError)) return;
      db.open().then(
        () => !cancelled && ready(),
        (late: unknown) => !cancelled && failed(late),
      );
    },
  );
  return () => {
    cancelled = true;
  };
}
