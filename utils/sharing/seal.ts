import { fromBase64Url, toBase64Url } from './bytes';
import { parseSharedRecord, type SharedRecord } from './shared-record';

/**
 * A record as the server stores it: its id, PouchDB's revision and one
 * opaque string. Nothing else, so the server never sees a name, a word or a
 * date (issue 12).
 */
export interface SealedDoc {
  _id: string;
  _rev?: string;
  sealed: string;
}

/** Why a document couldn't be opened. */
export type OpenFailure =
  /** Not a sealed document: missing or extra fields, a bad id. */
  | 'shape'
  /** Sealed by a later Hearth, whose format this one doesn't know. */
  | 'newer-format'
  /** AES-GCM refused it: tampered with, moved to another id, or another key. */
  | 'refused'
  /** It opened, but what it holds isn't a record Hearth understands. */
  | 'content';

export type OpenResult =
  | { ok: true; id: string; rev: string | undefined; record: SharedRecord }
  | { ok: false; id: string | null; reason: OpenFailure; detail: string };

// The sealed string is FORMAT.iv.ciphertext, all base64url. The format is
// authenticated with the id, so a sealed string can't be replayed as
// another format or under another id.
const FORMAT = 'h1';
const IV_BYTES = 12;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;

const additionalData = (id: string) => new TextEncoder().encode(`${FORMAT}|${id}`);

/** Whether `id` can name a sealed document (PouchDB reserves ids starting with `_`). */
export function isSealableId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * Encrypts `record` under `id` with AES-GCM: a fresh random 96-bit IV each
 * time, the id bound as additional authenticated data. Throws on a record
 * that isn't valid: that is Hearth's own mistake, not the user's.
 */
export async function sealRecord(key: CryptoKey, id: string, record: SharedRecord, rev?: string): Promise<SealedDoc> {
  if (!isSealableId(id)) throw new RangeError(`Can't seal a record under the id ${JSON.stringify(id)}.`);
  const checked = parseSharedRecord(record);
  if (!checked.ok) throw new TypeError(`Can't seal an invalid record: ${checked.detail}`);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(JSON.stringify(checked.record));
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(id) }, key, plain);
  const sealed = `${FORMAT}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(cipher))}`;
  return rev === undefined ? { _id: id, sealed } : { _id: id, _rev: rev, sealed };
}

const fail = (id: string | null, reason: OpenFailure, detail: string): OpenResult => ({ ok: false, id, reason, detail });

/**
 * Decrypts and checks a document from the replicated database. Never throws:
 * whatever arrives from the server is untrusted, so a bad document becomes a
 * failure the caller skips and reports.
 */
export async function openSealed(key: CryptoKey, doc: unknown): Promise<OpenResult> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return fail(null, 'shape', 'not an object');
  const fields = doc as Record<string, unknown>;
  const id = typeof fields._id === 'string' ? fields._id : null;
  if (id === null || !isSealableId(id)) return fail(null, 'shape', 'no valid _id');
  // PouchDB's own fields (_rev, _conflicts, _revisions…) may come along; any
  // other field would be readable on the server, so the document is refused.
  const extra = Object.keys(fields).filter((name) => !name.startsWith('_') && name !== 'sealed');
  if (extra.length > 0) return fail(id, 'shape', `unexpected fields: ${extra.join(', ')}`);
  if (fields._rev !== undefined && typeof fields._rev !== 'string') return fail(id, 'shape', '_rev is not text');
  if (typeof fields.sealed !== 'string') return fail(id, 'shape', 'no sealed text');

  const parts = fields.sealed.split('.');
  if (parts.length !== 3) return fail(id, 'shape', 'sealed text is not format.iv.ciphertext');
  const [format, ivText, cipherText] = parts as [string, string, string];
  if (format !== FORMAT) {
    return /^h\d+$/.test(format) ? fail(id, 'newer-format', `format ${format}`) : fail(id, 'shape', `unknown format ${format}`);
  }
  const iv = fromBase64Url(ivText);
  const cipher = fromBase64Url(cipherText);
  if (!iv || iv.length !== IV_BYTES || !cipher) return fail(id, 'shape', 'iv or ciphertext is not base64url of the right size');

  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(id) }, key, cipher);
  } catch {
    return fail(id, 'refused', 'AES-GCM refused the ciphertext');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return fail(id, 'content', 'not JSON');
  }
  const parsed = parseSharedRecord(value);
  if (!parsed.ok) return fail(id, 'content', parsed.detail);
  return { ok: true, id, rev: typeof fields._rev === 'string' ? fields._rev : undefined, record: parsed.record };
}
