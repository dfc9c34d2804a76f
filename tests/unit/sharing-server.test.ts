import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECK_ID_PREFIX, checkConnection, type ServerLogin } from '../../utils/sharing/connection-check';
import type { ConnectionProblem, ConnectionStep } from '../../utils/sharing/connection-problems';
import { importCoupleKey, newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import { openSealed, sealRecord } from '../../utils/sharing/seal';
import type { SharedNote } from '../../utils/sharing/shared-record';
import { NodePouch, startCouchServer, type Account, type CouchServer } from '../support/couch-server';
import { fixedUuid } from '../fixtures/records';
import { sendProbe } from '../support/send-probe';

const DB = 'hearth-alex-sam';
const alex: Account = { username: 'alex', password: 'alex-pw' };
const sam: Account = { username: 'sam', password: 'sam-pw' };
const stranger: Account = { username: 'stranger', password: 'stranger-pw' };
const reader: Account = { username: 'reader', password: 'reader-pw' };

let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  for (const account of [alex, sam, stranger, reader]) await server.addUser(account);
  await server.createDatabase(DB, ['alex', 'sam', 'reader']);
  await server.makeReadOnlyFor(DB, ['reader']);
});
afterAll(() => server.stop());

describe('the test server asks for a login, as CouchDB does', () => {
  test('without one, the database is refused', async () => {
    expect((await server.request('GET', `/${DB}`, undefined, null)).status).toBe(401);
    expect((await server.request('PUT', `/${DB}/x`, {}, null)).status).toBe(401);
  });

  test('a user who is not a member is refused; a member is let in', async () => {
    expect((await server.request('GET', `/${DB}`, undefined, stranger)).status).toBe(401);
    expect((await server.request('GET', `/${DB}`, undefined, alex)).status).toBe(200);
  });

  test('only the server admin creates databases', async () => {
    expect((await server.request('PUT', '/another', undefined, alex)).status).toBe(401);
    expect((await server.request('PUT', '/another', undefined, null)).status).toBe(401);
  });
});

describe('the connection check names each problem against a real CouchDB-protocol server', () => {
  const login = (changes: Partial<ServerLogin> = {}): ServerLogin => ({ serverUrl: server.url, database: DB, ...alex, ...changes });

  test('a member who may write passes, and the check leaves only a tombstone behind', async () => {
    expect(await checkConnection(sendProbe, login())).toEqual({ ok: true });
    const leftovers = (await server.storedDocuments(DB)) as Array<{ ok?: { _id: string; _deleted?: boolean } }>;
    const checks = leftovers.filter((leaf) => leaf.ok?._id.startsWith(CHECK_ID_PREFIX));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((leaf) => leaf.ok?._deleted === true)).toBe(true);
  });

  test.each<[string, () => Partial<ServerLogin>, { step: ConnectionStep; problem: ConnectionProblem }]>([
    ['a wrong password', () => ({ password: 'nope' }), { step: 'server', problem: 'wrong-password' }],
    ['a user who is not a member', () => stranger, { step: 'database', problem: 'no-access' }],
    ['a database that does not exist', () => ({ database: 'hearth-nobody' }), { step: 'database', problem: 'database-missing' }],
    ['a user who may only read', () => reader, { step: 'write', problem: 'no-write-permission' }],
    ['a path under the server where no CouchDB is', () => ({ serverUrl: `${server.url}/nothing-here` }), { step: 'server', problem: 'not-couchdb' }],
  ])('%s', async (_label, changes, expected) => {
    expect(await checkConnection(sendProbe, login(changes()))).toMatchObject({ ok: false, ...expected });
  });

  test('a port where nothing listens is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkConnection(sendProbe, login({ serverUrl: `http://127.0.0.1:${port}` }))).toEqual({ ok: false, step: 'server', problem: 'unreachable' });
  });

  test('a web server that answers with HTML is not a CouchDB', async () => {
    const web = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>My router</title><p>Log in</p>');
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const serverUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
      expect(await checkConnection(sendProbe, login({ serverUrl }))).toMatchObject({ ok: false, step: 'server', problem: 'not-couchdb' });
    } finally {
      await new Promise((resolve) => web.close(resolve));
    }
  });

  test('a password with non-ASCII characters logs in', async () => {
    const accented: Account = { username: 'zoë', password: 'häuschen 🏡' };
    await server.addUser(accented);
    await server.createDatabase('hearth-zoe', ['zoë']);
    expect(await checkConnection(sendProbe, login({ ...accented, database: 'hearth-zoe' }))).toEqual({ ok: true });
  });
});

describe('sealed notes replicate between two browsers through the server', () => {
  const note: SharedNote = {
    kind: 'note',
    author: 'author-alex-7f3a',
    source: 'popup',
    text: 'Sam, the soup on Tuesday was the best thing all week.',
    prompt: 'What made you smile today?',
    createdAt: Date.UTC(2026, 10, 24, 19, 42, 5),
    updatedAt: Date.UTC(2026, 10, 24, 19, 42, 5),
    deletedAt: null,
  };

  test("Sam's replica opens what Alex's sealed, and the server holds no word of it", async () => {
    const key = await importCoupleKey(newCoupleKeyBytes());
    const alexReplica = new NodePouch(`alex-${crypto.randomUUID()}`, { adapter: 'memory' });
    const samReplica = new NodePouch(`sam-${crypto.randomUUID()}`, { adapter: 'memory' });
    const ids = [fixedUuid(1), fixedUuid(2)];
    try {
      for (const id of ids) await alexReplica.put(await sealRecord(key, id, note));
      const edited = await alexReplica.get(ids[1]!);
      await alexReplica.put(await sealRecord(key, ids[1]!, { ...note, text: `${note.text} And the bread.`, updatedAt: note.updatedAt + 60_000 }, edited._rev));

      const pushed = await alexReplica.replicate.to(server.urlFor(alex, DB));
      expect(pushed).toMatchObject({ ok: true, doc_write_failures: 0 });
      const pulled = await samReplica.replicate.from(server.urlFor(sam, DB));
      expect(pulled).toMatchObject({ ok: true, doc_write_failures: 0 });

      expect(await openSealed(key, await samReplica.get(ids[0]!))).toMatchObject({ ok: true, record: note });
      expect(await openSealed(key, await samReplica.get(ids[1]!))).toMatchObject({ ok: true, record: { text: `${note.text} And the bread.` } });

      const stored = JSON.stringify(await server.storedDocuments(DB));
      expect(stored).toContain(ids[0]);
      const secrets = [
        'soup', 'bread', 'Sam', 'smile', note.author, 'popup', 'note',
        String(note.createdAt), String(note.updatedAt), String(note.updatedAt + 60_000), '2026-11-24', '19:42',
      ];
      for (const secret of secrets) expect(stored, secret).not.toContain(secret);
    } finally {
      await alexReplica.destroy();
      await samReplica.destroy();
    }
  });

  test('the search of stored documents would find a word if one were there', async () => {
    // Guards the test above: an unsealed note, its edit and a conflict are all found.
    await server.createDatabase('hearth-plain', ['alex']);
    const plain = new NodePouch(`plain-${crypto.randomUUID()}`, { adapter: 'memory' });
    try {
      const first = await plain.put({ _id: 'n1', text: 'soup on Tuesday' });
      await plain.put({ _id: 'n1', _rev: first.rev, text: 'bread on Wednesday' });
      await plain.replicate.to(server.urlFor(alex, 'hearth-plain'));
      await server.request('PUT', '/hearth-plain/n1?new_edits=false', { _id: 'n1', _rev: '2-ffff', text: 'cake on Thursday' });
      const stored = JSON.stringify(await server.storedDocuments('hearth-plain'));
      for (const word of ['bread', 'cake']) expect(stored).toContain(word);
    } finally {
      await plain.destroy();
    }
  });

  test('a replica without the login gets nothing', async () => {
    const outsider = new NodePouch(`outsider-${crypto.randomUUID()}`, { adapter: 'memory' });
    try {
      await expect(Promise.resolve(outsider.replicate.from(server.urlFor(stranger, DB)))).rejects.toMatchObject({ status: 401 });
      expect((await outsider.info()).doc_count).toBe(0);
    } finally {
      await outsider.destroy();
    }
  });
});
