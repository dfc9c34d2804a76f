/** The three requests of a connection check, in order. */
export type ConnectionStep =
  /** GET the server's root: is it a CouchDB, and are the name and password right? */
  | 'server'
  /** GET the database: does it exist, and may this account open it? */
  | 'database'
  /** Write a document: may this account write? */
  | 'write';

/** What went wrong, each with its own plain sentence. */
export type ConnectionProblem =
  | 'unreachable'
  | 'not-couchdb'
  | 'wrong-password'
  | 'no-access'
  | 'database-missing'
  | 'no-write-permission'
  | 'server-error'
  | 'unexpected';

/** What came back from one request: nothing at all, or an answer. */
export type ProbeOutcome = { kind: 'no-answer' } | { kind: 'answer'; status: number; contentType: string | null; body: string };

export type ProbeVerdict = { ok: true } | { ok: false; problem: ConnectionProblem; status?: number };

/** CouchDB's answer body, when the answer is a JSON object. */
function jsonObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// CouchDB and PouchDB Server both say this, and only this, for a bad login.
const BAD_LOGIN = /name or password/i;

/**
 * The verdict on one request of the connection check. Pure, so every
 * server's way of saying no is a row in a table test. CouchDB answers JSON
 * (as text/plain unless asked); anything else, such as a web page from a
 * router, a proxy's login page or a 404 site, is not a CouchDB.
 */
export function classifyProbe(step: ConnectionStep, outcome: ProbeOutcome): ProbeVerdict {
  if (outcome.kind === 'no-answer') return { ok: false, problem: 'unreachable' };
  const { status } = outcome;
  const json = /html/i.test(outcome.contentType ?? '') ? null : jsonObject(outcome.body);
  if (!json) return { ok: false, problem: status >= 500 ? 'server-error' : 'not-couchdb', status };
  if (status >= 500) return { ok: false, problem: 'server-error', status };

  if (status === 401 && BAD_LOGIN.test(String(json.reason ?? ''))) return { ok: false, problem: 'wrong-password', status };
  if (status === 401 || status === 403) {
    if (step === 'write') return { ok: false, problem: 'no-write-permission', status };
    // The root is public on CouchDB: a refusal there can only mean the login.
    return { ok: false, problem: step === 'server' ? 'wrong-password' : 'no-access', status };
  }
  if (status === 404) return { ok: false, problem: step === 'server' ? 'not-couchdb' : 'database-missing', status };

  if (step === 'server' && status === 200) {
    const welcomes = json.couchdb === 'Welcome' || 'express-pouchdb' in json;
    return welcomes ? { ok: true } : { ok: false, problem: 'not-couchdb', status };
  }
  if (step === 'database' && status === 200) {
    return typeof json.db_name === 'string' ? { ok: true } : { ok: false, problem: 'not-couchdb', status };
  }
  if (step === 'write' && (status === 201 || status === 202) && json.ok === true) return { ok: true };
  return { ok: false, problem: 'unexpected', status };
}
