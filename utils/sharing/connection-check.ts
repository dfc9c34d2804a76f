import { classifyProbe, type ConnectionStep, type ProbeOutcome, type ProbeVerdict } from './connection-problems';

/** One request of the check, for whatever makes requests (the options page, a test). */
export interface ProbeRequest {
  method: 'GET' | 'PUT' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Makes one request; resolves to `no-answer` rather than rejecting when nothing answers. */
export type SendProbe = (request: ProbeRequest) => Promise<ProbeOutcome>;

export interface ServerLogin {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
}

export type CheckResult = { ok: true } | { ok: false; step: ConnectionStep; problem: Exclude<ProbeVerdict, { ok: true }>['problem']; status?: number };

/** Documents the check writes start so; the bridge passes over them. */
export const CHECK_ID_PREFIX = 'hearth-check-';

/** HTTP Basic credentials, UTF-8 as CouchDB reads them. */
function basicAuth(username: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/**
 * Checks a server before pairing, in three steps that stop at the first
 * problem: the server is a CouchDB and takes the login, the database exists
 * and opens, and a document can be written. The written document is deleted
 * again straight away; only its tombstone stays.
 */
export async function checkConnection(send: SendProbe, login: ServerLogin): Promise<CheckResult> {
  const headers = { accept: 'application/json', authorization: basicAuth(login.username, login.password) };
  const database = `${login.serverUrl}/${encodeURIComponent(login.database)}`;
  const checkUrl = `${database}/${CHECK_ID_PREFIX}${crypto.randomUUID()}`;
  const steps: Array<[ConnectionStep, ProbeRequest]> = [
    ['server', { method: 'GET', url: `${login.serverUrl}/`, headers }],
    ['database', { method: 'GET', url: database, headers }],
    ['write', { method: 'PUT', url: checkUrl, headers: { ...headers, 'content-type': 'application/json' }, body: '{}' }],
  ];
  let written: ProbeOutcome = { kind: 'no-answer' };
  for (const [step, request] of steps) {
    const outcome = await send(request);
    const verdict = classifyProbe(step, outcome);
    if (!verdict.ok) return { ok: false, step, problem: verdict.problem, ...(verdict.status === undefined ? {} : { status: verdict.status }) };
    written = outcome;
  }
  const rev = written.kind === 'answer' ? (JSON.parse(written.body) as { rev?: unknown }).rev : undefined;
  if (typeof rev === 'string') {
    // Tidying up; the check has passed whether or not this succeeds.
    await send({ method: 'DELETE', url: `${checkUrl}?rev=${encodeURIComponent(rev)}`, headers });
  }
  return { ok: true };
}
