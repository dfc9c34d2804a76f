import { browser } from 'wxt/browser';
import { z } from '../platform/zod';
import { fromBase64Url, toBase64Url } from './bytes';
import { COUPLE_KEY_BYTES } from './couple-key';
import type { PairingDetails } from './pairing-code';
import { checkServerAddress, isDatabaseName } from './server-address';
import { FIRST_SYNC, type SyncState } from './sync-once';

/**
 * This browser's pairing, in storage.local only: the key and the password
 * never go to the browser's sync, nor to the couple's server.
 */
export const PAIRING_KEY = 'sharingPairing';
/** Where the last sync got to; changes at every sync, so it is kept apart. */
export const SYNC_STATE_KEY = 'sharingSyncState';

export interface Pairing {
  details: PairingDetails;
  /** A random id for this browser's notes, made at pairing; the author inside every sealed note. */
  selfId: string;
  /** Whether this browser started sharing or joined with a code. */
  role: 'started' | 'joined';
  pairedAt: number;
}

export type StoredPairing = { state: 'unpaired' } | { state: 'paired'; pairing: Pairing } | { state: 'damaged' };

const storedSchema = z.strictObject({
  version: z.literal(1),
  serverUrl: z.string().refine((url) => {
    const checked = checkServerAddress(url);
    return checked.ok && checked.url === url;
  }),
  database: z.string().refine(isDatabaseName),
  username: z.string().min(1),
  password: z.string(),
  key: z.string().refine((text) => fromBase64Url(text)?.length === COUPLE_KEY_BYTES),
  selfId: z.string().min(1).max(64),
  role: z.enum(['started', 'joined']),
  pairedAt: z.number().int().nonnegative(),
});

/** A new pairing for these details, with a fresh author id for this browser. */
export function newPairing(details: PairingDetails, role: Pairing['role'], now: number): Pairing {
  return { details, selfId: crypto.randomUUID(), role, pairedAt: now };
}

/**
 * This browser's pairing. A stored value that doesn't check out is reported
 * as damaged and left where it is, never silently dropped: the user can
 * enter the code again, and nothing is lost meanwhile.
 */
export async function loadPairing(): Promise<StoredPairing> {
  const stored = (await browser.storage.local.get(PAIRING_KEY))[PAIRING_KEY];
  if (stored === undefined) return { state: 'unpaired' };
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return { state: 'damaged' };
  const { serverUrl, database, username, password, key, selfId, role, pairedAt } = parsed.data;
  return { state: 'paired', pairing: { details: { serverUrl, database, username, password, key: fromBase64Url(key)! }, selfId, role, pairedAt } };
}

export async function savePairing(pairing: Pairing): Promise<void> {
  const { serverUrl, database, username, password, key } = pairing.details;
  const value = { version: 1, serverUrl, database, username, password, key: toBase64Url(key), selfId: pairing.selfId, role: pairing.role, pairedAt: pairing.pairedAt };
  storedSchema.parse(value);
  await browser.storage.local.set({ [PAIRING_KEY]: value });
}

/** Forgets the pairing and where sync got to (stop sharing); notes are not touched here. */
export async function forgetPairing(): Promise<void> {
  await browser.storage.local.remove([PAIRING_KEY, SYNC_STATE_KEY]);
}

const syncStateSchema = z.strictObject({
  cursor: z.union([z.number(), z.string()]),
  sealedFrom: z.number(),
});

/** Where the last sync got to; from the start when there is none or it doesn't check out (syncing again is safe). */
export async function loadSyncState(): Promise<SyncState> {
  const parsed = syncStateSchema.safeParse((await browser.storage.local.get(SYNC_STATE_KEY))[SYNC_STATE_KEY]);
  return parsed.success ? parsed.data : FIRST_SYNC;
}

export async function saveSyncState(state: SyncState): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATE_KEY]: state });
}
