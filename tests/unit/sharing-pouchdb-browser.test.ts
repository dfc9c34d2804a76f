import { afterAll, beforeAll, expect, test } from 'vitest';
import { HearthDatabase } from '../../utils/db/schema';
import type { NoteRecord } from '../../utils/notes/record';
import { importCoupleKey, newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import { pullIncoming } from '../../utils/sharing/incoming';
import { pushOwnNotes } from '../../utils/sharing/outgoing';
import { startCouchServer, type Account, type CouchServer, type PouchConstructor } from '../support/couch-server';
import { fixedUuid } from '../fixtures/records';

// The package the extension ships, on IndexedDB (fake-indexeddb here), with
// its own http adapter: the same code the worker will run. It reads `self`
// and `navigator.userAgent`, which pages and workers have and Node 20 doesn't.
const addedGlobals = (['self', 'navigator'] as const).filter((name) => !(name in globalThis));
const standIns = { self: globalThis, navigator: { userAgent: 'Node.js' } };
for (const name of addedGlobals) Object.defineProperty(globalThis, name, { value: standIns[name], configurable: true });
const BrowserPouch = (await import('pouchdb-browser')).default as PouchConstructor;

const DB = 'hearth-couple';
const alex: Account = { username: 'alex', password: 'alex-pw' };
const sam: Account = { username: 'sam', password: 'sam-pw' };
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await server.addUser(alex);
  await server.addUser(sam);
  await server.createDatabase(DB, ['alex', 'sam']);
});
afterAll(async () => {
  await server.stop();
  for (const name of addedGlobals) Reflect.deleteProperty(globalThis, name);
});

test("Alex's notes travel from Dexie, sealed, through the server into Sam's Dexie as Alex's", async () => {
  const key = await importCoupleKey(newCoupleKeyBytes());
  const [alexDb, samDb] = [new HearthDatabase(`alex-${crypto.randomUUID()}`), new HearthDatabase(`sam-${crypto.randomUUID()}`)];
  const [alexReplica, samReplica] = [new BrowserPouch(`alex-replica-${crypto.randomUUID()}`), new BrowserPouch(`sam-replica-${crypto.randomUUID()}`)];
  const remote = (account: Account) => new BrowserPouch(`${server.url}/${DB}`, { auth: account, skip_setup: true });
  const T = Date.UTC(2026, 11, 1, 21, 0);
  const notes: NoteRecord[] = [1, 2, 3].map((i) => ({
    id: fixedUuid(i), text: `Alex's note ${i} about Sam`, createdAt: T + i, updatedAt: T + i, source: 'popup', prompt: null,
  }));
  try {
    await alexDb.notes.bulkAdd(notes);
    expect(await pushOwnNotes(alexReplica, key, await alexDb.notes.toArray(), 'author-alex')).toMatchObject({ pushed: notes.map((n) => n.id) });
    const sent = await alexReplica.sync(remote(alex));
    expect(sent.push).toMatchObject({ ok: true, docs_written: 3 });

    await samReplica.sync(remote(sam));
    const report = await pullIncoming(samReplica, key, samDb, 'author-sam', 0);
    expect(report).toMatchObject({ applied: notes.map((n) => n.id), skipped: [] });
    expect(await samDb.notes.get(fixedUuid(2))).toMatchObject({ text: "Alex's note 2 about Sam", author: 'partner' });

    const stored = JSON.stringify(await server.storedDocuments(DB));
    expect(stored).not.toContain('about Sam');
  } finally {
    await alexReplica.destroy();
    await samReplica.destroy();
    alexDb.close();
    samDb.close();
  }
});
