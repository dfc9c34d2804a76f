import { COUPLE_KEY_BYTES } from './couple-key';
import { crc32 } from './crc32';
import { decodeBase32, encodeBase32 } from './crockford-base32';
import { checkServerAddress, isDatabaseName } from './server-address';

/** Everything the partner's browser needs to join: where, as whom, and the key. */
export interface PairingDetails {
  serverUrl: string;
  database: string;
  username: string;
  password: string;
  key: Uint8Array;
}

/** Why a pairing code was refused; each has its own plain sentence. */
export type PairingCodeProblem =
  /** Nothing was entered. */
  | 'empty'
  /** It doesn't start the way a Hearth code does. */
  | 'not-hearth'
  /** A later Hearth made it. */
  | 'newer-version'
  /** A character that is never in a code; `position` says where (1-based). */
  | 'bad-character'
  /** A character was changed, left out or added: the checksum doesn't match. */
  | 'mistyped';

export type PairingCodeResult = { ok: true; details: PairingDetails } | { ok: false; problem: PairingCodeProblem; position?: number };

/** The version this Hearth writes and reads. It is in the prefix and in the checksummed bytes. */
export const PAIRING_CODE_VERSION = 1;
const PREFIX = 'HEARTH';
const GROUP = 5;
const MAX_FIELD_BYTES = 255;

/**
 * The code for `details`: "HEARTH1-" and groups of five Crockford base32
 * digits. Inside: the version, each field as a length and its UTF-8 bytes,
 * the key, then a CRC-32 of all of it. Throws if a field can't be carried;
 * the form checks them first.
 */
export function encodePairingCode(details: PairingDetails): string {
  const address = checkServerAddress(details.serverUrl);
  if (!address.ok || address.url !== details.serverUrl) throw new RangeError('The server address is not in its checked form.');
  if (!isDatabaseName(details.database)) throw new RangeError('Not a CouchDB database name.');
  if (details.key.length !== COUPLE_KEY_BYTES) throw new RangeError('The key has the wrong length.');
  const fields = [details.serverUrl, details.database, details.username, details.password].map((field) => new TextEncoder().encode(field));
  if (fields.some((field) => field.length > MAX_FIELD_BYTES)) throw new RangeError(`A field is longer than ${MAX_FIELD_BYTES} bytes.`);

  const body = [PAIRING_CODE_VERSION, ...fields.flatMap((field) => [field.length, ...field]), ...details.key];
  const checksum = crc32(Uint8Array.from(body));
  const bytes = Uint8Array.from([...body, checksum >>> 24, (checksum >>> 16) & 0xff, (checksum >>> 8) & 0xff, checksum & 0xff]);
  const digits = encodeBase32(bytes);
  const groups = digits.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return [`${PREFIX}${PAIRING_CODE_VERSION}`, ...groups].join('-');
}

/** Reads the fields back out of the checked bytes; null when they don't add up. */
function readFields(body: Uint8Array): PairingDetails | null {
  const fields: string[] = [];
  let at = 1;
  for (let i = 0; i < 4; i++) {
    const length = body[at];
    if (length === undefined || at + 1 + length > body.length) return null;
    try {
      fields.push(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(at + 1, at + 1 + length)));
    } catch {
      return null;
    }
    at += 1 + length;
  }
  if (body.length - at !== COUPLE_KEY_BYTES) return null;
  const [serverUrl, database, username, password] = fields as [string, string, string, string];
  const address = checkServerAddress(serverUrl);
  if (!address.ok || address.url !== serverUrl || !isDatabaseName(database) || username === '') return null;
  return { serverUrl, database, username, password, key: body.slice(at) };
}

/**
 * The details in a code as the user pasted or typed it: case, spaces, line
 * breaks and dashes don't matter, and O, I and L are read as 0, 1 and 1.
 * Anything else wrong is refused with the reason, and nothing is guessed.
 */
export function parsePairingCode(raw: string): PairingCodeResult {
  const text = raw.replace(/[\s-]+/g, '').toUpperCase();
  if (text === '') return { ok: false, problem: 'empty' };
  // One digit of version, so that a code typed without its dashes still reads.
  const head = /^HEARTH(\d)/.exec(text);
  if (!head) return { ok: false, problem: 'not-hearth' };
  const version = Number(head[1]);
  if (version > PAIRING_CODE_VERSION) return { ok: false, problem: 'newer-version' };
  if (version !== PAIRING_CODE_VERSION) return { ok: false, problem: 'not-hearth' };

  const digits = text.slice(head[0].length);
  const decoded = decodeBase32(digits);
  if (!decoded.ok) return { ok: false, problem: 'bad-character', position: positionInRaw(raw, head[0].length + decoded.badIndex) };
  const bytes = decoded.bytes;
  if (bytes.length < 5) return { ok: false, problem: 'mistyped' };
  const body = bytes.subarray(0, -4);
  const [a, b, c, d] = bytes.subarray(-4) as unknown as [number, number, number, number];
  const stated = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  if (crc32(body) !== stated || body[0] !== PAIRING_CODE_VERSION) return { ok: false, problem: 'mistyped' };
  const details = readFields(body);
  // A checksum that matches over fields that don't parse: not a code Hearth made.
  return details ? { ok: true, details } : { ok: false, problem: 'mistyped' };
}

/** The 1-based position in what the user entered of the n-th character that counts. */
function positionInRaw(raw: string, index: number): number {
  let seen = -1;
  for (let i = 0; i < raw.length; i++) {
    if (/[\s-]/.test(raw[i]!)) continue;
    seen++;
    if (seen === index) return i + 1;
  }
  return raw.length;
}
