import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapReduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import type { Replica } from '../../utils/sharing/replica';

export interface ReplicationResult {
  ok: boolean;
  docs_written: number;
  docs_read: number;
  doc_write_failures: number;
  errors: unknown[];
}

/** The PouchDB calls the tests make, beyond those Hearth's sharing makes. */
export interface TestPouch extends Replica {
  readonly name: string;
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
  put<T extends { _id: string; _rev?: string }>(doc: T): Promise<{ ok: boolean; id: string; rev: string }>;
  sync(remote: TestPouch | string, options?: object): PromiseLike<{ push: ReplicationResult; pull: ReplicationResult }>;
  replicate: {
    to(remote: TestPouch | string, options?: object): PromiseLike<ReplicationResult>;
    from(remote: TestPouch | string, options?: object): PromiseLike<ReplicationResult>;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchConstructor {
  new (name: string, options?: { adapter?: string; auth?: { username: string; password: string }; skip_setup?: boolean }): TestPouch;
  plugin(plugin: unknown): PouchConstructor;
  defaults(options: { adapter?: string; prefix?: string }): PouchConstructor;
}

interface ExpressPouchApp {
  (request: IncomingMessage, response: ServerResponse): void;
  couchConfig: { set(section: string, key: string, value: unknown, callback: (error?: Error | null) => void): void };
}
type ExpressPouchOptions = {
  mode: 'fullCouchDB' | 'minimumForPouchDB';
  inMemoryConfig: boolean;
  logPath: string;
  overrideMode: { include?: string[]; exclude?: string[] };
};
const createExpressPouch = expressPouchDB as (PouchDB: PouchConstructor, options: ExpressPouchOptions) => ExpressPouchApp;

/** PouchDB for Node with the memory and http adapters: the tests' clients and the server's store. */
export const NodePouch = (PouchDB as PouchConstructor).plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).plugin(mapReduce);

export interface Account {
  username: string;
  password: string;
}

export interface CouchServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  readonly url: string;
  readonly admin: Account;
  /** `url` with the account in it, for a PouchDB client in Node. */
  urlFor(account: Account, database: string): string;
  /** Adds a user to _users, as a CouchDB admin would. */
  addUser(account: Account): Promise<void>;
  /** Creates a database whose only members are these users: CouchDB's default with admin party off. */
  createDatabase(name: string, members: readonly string[]): Promise<void>;
  /** Lets these users read the database but refuses their writes, with a validate_doc_update. */
  makeReadOnlyFor(database: string, usernames: readonly string[]): Promise<void>;
  /** Every document the server stores in `database`: each leaf revision (conflicts and deletes too) with its history, design documents included. */
  storedDocuments(database: string): Promise<unknown[]>;
  /** An admin request, for what the tests set up or inspect. */
  request(method: string, path: string, body?: unknown, account?: Account | null): Promise<{ status: number; contentType: string | null; text: string }>;
  /** Stops answering (connections refused), keeping every database, as a server that is down. */
  goOffline(): Promise<void>;
  /** Answers again on the same port, with the same databases. */
  goOnline(): Promise<void>;
  stop(): Promise<void>;
}

const basic = (account: Account) => `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}`;

/** The account in a request's Basic authorization, if any. */
function requestAccount(request: IncomingMessage): Account | null {
  const match = /^Basic (.+)$/i.exec(request.headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * A CouchDB-protocol server on 127.0.0.1 and a random port, held in memory:
 * express-pouchdb in its full CouchDB mode, with a server admin (so admin
 * party is off), users in _users, per-database members and validation. The
 * test that starts it stops it.
 */
export async function startCouchServer(admin: Account = { username: 'admin', password: `admin-${crypto.randomUUID()}` }): Promise<CouchServer> {
  // A prefix of its own: the memory adapter shares one store per process by name.
  const ServerPouch = NodePouch.defaults({ adapter: 'memory', prefix: `couch-${crypto.randomUUID()}-` });
  const logDir = mkdtempSync(join(tmpdir(), 'hearth-couch-'));
  const app = createExpressPouch(ServerPouch, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: join(logDir, 'log.txt'),
    // No web UI, and no server-side replicator: the browsers replicate.
    overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'replicator', 'routes/active-tasks'] },
  });
  await new Promise<void>((resolve, reject) => app.couchConfig.set('admins', admin.username, admin.password, (error) => (error ? reject(error) : resolve())));

  const server: Server = createServer((request, response) => {
    // express-pouchdb 4.2 crashes the process when a non-admin creates or
    // deletes a database on PouchDB 9; CouchDB answers 401, and so does this.
    const isDatabasePath = /^\/[a-z][^/?]*\/?(\?.*)?$/.test(request.url ?? '');
    const asAdmin = requestAccount(request);
    const isAdmin = asAdmin?.username === admin.username && asAdmin.password === admin.password;
    if (isDatabasePath && (request.method === 'PUT' || request.method === 'DELETE') && !isAdmin) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'unauthorized', reason: 'You are not a server admin.' }));
      return;
    }
    app(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  };

  const request: CouchServer['request'] = async (method, path, body, account = admin) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (account) headers.authorization = basic(account);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const answer = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: answer.status, contentType: answer.headers.get('content-type'), text: await answer.text() };
  };
  const expectOk = async (method: string, path: string, body?: unknown) => {
    const answer = await request(method, path, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return JSON.parse(answer.text) as unknown;
  };

  return {
    url,
    admin,
    urlFor: (account, database) => {
      const withAccount = new URL(`${url}/${database}`);
      withAccount.username = encodeURIComponent(account.username);
      withAccount.password = encodeURIComponent(account.password);
      return withAccount.href;
    },
    addUser: async ({ username, password }) => {
      await expectOk('PUT', `/_users/org.couchdb.user:${encodeURIComponent(username)}`, { name: username, password, roles: [], type: 'user' });
    },
    createDatabase: async (name, members) => {
      await expectOk('PUT', `/${name}`);
      await expectOk('PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: [...members], roles: [] } });
    },
    makeReadOnlyFor: async (database, usernames) => {
      const validate = `function (newDoc, oldDoc, userCtx) {
        if (${JSON.stringify(usernames)}.indexOf(userCtx.name) !== -1) throw({ forbidden: 'Read-only account.' });
      }`;
      await expectOk('PUT', `/${database}/_design/read-only`, { validate_doc_update: validate });
    },
    storedDocuments: async (database) => {
      // _changes, not _all_docs: deleted documents are stored too.
      const changes = (await expectOk('GET', `/${database}/_changes?style=all_docs`)) as { results: Array<{ id: string }> };
      const documents: unknown[] = [];
      for (const { id } of changes.results) {
        // Every leaf, conflicts and deleted ones included, with their history.
        const leaves = (await expectOk('GET', `/${database}/${encodeURIComponent(id)}?open_revs=all&revs=true`)) as unknown[];
        documents.push(...leaves);
      }
      return documents;
    },
    request,
    goOffline: close,
    goOnline: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: async () => {
      await close();
      rmSync(logDir, { recursive: true, force: true });
    },
  };
}
