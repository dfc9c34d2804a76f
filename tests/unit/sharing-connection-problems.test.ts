import { describe, expect, test } from 'vitest';
import { classifyProbe, type ConnectionStep, type ProbeOutcome, type ProbeVerdict } from '../../utils/sharing/connection-problems';

const json = (status: number, body: unknown, contentType = 'text/plain; charset=utf-8'): ProbeOutcome => ({
  kind: 'answer',
  status,
  contentType,
  body: JSON.stringify(body),
});
const html = (status: number): ProbeOutcome => ({
  kind: 'answer',
  status,
  contentType: 'text/html; charset=utf-8',
  body: '<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>',
});
const BAD_LOGIN = { error: 'unauthorized', reason: 'Name or password is incorrect.' };

describe('classifying one answer of the connection check', () => {
  test.each<[string, ConnectionStep, ProbeOutcome, ProbeVerdict]>([
    // Good answers, as CouchDB 3 and PouchDB Server give them.
    ['CouchDB welcomes', 'server', json(200, { couchdb: 'Welcome', version: '3.4.2' }, 'application/json'), { ok: true }],
    ['PouchDB Server welcomes', 'server', json(200, { 'express-pouchdb': 'Welcome!', version: '4.2.0' }), { ok: true }],
    ['the database opens', 'database', json(200, { db_name: 'hearth', doc_count: 0 }), { ok: true }],
    ['the write is stored', 'write', json(201, { ok: true, id: 'x', rev: '1-a' }), { ok: true }],
    ['the write is accepted for later', 'write', json(202, { ok: true, id: 'x', rev: '1-a' }), { ok: true }],
    // Unreachable: no DNS, refused, offline, blocked.
    ['no answer at all', 'server', { kind: 'no-answer' }, { ok: false, problem: 'unreachable' }],
    // Not a CouchDB.
    ['a web page', 'server', html(200), { ok: false, problem: 'not-couchdb', status: 200 }],
    ['a web page that says 401 (a proxy login)', 'database', html(401), { ok: false, problem: 'not-couchdb', status: 401 }],
    ['JSON that sounds like an HTML page', 'server', json(200, { hello: 'world' }, 'text/html'), { ok: false, problem: 'not-couchdb', status: 200 }],
    ['some other JSON service', 'server', json(200, { hello: 'world' }), { ok: false, problem: 'not-couchdb', status: 200 }],
    ['a JSON list', 'server', { kind: 'answer', status: 200, contentType: 'application/json', body: '[1,2]' }, { ok: false, problem: 'not-couchdb', status: 200 }],
    ['an empty body', 'database', { kind: 'answer', status: 200, contentType: null, body: '' }, { ok: false, problem: 'not-couchdb', status: 200 }],
    ['a database answer without a name', 'database', json(200, { ok: true }), { ok: false, problem: 'not-couchdb', status: 200 }],
    ['nothing at that path', 'server', json(404, { error: 'not_found', reason: 'missing' }), { ok: false, problem: 'not-couchdb', status: 404 }],
    // Wrong password.
    ['a bad login at the root', 'server', json(401, BAD_LOGIN), { ok: false, problem: 'wrong-password', status: 401 }],
    ['a bad login at the database', 'database', json(401, BAD_LOGIN), { ok: false, problem: 'wrong-password', status: 401 }],
    ['a bad login at the write', 'write', json(401, BAD_LOGIN), { ok: false, problem: 'wrong-password', status: 401 }],
    ['any refusal at the public root', 'server', json(401, { error: 'unauthorized', reason: 'Authentication required.' }), { ok: false, problem: 'wrong-password', status: 401 }],
    // Not a member.
    ['CouchDB 3: a user who is not a member', 'database', json(403, { error: 'forbidden', reason: 'You are not allowed to access this db.' }), { ok: false, problem: 'no-access', status: 403 }],
    ['PouchDB Server: a user who is not a member', 'database', json(401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' }), { ok: false, problem: 'no-access', status: 401 }],
    // Database missing.
    ['CouchDB 3: no such database', 'database', json(404, { error: 'not_found', reason: 'Database does not exist.' }), { ok: false, problem: 'database-missing', status: 404 }],
    ['PouchDB Server: no such database', 'database', json(404, { error: 'not_found', reason: 'no_db_file' }), { ok: false, problem: 'database-missing', status: 404 }],
    ['the database went away before the write', 'write', json(404, { error: 'not_found', reason: 'Database does not exist.' }), { ok: false, problem: 'database-missing', status: 404 }],
    // May read, may not write.
    ['a read-only validation refuses', 'write', json(403, { error: 'forbidden', reason: 'Read-only account.' }), { ok: false, problem: 'no-write-permission', status: 403 }],
    ['a member check refuses the write', 'write', json(401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' }), { ok: false, problem: 'no-write-permission', status: 401 }],
    // The server's own trouble.
    ['a JSON server error', 'database', json(500, { error: 'unknown_error', reason: 'eaccess' }), { ok: false, problem: 'server-error', status: 500 }],
    ['a gateway page', 'server', html(502), { ok: false, problem: 'server-error', status: 502 }],
    // Anything else is said as it is.
    ['a conflict on a fresh id', 'write', json(409, { error: 'conflict', reason: 'Document update conflict.' }), { ok: false, problem: 'unexpected', status: 409 }],
    ['a redirect', 'database', json(301, { moved: true }), { ok: false, problem: 'unexpected', status: 301 }],
  ])('%s (%s)', (_label, step, outcome, verdict) => {
    expect(classifyProbe(step, outcome)).toEqual(verdict);
  });
});
