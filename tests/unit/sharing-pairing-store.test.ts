import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import type { PairingDetails } from '../../utils/sharing/pairing-code';
import {
  forgetPairing,
  loadPairing,
  loadSyncState,
  newPairing,
  PAIRING_KEY,
  savePairing,
  saveSyncState,
  SYNC_STATE_KEY,
} from '../../utils/sharing/pairing-store';
import { FIRST_SYNC } from '../../utils/sharing/sync-once';

const details: PairingDetails = {
  serverUrl: 'https://couch.example.net',
  database: 'hearth-us',
  username: 'alex',
  password: 'pw',
  key: newCoupleKeyBytes(),
};
const NOW = Date.UTC(2026, 11, 2, 10, 0);

describe('the pairing on this browser', () => {
  test('is unpaired at first', async () => {
    expect(await loadPairing()).toEqual({ state: 'unpaired' });
  });

  test('reads back as saved, key bytes included, and only from storage.local', async () => {
    const pairing = newPairing(details, 'started', NOW);
    await savePairing(pairing);
    expect(await loadPairing()).toEqual({ state: 'paired', pairing });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('each new pairing gets its own author id', () => {
    expect(newPairing(details, 'joined', NOW).selfId).not.toBe(newPairing(details, 'joined', NOW).selfId);
  });

  test.each<[string, (stored: Record<string, unknown>) => unknown]>([
    ['a key of the wrong length', (stored) => ({ ...stored, key: 'AAAA' })],
    ['an address with a trailing slash', (stored) => ({ ...stored, serverUrl: 'https://couch.example.net/' })],
    ['an unknown version', (stored) => ({ ...stored, version: 2 })],
    ['not an object', () => 'paired'],
  ])('a stored pairing with %s is reported damaged and left in place', async (_label, damage) => {
    await savePairing(newPairing(details, 'started', NOW));
    const stored = (await fakeBrowser.storage.local.get(PAIRING_KEY))[PAIRING_KEY] as Record<string, unknown>;
    const damaged = damage(stored);
    await fakeBrowser.storage.local.set({ [PAIRING_KEY]: damaged });
    expect(await loadPairing()).toEqual({ state: 'damaged' });
    expect((await fakeBrowser.storage.local.get(PAIRING_KEY))[PAIRING_KEY]).toEqual(damaged);
  });

  test('refuses to save details that could not be loaded again', async () => {
    await expect(savePairing(newPairing({ ...details, database: 'Not Valid' }, 'started', NOW))).rejects.toThrow();
    expect(await loadPairing()).toEqual({ state: 'unpaired' });
  });

  test('forgetting it removes the pairing and the sync state, and nothing else', async () => {
    await fakeBrowser.storage.local.set({ lastBackupAt: 1 });
    await savePairing(newPairing(details, 'joined', NOW));
    await saveSyncState({ cursor: 12, sealedFrom: NOW });
    await forgetPairing();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ lastBackupAt: 1 });
  });
});

describe('the sync state', () => {
  test('starts from the beginning, and reads back as saved', async () => {
    expect(await loadSyncState()).toEqual(FIRST_SYNC);
    await saveSyncState({ cursor: '42-abc', sealedFrom: NOW });
    expect(await loadSyncState()).toEqual({ cursor: '42-abc', sealedFrom: NOW });
  });

  test('a damaged one means syncing from the beginning, which is safe', async () => {
    await fakeBrowser.storage.local.set({ [SYNC_STATE_KEY]: { cursor: null } });
    expect(await loadSyncState()).toEqual(FIRST_SYNC);
  });
});
