import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createNoteRepository } from '../../utils/db/notes';
import { NOTE_UNDO_MS } from '../../utils/notes/tombstone';
import { DAY_MS } from '../../utils/time/local';
import { HearthDatabase } from '../../utils/db/schema';
import { importCoupleKey, newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import type { Replica } from '../../utils/sharing/replica';
import { FIRST_SYNC, syncOnce, type SyncReport, type SyncState } from '../../utils/sharing/sync-once';
import { NodePouch, startCouchServer, type Account, type CouchServer, type TestPouch } from '../support/couch-server';

const ALEX: Account = { username: 'alex', password: 'alex-pw' };
const SAM: Account = { username: 'sam', password: 'sam-pw' };
const T = Date.UTC(2026, 11, 1, 20, 0);

let server: CouchServer;
let key: CryptoKey;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  server = await startCouchServer();
  await server.addUser(ALEX);
  await server.addUser(SAM);
  key = await importCoupleKey(newCoupleKeyBytes());
});
afterAll(() => server.stop());
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await server.goOnline().catch(() => undefined);
});

/** One partner's browser: Dexie, the local replica and the saved sync state. */
async function browserOf(account: Account, database: string) {
  const db = new HearthDatabase(`${account.username}-${crypto.randomUUID()}`);
  const replica: TestPouch = new NodePouch(`${account.username}-replica-${crypto.randomUUID()}`, { adapter: 'memory' });
  const remote = new NodePouch(`${server.url}/${database}`, { auth: account, skip_setup: true });
  cleanups.push(() => db.close(), () => replica.destroy());
  let saved: SyncState = FIRST_SYNC;
  const browser = {
    /** This browser's clock, for telling a delete that can still be undone. */
    now: T + DAY_MS,
    db,
    replica,
    notes: createNoteRepository(db),
    get state() {
      return saved;
    },
    sync: (saveState: (state: SyncState) => Promise<void> = async (state) => void (saved = state)): Promise<SyncReport> =>
      syncOnce(
        {
          db,
          replica,
          key,
          selfId: `author-${account.username}`,
          exchange: async () => void (await replica.sync(remote)),
          saveState,
          now: () => browser.now,
        },
        saved,
      ),
    /** Every note this browser's Dexie holds, by text. */
    texts: async () => (await db.notes.toArray()).map((note) => `${note.author ?? 'me'}: ${note.text}`).sort(),
    /** The ids of the deleted notes this browser holds a tombstone for. */
    deleted: async () => (await db.tombstones.toCollection().primaryKeys()).sort(),
  };
  return browser;
}

/** A fresh database for one test, with both partners as members. */
async function freshCouple() {
  const database = `hearth-${crypto.randomUUID().slice(0, 8)}`;
  await server.createDatabase(database, ['alex', 'sam']);
  return { database, alex: await browserOf(ALEX, database), sam: await browserOf(SAM, database) };
}

describe('one sync at a time, between two browsers and the server', () => {
  test("a note written by Alex shows in Sam's Dexie as the partner's, and Sam's reaches Alex", async () => {
    const { alex, sam } = await freshCouple();
    await alex.notes.add({ text: 'Thank you for the walk, Sam', source: 'popup' }, T);
    await sam.notes.add({ text: 'Alex fixed the shelf', source: 'nudge' }, T + 1000);

    expect(await alex.sync()).toMatchObject({ exchanged: true, sealed: { pushed: [expect.any(String)] } });
    await sam.sync();
    await alex.sync();

    expect(await sam.texts()).toEqual(['me: Alex fixed the shelf', 'partner: Thank you for the walk, Sam']);
    expect(await alex.texts()).toEqual(['me: Thank you for the walk, Sam', 'partner: Alex fixed the shelf']);
  });

  test('an edit and a delete made by Alex reach Sam', async () => {
    const { alex, sam } = await freshCouple();
    const kept = await alex.notes.add({ text: 'first words', source: 'popup' }, T);
    const gone = await alex.notes.add({ text: 'to be deleted', source: 'popup' }, T + 1);
    await alex.sync();
    await sam.sync();

    await alex.notes.edit(kept.id, 'better words', T + 60_000);
    await alex.notes.remove(gone.id, T + 61_000);
    await alex.sync();
    await sam.sync();

    expect(await sam.texts()).toEqual(['partner: better words']);
    expect(await sam.deleted()).toEqual([gone.id]);
  });

  test('a delete that can still be undone waits; once Undo is over it goes out, and an undone one never does', async () => {
    const { alex, sam } = await freshCouple();
    const undone = await alex.notes.add({ text: 'deleted, then brought back', source: 'popup' }, T);
    const gone = await alex.notes.add({ text: 'deleted for good', source: 'popup' }, T + 1);
    await alex.sync();
    await sam.sync();

    alex.now = T + 60_000;
    await alex.notes.remove(undone.id, alex.now - 500);
    await alex.notes.remove(gone.id, alex.now);
    // The first delete to come out of its Undo time says when to sync again.
    expect((await alex.sync()).heldUntil).toBe(alex.now - 500 + NOTE_UNDO_MS);
    await sam.sync();
    expect(await sam.texts()).toEqual(['partner: deleted for good', 'partner: deleted, then brought back']);

    await alex.notes.restore(undone.id, alex.now + 1000);
    alex.now += NOTE_UNDO_MS;
    expect((await alex.sync()).heldUntil).toBeNull();
    await sam.sync();
    expect(await sam.texts()).toEqual(['partner: deleted, then brought back']);
    expect(await sam.deleted()).toEqual([gone.id]);
    expect(await alex.texts()).toEqual(['me: deleted, then brought back']);
  });

  test('while the server is down nothing is lost; once it is back, everything arrives once', async () => {
    const { alex, sam } = await freshCouple();
    await server.goOffline();
    await alex.notes.add({ text: 'written offline', source: 'popup' }, T);
    const offline = await alex.sync();
    expect(offline).toMatchObject({ exchanged: false, sealed: { pushed: [expect.any(String)] } });
    expect((await sam.sync()).exchanged).toBe(false);

    await server.goOnline();
    await alex.sync();
    await sam.sync();
    expect(await sam.texts()).toEqual(['partner: written offline']);

    // Syncing again and again doubles nothing, on either side or on the server.
    for (let i = 0; i < 2; i++) {
      await alex.sync();
      await sam.sync();
    }
    expect(await sam.db.notes.count()).toBe(1);
    expect(await alex.db.notes.count()).toBe(1);
  });

  test('edits made on both sides while apart converge once the server is back', async () => {
    const { alex, sam } = await freshCouple();
    const alexNote = await alex.notes.add({ text: 'alex before', source: 'popup' }, T);
    const samNote = await sam.notes.add({ text: 'sam before', source: 'popup' }, T);
    await alex.sync();
    await sam.sync();
    await alex.sync();

    await server.goOffline();
    await alex.notes.edit(alexNote.id, 'alex edited offline', T + 10_000);
    await alex.notes.add({ text: 'alex new offline', source: 'popup' }, T + 11_000);
    await sam.notes.edit(samNote.id, 'sam edited offline', T + 12_000);
    await sam.notes.remove(samNote.id, T + 13_000);
    await sam.notes.add({ text: 'sam new offline', source: 'popup' }, T + 14_000);
    await alex.sync();
    await sam.sync();

    await server.goOnline();
    await alex.sync();
    await sam.sync();
    await alex.sync();

    // Both hold the same notes and the same deletes.
    expect(await alex.deleted()).toEqual([samNote.id]);
    expect(await sam.deleted()).toEqual([samNote.id]);
    expect(await sam.texts()).toEqual(['me: sam new offline', 'partner: alex edited offline', 'partner: alex new offline']);
    expect(await alex.texts()).toEqual(['me: alex edited offline', 'me: alex new offline', 'partner: sam new offline']);
  });

  test('a sync cut off midway, as by a stopped worker, is run again and doubles nothing', async () => {
    const { alex, sam } = await freshCouple();
    for (let i = 0; i < 5; i++) await alex.notes.add({ text: `note ${i}`, source: 'popup' }, T + i);
    await alex.sync();

    // Sam's worker stops right after the pull has written into Dexie, before the new cursor is saved.
    let saves = 0;
    await expect(
      sam.sync(async () => {
        saves++;
        if (saves === 2) throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect(sam.state).toEqual(FIRST_SYNC);
    expect(await sam.db.notes.count()).toBe(5);

    const again = await sam.sync();
    expect(again.pulled.applied).toEqual([]);
    expect(await sam.db.notes.count()).toBe(5);
    const revisions = (await sam.replica.allDocs()).rows.map((row) => row.value?.rev);
    expect(revisions.every((rev) => rev?.startsWith('1-'))).toBe(true);
  });

  test('a note the replica refused this time is sealed on the next sync, though later notes went out', async () => {
    const db = new HearthDatabase(`refused-${crypto.randomUUID()}`);
    const real: TestPouch = new NodePouch(`refused-${crypto.randomUUID()}`, { adapter: 'memory' });
    cleanups.push(() => db.close(), () => real.destroy());
    const notes = createNoteRepository(db);
    const early = await notes.add({ text: 'early', source: 'popup' }, T);
    await notes.add({ text: 'late', source: 'popup' }, T + 5000);
    // The first write of the early note loses a race, as when a replication changed it meanwhile.
    let refuse = true;
    const replica: Replica = {
      get: real.get.bind(real) as Replica['get'],
      allDocs: (options) => real.allDocs(options),
      changes: (options) => real.changes(options),
      bulkDocs: async (docs) => {
        const results = await real.bulkDocs(docs.filter((doc) => !(refuse && doc._id === early.id)));
        if (!refuse || !docs.some((doc) => doc._id === early.id)) return results;
        refuse = false;
        return docs.map((doc) => (doc._id === early.id ? { id: doc._id, error: 'conflict', reason: 'Document update conflict.', status: 409 } : results.shift()!));
      },
    };
    let state: SyncState = FIRST_SYNC;
    const deps = { db, replica, key, selfId: 'author-alex', exchange: async () => undefined, saveState: async (next: SyncState) => void (state = next) };

    const first = await syncOnce(deps, state);
    expect(first.sealed).toMatchObject({ pushed: [expect.any(String)], failed: [{ id: early.id, reason: 'Document update conflict.' }] });
    expect(state.sealedFrom).toBe(T);
    const second = await syncOnce(deps, state);
    expect(second.sealed.pushed).toEqual([early.id]);
    expect(state.sealedFrom).toBe(T + 5000);
    expect((await real.allDocs()).rows).toHaveLength(2);
  });

  test("the server's database holds no note text, no name and no date", async () => {
    const { database, alex, sam } = await freshCouple();
    await alex.notes.add({ text: 'Sam sang in the kitchen on Sunday', source: 'popup', prompt: 'What made you smile?' }, Date.UTC(2026, 10, 29, 18, 30));
    await sam.notes.add({ text: 'Alex remembered my dentist appointment', source: 'nudge' }, Date.UTC(2026, 10, 30, 9, 5));
    await alex.sync();
    await sam.sync();
    await alex.sync();
    expect(await alex.db.notes.count()).toBe(2);

    const stored = JSON.stringify(await server.storedDocuments(database));
    const forbidden = [
      'kitchen', 'Sunday', 'dentist', 'smile', 'Sam', 'Alex', 'author-', 'popup', 'nudge',
      String(Date.UTC(2026, 10, 29, 18, 30)), String(Date.UTC(2026, 10, 30, 9, 5)), '2026-11-29', '2026-11-30',
    ];
    for (const word of forbidden) expect(stored, word).not.toContain(word);
  });
});
