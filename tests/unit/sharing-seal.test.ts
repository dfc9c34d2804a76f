import { describe, expect, test } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../utils/sharing/bytes';
import { importCoupleKey, newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import { openSealed, sealRecord, type SealedDoc } from '../../utils/sharing/seal';
import type { SharedNote } from '../../utils/sharing/shared-record';
import { fixedUuid } from '../fixtures/records';

const note: SharedNote = {
  kind: 'note',
  author: 'author-alex',
  source: 'nudge',
  text: 'You made tea without asking. Thank you, Sam.',
  prompt: 'What did you appreciate about them today?',
  createdAt: Date.UTC(2026, 11, 1, 20, 15),
  updatedAt: Date.UTC(2026, 11, 1, 20, 17),
  deletedAt: null,
};
const ID = fixedUuid(1);
const newKey = () => importCoupleKey(newCoupleKeyBytes());

/** Flips one bit of the ciphertext part of a sealed string. */
function flipCipherBit(sealed: string): string {
  const [format, iv, cipher] = sealed.split('.') as [string, string, string];
  const bytes = fromBase64Url(cipher)!;
  bytes[0]! ^= 0x01;
  return `${format}.${iv}.${toBase64Url(bytes)}`;
}

describe('sealing a shared note', () => {
  test('opens back to the same record under the same key', async () => {
    const key = await newKey();
    const doc = await sealRecord(key, ID, note, '3-abc');
    expect(await openSealed(key, doc)).toEqual({ ok: true, id: ID, rev: '3-abc', record: note });
  });

  test('a tombstone (a delete) opens too, with no text in it', async () => {
    const key = await newKey();
    const tombstone: SharedNote = { ...note, text: '', updatedAt: note.updatedAt + 1, deletedAt: note.updatedAt + 1 };
    expect(await openSealed(key, await sealRecord(key, ID, tombstone))).toMatchObject({ ok: true, record: tombstone });
  });

  test('the document holds only its id, its revision and the ciphertext', async () => {
    const key = await newKey();
    const doc = await sealRecord(key, ID, note, '1-a');
    expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'sealed']);
    const stored = JSON.stringify(doc);
    for (const secret of [note.text, 'Sam', note.author, note.prompt!, String(note.createdAt), 'note', '2026']) {
      expect(stored).not.toContain(secret);
    }
  });

  test('each seal uses a fresh IV, so the same note never seals to the same text twice', async () => {
    const key = await newKey();
    const first = await sealRecord(key, ID, note);
    const second = await sealRecord(key, ID, note);
    expect(first.sealed.split('.')[1]).not.toBe(second.sealed.split('.')[1]);
    expect(first.sealed).not.toBe(second.sealed);
  });

  test('refuses to seal an invalid record or under an id PouchDB reserves', async () => {
    const key = await newKey();
    await expect(sealRecord(key, ID, { ...note, text: '  ' })).rejects.toThrow(/invalid record/);
    await expect(sealRecord(key, '_design/x', note)).rejects.toThrow(/id/);
  });
});

describe('opening refuses what it must', () => {
  test('a tampered ciphertext', async () => {
    const key = await newKey();
    const doc = await sealRecord(key, ID, note);
    expect(await openSealed(key, { ...doc, sealed: flipCipherBit(doc.sealed) })).toMatchObject({ ok: false, id: ID, reason: 'refused' });
  });

  test('a tampered IV', async () => {
    const key = await newKey();
    const doc = await sealRecord(key, ID, note);
    const [format, , cipher] = doc.sealed.split('.');
    const otherIv = toBase64Url(new Uint8Array(12));
    expect(await openSealed(key, { ...doc, sealed: `${format}.${otherIv}.${cipher}` })).toMatchObject({ ok: false, reason: 'refused' });
  });

  test("another couple's key", async () => {
    const doc = await sealRecord(await newKey(), ID, note);
    expect(await openSealed(await newKey(), doc)).toMatchObject({ ok: false, id: ID, reason: 'refused' });
  });

  test('a ciphertext moved to another id (the id is bound as additional data)', async () => {
    const key = await newKey();
    const doc = await sealRecord(key, ID, note);
    const moved: SealedDoc = { _id: fixedUuid(2), sealed: doc.sealed };
    expect(await openSealed(key, moved)).toMatchObject({ ok: false, id: fixedUuid(2), reason: 'refused' });
  });

  test.each<[string, unknown, string]>([
    ['null', null, 'not an object'],
    ['a list', [1, 2], 'not an object'],
    ['no id', { sealed: 'h1.a.b' }, '_id'],
    ['a reserved id', { _id: '_local/x', sealed: 'h1.a.b' }, '_id'],
    ['plain fields beside the ciphertext', { _id: ID, sealed: 'h1.a.b', text: 'hello' }, 'unexpected fields: text'],
    ['no ciphertext', { _id: ID }, 'no sealed text'],
    ['a ciphertext of the wrong type', { _id: ID, sealed: 42 }, 'no sealed text'],
    ['a revision of the wrong type', { _id: ID, _rev: 3, sealed: 'h1.a.b' }, '_rev'],
    ['too few parts', { _id: ID, sealed: 'h1.abc' }, 'format.iv.ciphertext'],
    ['an unknown format', { _id: ID, sealed: 'zz.a.b' }, 'unknown format zz'],
    ['an IV that is not base64url', { _id: ID, sealed: 'h1.***.AAAA' }, 'base64url'],
    ['an IV of the wrong size', { _id: ID, sealed: 'h1.AAAA.AAAA' }, 'base64url'],
  ])('a document of the wrong shape: %s', async (_label, doc, detail) => {
    const result = await openSealed(await newKey(), doc);
    expect(result).toMatchObject({ ok: false, reason: 'shape' });
    expect(result.ok ? '' : result.detail).toContain(detail);
  });

  test('a format from a later Hearth is told apart from a broken one', async () => {
    const result = await openSealed(await newKey(), { _id: ID, sealed: 'h2.AAAA.AAAA' });
    expect(result).toMatchObject({ ok: false, reason: 'newer-format' });
  });

  test('a ciphertext that opens but holds no valid record', async () => {
    const key = await newKey();
    // Sealed by hand, as a buggy or hostile client holding the key would.
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify({ kind: 'note', text: 'no author' }));
    const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`h1|${ID}`) }, key, plain);
    const doc = { _id: ID, sealed: `h1.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(cipher))}` };
    expect(await openSealed(key, doc)).toMatchObject({ ok: false, id: ID, reason: 'content', detail: expect.stringContaining('author') });
  });

  test('words with spaces around them are refused: Hearth trims what it stores, so a backup would change them', async () => {
    const key = await newKey();
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify({ ...note, text: `  ${note.text}\n` }));
    const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`h1|${ID}`) }, key, plain);
    const doc = { _id: ID, sealed: `h1.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(cipher))}` };
    expect(await openSealed(key, doc)).toMatchObject({ ok: false, id: ID, reason: 'content', detail: expect.stringContaining('trimmed') });
  });

  test("PouchDB's own fields beside the ciphertext are fine", async () => {
    const key = await newKey();
    const doc = await sealRecord(key, ID, note, '2-b');
    expect(await openSealed(key, { ...doc, _conflicts: ['2-a'], _revisions: { start: 2, ids: ['b', 'a'] } })).toMatchObject({ ok: true });
  });
});
