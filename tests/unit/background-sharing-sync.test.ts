import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSharingSync, SHARING_ALARM, watchNoteWrites, type CoupleReplica } from '../../entrypoints/background/sharing-sync';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import { loadSyncState, newPairing, savePairing, type Pairing } from '../../utils/sharing/pairing-store';
import { NodePouch, startCouchServer, type Account, type CouchServer, type TestPouch } from '../support/couch-server';

const ALEX: Account = { username: 'alex', password: 'alex-pw' };
const T = Date.UTC(2026, 11, 1, 20, 0);

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
  await server.addUser(ALEX);
});
afterAll(() => server.stop());

const cleanups: Array<() => unknown> = [];
let db: HearthDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = new HearthDatabase(`worker-${crypto.randomUUID()}`);
  cleanups.push(() => db.close());
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Opens the replica as the worker does (one per pairing, kept), on PouchDB's memory adapter, and counts opens and exchanges at once. */
function replicaOpener() {
  const counts = { opened: 0, running: 0, mostAtOnce: 0 };
  let kept: CoupleReplica | undefined;
  const open = (pairing: Pairing): CoupleReplica => {
    counts.opened++;
    if (kept) return kept;
    const replica: TestPouch = new NodePouch(`worker-replica-${crypto.randomUUID()}`, { adapter: 'memory' });
    const remote = new NodePouch(`${pairing.details.serverUrl}/${pairing.details.database}`, { auth: ALEX, skip_setup: true });
    cleanups.push(() => replica.destroy());
    return (kept = {
      replica,
      exchange: async () => {
        counts.running++;
        counts.mostAtOnce = Math.max(counts.mostAtOnce, counts.running);
        try {
          await replica.sync(remote);
        } finally {
          counts.running--;
        }
      },
    });
  };
  return { open, counts };
}

async function pairWith(database: string): Promise<Pairing> {
  await server.createDatabase(database, ['alex']);
  const pairing = newPairing({ serverUrl: server.url, database, username: ALEX.username, password: ALEX.password, key: newCoupleKeyBytes() }, 'started', T);
  await savePairing(pairing);
  return pairing;
}

describe("the worker's sync", () => {
  test('before pairing it opens nothing and sends nothing, however often it is asked', async () => {
    const { open, counts } = replicaOpener();
    const sharing = createSharingSync({ db, open });
    await createNoteRepository(db).add({ text: 'only mine', source: 'popup' }, T);
    expect(await Promise.all([sharing.request(), sharing.request()])).toEqual([null, null]);
    expect(await sharing.request()).toBeNull();
    expect(counts.opened).toBe(0);
  });

  test("once paired, the user's notes go to the couple's server, sealed, and where it got to is kept", async () => {
    const database = `worker-${crypto.randomUUID().slice(0, 8)}`;
    await pairWith(database);
    const { open } = replicaOpener();
    const sharing = createSharingSync({ db, open });
    const note = await createNoteRepository(db).add({ text: 'Thank you for the soup', source: 'popup' }, T);

    expect(await sharing.request()).toMatchObject({ exchanged: true, sealed: { pushed: [note.id] } });
    const stored = (await server.storedDocuments(database)) as Array<{ ok?: { _id: string } }>;
    expect(stored.map((leaf) => leaf.ok?._id)).toEqual([note.id]);
    expect(JSON.stringify(stored)).not.toContain('soup');
    expect((await loadSyncState()).sealedFrom).toBe(T);
  });

  test('a delete held back for Undo arms one wake for when it can go out, and goes out then', async () => {
    await pairWith(`worker-${crypto.randomUUID().slice(0, 8)}`);
    const { open } = replicaOpener();
    const sharing = createSharingSync({ db, open });
    const notes = createNoteRepository(db);
    const note = await notes.add({ text: 'soon gone', source: 'popup' }, T);
    await sharing.request();
    expect(await fakeBrowser.alarms.get(SHARING_ALARM)).toBeUndefined();

    const deleted = await notes.remove(note.id, Date.now());
    expect((await sharing.request())?.sealed.pushed).toEqual([]);
    expect(await fakeBrowser.alarms.get(SHARING_ALARM)).toMatchObject({ scheduledTime: deleted!.undoUntil });

    vi.useFakeTimers({ now: deleted!.undoUntil, toFake: ['Date'] });
    try {
      expect((await sharing.request())?.sealed.pushed).toEqual([note.id]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('asks while a sync runs give one more sync after it, never two at once', async () => {
    const database = `worker-${crypto.randomUUID().slice(0, 8)}`;
    await pairWith(database);
    const { open, counts } = replicaOpener();
    const sharing = createSharingSync({ db, open });
    const notes = createNoteRepository(db);
    const first = await notes.add({ text: 'first', source: 'popup' }, T);
    const running = sharing.request();
    // A note written while the first sync runs, and three asks for it: they share one more sync.
    const later = await notes.add({ text: 'second', source: 'popup' }, T + 1000);
    const asks = [sharing.request(), sharing.request(), sharing.request()];
    expect(asks[1]).toBe(asks[0]);
    expect(asks[0]).not.toBe(running);
    await Promise.all([running, ...asks]);
    expect(counts.mostAtOnce).toBe(1);
    const stored = (await server.storedDocuments(database)) as Array<{ ok?: { _id: string } }>;
    expect(stored.map((leaf) => leaf.ok?._id).sort()).toEqual([first.id, later.id].sort());
  });

  test('a note written or deleted asks for a sync; other tables do not', async () => {
    let asked = 0;
    const stop = watchNoteWrites(() => asked++);
    cleanups.push(stop);
    const notes = createNoteRepository(db);
    const note = await notes.add({ text: 'noticed', source: 'popup' }, T);
    await vi.waitFor(() => expect(asked).toBeGreaterThan(0));
    const afterAdd = asked;
    await notes.remove(note.id, T + 1);
    await vi.waitFor(() => expect(asked).toBeGreaterThan(afterAdd));
    const afterRemove = asked;
    await db.evenings.put({ id: 'x' } as never);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(afterRemove);
  });
});
