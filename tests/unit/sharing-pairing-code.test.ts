import { describe, expect, test } from 'vitest';
import { crc32 } from '../../utils/sharing/crc32';
import { decodeBase32, encodeBase32 } from '../../utils/sharing/crockford-base32';
import { encodePairingCode, parsePairingCode, type PairingDetails } from '../../utils/sharing/pairing-code';
import { checkServerAddress, isDatabaseName } from '../../utils/sharing/server-address';

const details: PairingDetails = {
  serverUrl: 'https://couch.example.net',
  database: 'hearth-alex-sam',
  username: 'alex',
  password: 'tea & toast, 7 times',
  key: Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff),
};
const code = encodePairingCode(details);
const digitsStart = 'HEARTH1-'.length;

/** `code` with the character at `index` replaced by `char`. */
const replaceAt = (text: string, index: number, char: string) => text.slice(0, index) + char + text.slice(index + 1);

describe('a pairing code', () => {
  test('reads back to exactly the details it was made from', () => {
    expect(parsePairingCode(code)).toEqual({ ok: true, details });
  });

  test('starts with its version and comes in groups of five', () => {
    expect(code).toMatch(/^HEARTH1(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
  });

  test('carries a server with a path, a non-ASCII password and an http address at home', () => {
    const other = { ...details, serverUrl: 'http://192.168.1.20:5984/couch', password: 'häuschen 🏡' };
    expect(parsePairingCode(encodePairingCode(other))).toEqual({ ok: true, details: other });
  });

  test.each([
    ['lower case', code.toLowerCase()],
    ['no dashes', code.replace(/-/g, '')],
    ['spaces and line breaks from a chat', `  ${code.slice(0, 40)}\n${code.slice(40, 90)} ${code.slice(90)}\n`],
    ['O for 0, I and L for 1', code.slice(0, digitsStart) + code.slice(digitsStart).replace(/0/g, 'O').replace(/1/g, 'l')],
  ])('is still read with %s', (_label, variant) => {
    expect(parsePairingCode(variant)).toEqual({ ok: true, details });
  });
});

describe('a wrong pairing code is refused with the reason', () => {
  test.each([
    ['nothing', '', 'empty'],
    ['only spaces', '   \n', 'empty'],
    ['a web address', 'https://couch.example.net', 'not-hearth'],
    ['a code of version 0', `HEARTH0${code.slice(7)}`, 'not-hearth'],
    ['a code from a later Hearth', `HEARTH2${code.slice(7)}`, 'newer-version'],
    ['the prefix alone', 'HEARTH1-', 'mistyped'],
    ['the last group left out', code.slice(0, code.lastIndexOf('-')), 'mistyped'],
    ['a group typed twice', `${code}-${code.slice(-5)}`, 'mistyped'],
  ])('%s', (_label, input, problem) => {
    expect(parsePairingCode(input)).toMatchObject({ ok: false, problem });
  });

  test('every single mistyped character is caught by the checksum', () => {
    const digits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = digitsStart; i < code.length; i++) {
      if (code[i] === '-') continue;
      const other = digits[(digits.indexOf(code[i]!) + 7) % 32]!;
      expect(parsePairingCode(replaceAt(code, i, other)), `changed at ${i}`).toEqual({ ok: false, problem: 'mistyped' });
    }
  });

  test('two neighbours swapped are caught', () => {
    const i = digitsStart + 3;
    const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
    expect(swapped).not.toBe(code);
    expect(parsePairingCode(swapped)).toEqual({ ok: false, problem: 'mistyped' });
  });

  test('a character that is never in a code is pointed at, counted as the user sees it', () => {
    const pasted = `  ${replaceAt(code, 20, 'U')}`;
    expect(parsePairingCode(pasted)).toEqual({ ok: false, problem: 'bad-character', position: 23 });
  });

  test('a checksum that matches over bytes that are no code is still refused', () => {
    // Version 1, then a field longer than what follows: well-checksummed nonsense.
    const body = Uint8Array.from([1, 200, 1, 2, 3]);
    const sum = crc32(body);
    const bytes = Uint8Array.from([...body, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255]);
    expect(parsePairingCode(`HEARTH1-${encodeBase32(bytes)}`)).toEqual({ ok: false, problem: 'mistyped' });
  });
});

describe('making a pairing code refuses details it could not carry', () => {
  test.each<[string, Partial<PairingDetails>]>([
    ['an unchecked address', { serverUrl: 'https://couch.example.net/' }],
    ['a database name CouchDB refuses', { database: 'Hearth' }],
    ['a short key', { key: new Uint8Array(16) }],
    ['a password over 255 bytes', { password: 'x'.repeat(256) }],
  ])('%s', (_label, change) => {
    expect(() => encodePairingCode({ ...details, ...change })).toThrow(RangeError);
  });
});

describe('the pieces of a code', () => {
  test('base32 round-trips every length of bytes', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255);
      expect(decodeBase32(encodeBase32(bytes))).toEqual({ ok: true, bytes });
    }
  });

  test('CRC-32 is the standard one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test.each([
    ['https://couch.example.net/', { ok: true, url: 'https://couch.example.net' }],
    ['  http://localhost:5984  ', { ok: true, url: 'http://localhost:5984' }],
    ['https://host.example/couchdb//', { ok: true, url: 'https://host.example/couchdb' }],
    ['', { ok: false, problem: 'empty' }],
    ['couch.example.net', { ok: false, problem: 'not-an-address' }],
    ['ftp://couch.example.net', { ok: false, problem: 'not-http' }],
    ['https://alex:pw@couch.example.net', { ok: false, problem: 'has-credentials' }],
    ['https://couch.example.net/?db=x', { ok: false, problem: 'has-query' }],
  ])('the server address %j', (raw, expected) => {
    expect(checkServerAddress(raw)).toEqual(expected);
  });

  test.each([
    ['hearth', true],
    ['hearth-alex_sam', true],
    ['Hearth', false],
    ['_users', false],
    ['9lives', false],
    ['', false],
  ])('the database name %j is valid: %s', (name, valid) => {
    expect(isDatabaseName(name)).toBe(valid);
  });
});
