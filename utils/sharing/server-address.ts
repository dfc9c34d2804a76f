/** Why a server address was refused. */
export type ServerAddressProblem = 'empty' | 'not-an-address' | 'not-http' | 'has-credentials' | 'has-query';

/**
 * The server's address as Hearth keeps it (no trailing slash), or why it
 * can't be one. http:// is allowed for a CouchDB at home on the local
 * network; credentials go in their own fields, never in the address.
 */
export function checkServerAddress(raw: string): { ok: true; url: string } | { ok: false; problem: ServerAddressProblem } {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-an-address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-http' };
  if (url.username || url.password) return { ok: false, problem: 'has-credentials' };
  if (url.search || url.hash) return { ok: false, problem: 'has-query' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

// CouchDB's own rule for database names.
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** Whether CouchDB accepts `name` as a database name. */
export function isDatabaseName(name: string): boolean {
  return DATABASE_NAME.test(name);
}
