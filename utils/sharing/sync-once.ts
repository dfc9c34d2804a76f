import type { HearthDatabase } from '../db/schema';
import { bareTombstone, canUndo } from '../notes/tombstone';
import { pullIncoming, type PullReport } from './incoming';
import { isOwnNote } from './note-mapping';
import { pushOwnDeletes, pushOwnNotes, type PushReport } from './outgoing';
import type { Replica } from './replica';

/** How far a browser has got; kept by the caller between syncs (and across worker restarts). */
export interface SyncState {
  /** The local replica's change sequence up to which incoming changes are in Dexie. */
  cursor: number | string;
  /** Own notes changed at or after this instant may not be sealed yet. */
  sealedFrom: number;
}

export const FIRST_SYNC: SyncState = { cursor: 0, sealedFrom: 0 };

export interface SyncDeps {
  db: HearthDatabase;
  replica: Replica;
  key: CryptoKey;
  selfId: string;
  /** One two-way replication between the local replica and the couple's server; rejects when it fails. */
  exchange(): Promise<void>;
  /** Keeps the state; called after each step, so a worker stopped midway loses no progress. */
  saveState(state: SyncState): Promise<void>;
  /** The clock, for telling a delete that can still be undone; Date.now by default. */
  now?: () => number;
}

export interface SyncReport {
  sealed: PushReport;
  /** Whether the server was reached; when not, what was sealed waits in the replica. */
  exchanged: boolean;
  exchangeError?: unknown;
  pulled: PullReport;
  state: SyncState;
  /** When the first delete held back for Undo can go out (sync again then), or null when none waits. */
  heldUntil: number | null;
}

/**
 * One sync, start to end: seal the user's changed notes and final deletes into the replica,
 * exchange with the server, then bring what arrived into Dexie. Every step
 * is safe to repeat (sealing and applying are idempotent), so a sync cut off
 * anywhere, by a stopped worker, a closed browser or a server that is down,
 * is simply run again: nothing is lost and nothing doubles.
 */
export async function syncOnce(deps: SyncDeps, state: SyncState): Promise<SyncReport> {
  const { db, replica, key, selfId } = deps;
  const now = deps.now?.() ?? Date.now();
  // Notes are edited with this browser's clock: one changed at `sealedFrom`
  // itself is sealed again (a no-op if already sealed) rather than missed.
  const changed = await db.notes.filter((note) => isOwnNote(note) && note.updatedAt >= state.sealedFrom).toArray();
  const deleted = await db.tombstones.filter((tombstone) => tombstone.updatedAt >= state.sealedFrom).toArray();
  // A delete that can still be undone waits: Undo brings the note back as it
  // was, older than the delete, and the partner would never hear of it.
  const final = deleted.filter((tombstone) => !canUndo(tombstone, now));
  const notes = await pushOwnNotes(replica, key, changed, selfId);
  const deletes = await pushOwnDeletes(replica, key, final.map(bareTombstone), selfId);
  const sealed: PushReport = {
    pushed: [...notes.pushed, ...deletes.pushed],
    unchanged: [...notes.unchanged, ...deletes.unchanged],
    failed: [...notes.failed, ...deletes.failed],
  };
  // The next sync starts at the oldest change still waiting, else at the newest sealed.
  const failed = new Set(sealed.failed.map((failure) => failure.id));
  let oldestWaiting = Infinity;
  let newest = state.sealedFrom;
  const holding = deleted.filter((tombstone) => canUndo(tombstone, now));
  const held = new Set(holding.map((tombstone) => tombstone.id));
  const heldUntil = holding.reduce<number | null>((first, tombstone) => Math.min(first ?? Infinity, tombstone.undoUntil!), null);
  for (const item of [...changed, ...deleted]) {
    if (failed.has(item.id) || held.has(item.id)) oldestWaiting = Math.min(oldestWaiting, item.updatedAt);
    newest = Math.max(newest, item.updatedAt);
  }
  let next: SyncState = { ...state, sealedFrom: Number.isFinite(oldestWaiting) ? oldestWaiting : newest };
  await deps.saveState(next);

  let exchanged = true;
  let exchangeError: unknown;
  try {
    await deps.exchange();
  } catch (error) {
    exchanged = false;
    exchangeError = error;
  }

  const pulled = await pullIncoming(replica, key, db, selfId, next.cursor);
  next = { ...next, cursor: pulled.cursor };
  await deps.saveState(next);
  // Settling a conflict removed losing revisions here; the partner needs to hear of it.
  if (exchanged && pulled.resolved.length > 0) {
    try {
      await deps.exchange();
    } catch (error) {
      exchanged = false;
      exchangeError = error;
    }
  }
  return { sealed, exchanged, ...(exchanged ? {} : { exchangeError }), pulled, state: next, heldUntil };
}
