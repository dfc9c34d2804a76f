import { afterEach, describe, expect, test } from 'vitest';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import type { NoteRecord } from '../../utils/notes/record';
import { importCoupleKey, newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import { pullIncoming } from '../../utils/sharing/incoming';
import { pushOwnDeletes, pushOwnNotes } from '../../utils/sharing/outgoing';
import { openSealed, sealRecord } from '../../utils/sharing/seal';
import type { SharedNote } from '../../utils/sharing/shared-record';
import { NodePouch, type TestPouch } from '../support/couch-server';
import { fixedUuid } from '../fixtures/records';

const ALEX = 'author-alex';
const SAM = 'author-sam';
const T = Date.UTC(2026, 10, 30, 20, 0);

const ownNote = (i: number, changes: Partial<NoteRecord> = {}): NoteRecord => ({
  id: fixedUuid(i),
  text: `note ${i}: thank you`,
  createdAt: T + i * 1000,
  updatedAt: T + i * 1000,
  source: 'popup',
  prompt: null,
  ...changes,
});
const shared = (i: number, author: string, changes: Partial<SharedNote> = {}): SharedNote => ({
  kind: 'note',
  author,
  source: 'nudge',
  text: `from ${author}, note ${i}`,
  prompt: 'What did they do for you?',
  createdAt: T + i * 1000,
  updatedAt: T + i * 1000,
  deletedAt: null,
  ...changes,
});

const opened: Array<{ close(): void } | TestPouch> = [];
function newReplica(): TestPouch {
  const replica = new NodePouch(`replica-${crypto.randomUUID()}`, { adapter: 'memory' });
  opened.push(replica);
  return replica;
}
function newDatabase(): HearthDatabase {
  const db = new HearthDatabase(`bridge-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const item of opened.splice(0)) {
    if ('destroy' in item) await item.destroy();
    else item.close();
  }
});
const newKey = () => importCoupleKey(newCoupleKeyBytes());

/** The record sealed in the replica under `id`. */
async function sealedIn(replica: TestPouch, key: CryptoKey, id: string): Promise<SharedNote> {
  const result = await openSealed(key, await replica.get(id));
  if (!result.ok) throw new Error(`${id} did not open: ${result.detail}`);
  return result.record;
}

describe('pushing local notes into the replica', () => {
  test('own notes become sealed documents that open to the same words and times', async () => {
    const [key, replica] = [await newKey(), newReplica()];
    const notes = [ownNote(1), ownNote(2, { source: 'nudge', prompt: 'What made you laugh?', author: 'me' })];
    expect(await pushOwnNotes(replica, key, notes, ALEX)).toEqual({ pushed: [fixedUuid(1), fixedUuid(2)], unchanged: [], failed: [] });
    expect(await sealedIn(replica, key, fixedUuid(2))).toEqual({
      kind: 'note', author: ALEX, source: 'nudge', text: notes[1]!.text, prompt: 'What made you laugh?',
      createdAt: notes[1]!.createdAt, updatedAt: notes[1]!.updatedAt, deletedAt: null,
    });
    expect(Object.keys(await replica.get(fixedUuid(1))).sort()).toEqual(['_id', '_rev', 'sealed']);
  });

  test('pushing the same notes again writes nothing: no revision is added', async () => {
    const [key, replica] = [await newKey(), newReplica()];
    await pushOwnNotes(replica, key, [ownNote(1)], ALEX);
    const before = (await replica.get(fixedUuid(1)))._rev;
    expect(await pushOwnNotes(replica, key, [ownNote(1)], ALEX)).toEqual({ pushed: [], unchanged: [fixedUuid(1)], failed: [] });
    expect((await replica.get(fixedUuid(1)))._rev).toBe(before);
  });

  test('an edit goes out as a new revision of the same document', async () => {
    const [key, replica] = [await newKey(), newReplica()];
    await pushOwnNotes(replica, key, [ownNote(1)], ALEX);
    await pushOwnNotes(replica, key, [ownNote(1, { text: 'edited words', updatedAt: T + 60_000 })], ALEX);
    expect(await sealedIn(replica, key, fixedUuid(1))).toMatchObject({ text: 'edited words', updatedAt: T + 60_000 });
    expect((await replica.get(fixedUuid(1)))._rev).toMatch(/^2-/);
  });

  test("a delete goes out from its tombstone, without the words, over the note's sealed copy", async () => {
    const [key, replica] = [await newKey(), newReplica()];
    await pushOwnNotes(replica, key, [ownNote(1, { prompt: 'What made you laugh?' })], ALEX);
    const tombstone = { id: fixedUuid(1), deletedAt: T + 90_000, updatedAt: T + 90_000 };
    expect(await pushOwnDeletes(replica, key, [tombstone], ALEX)).toEqual({ pushed: [fixedUuid(1)], unchanged: [], failed: [] });
    expect(await sealedIn(replica, key, fixedUuid(1))).toEqual({
      kind: 'note', author: ALEX, source: 'popup', text: '', prompt: null, createdAt: T + 1000, updatedAt: T + 90_000, deletedAt: T + 90_000,
    });
    // Again: nothing new.
    expect(await pushOwnDeletes(replica, key, [tombstone], ALEX)).toEqual({ pushed: [], unchanged: [fixedUuid(1)], failed: [] });
  });

  test.each<[string, (replica: TestPouch, key: CryptoKey) => Promise<unknown>]>([
    ['a note the replica never held (deleted before it was shared)', async () => undefined],
    ["the partner's note (hidden on this device only)", async (replica, key) => replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM)))],
    ['a note edited later on another device', async (replica, key) => replica.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, { updatedAt: T + 95_000 })))],
    ['a document that cannot be read', async (replica) => replica.put({ _id: fixedUuid(1), sealed: 'h1.AAAAAAAAAAAAAAAA.AAAA' })],
  ])('no delete goes out for %s', async (_label, prepare) => {
    const [key, replica] = [await newKey(), newReplica()];
    await prepare(replica, key);
    const before = (await replica.allDocs()).rows.map((row) => row.value?.rev);
    const tombstone = { id: fixedUuid(1), deletedAt: T + 90_000, updatedAt: T + 90_000 };
    expect(await pushOwnDeletes(replica, key, [tombstone], ALEX)).toEqual({ pushed: [], unchanged: [fixedUuid(1)], failed: [] });
    expect((await replica.allDocs()).rows.map((row) => row.value?.rev)).toEqual(before);
  });

  test("a partner's note is never sent back", async () => {
    const [key, replica] = [await newKey(), newReplica()];
    expect(await pushOwnNotes(replica, key, [ownNote(1, { author: 'partner' })], ALEX)).toEqual({ pushed: [], unchanged: [], failed: [] });
    expect((await replica.info()).doc_count).toBe(0);
  });
});

describe('pulling the replica into Dexie', () => {
  test("the partner's notes arrive marked as theirs, and one's own as one's own", async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM)));
    await replica.put(await sealRecord(key, fixedUuid(2), shared(2, ALEX)));

    const report = await pullIncoming(replica, key, db, ALEX, 0);
    expect(report).toMatchObject({ applied: [fixedUuid(1), fixedUuid(2)], skipped: [], resolved: [] });
    expect(await db.notes.get(fixedUuid(1))).toEqual({
      id: fixedUuid(1), text: `from ${SAM}, note 1`, createdAt: T + 1000, updatedAt: T + 1000,
      source: 'nudge', prompt: 'What did they do for you?', author: 'partner',
    });
    expect(await db.notes.get(fixedUuid(2))).toMatchObject({ author: 'me' });
  });

  test('the cursor moves on: a second pull applies nothing, a later change only itself', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM)));
    const first = await pullIncoming(replica, key, db, ALEX, 0);
    expect(await pullIncoming(replica, key, db, ALEX, first.cursor)).toMatchObject({ applied: [], cursor: first.cursor });

    const doc = await replica.get(fixedUuid(1));
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM, { text: 'changed', updatedAt: T + 5000 }), doc._rev));
    await replica.put(await sealRecord(key, fixedUuid(3), shared(3, SAM)));
    expect(await pullIncoming(replica, key, db, ALEX, first.cursor)).toMatchObject({ applied: [fixedUuid(1), fixedUuid(3)] });
    expect(await db.notes.get(fixedUuid(1))).toMatchObject({ text: 'changed' });
  });

  test('pulling from the start again doubles nothing', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    for (const i of [1, 2, 3]) await replica.put(await sealRecord(key, fixedUuid(i), shared(i, SAM)));
    await pullIncoming(replica, key, db, ALEX, 0);
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [] });
    expect(await db.notes.count()).toBe(3);
  });

  test("a partner's delete removes their note and leaves a tombstone, as a local delete does", async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    const first = await replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM)));
    await pullIncoming(replica, key, db, ALEX, 0);
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM, { text: '', prompt: null, deletedAt: T + 9000, updatedAt: T + 9000 }), first.rev));
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [fixedUuid(1)] });
    expect(await db.notes.get(fixedUuid(1))).toBeUndefined();
    expect(await createNoteRepository(db).deletedNotes()).toEqual([{ id: fixedUuid(1), deletedAt: T + 9000, updatedAt: T + 9000 }]);
  });

  test('a note deleted here later than what arrives is never brought back', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    const notes = createNoteRepository(db);
    await db.notes.put(ownNote(1));
    await notes.remove(fixedUuid(1), T + 50_000);
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, { text: 'an edit from before the delete', updatedAt: T + 20_000 })));
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [] });
    expect(await db.notes.get(fixedUuid(1))).toBeUndefined();
    // And Undo still has the words it held.
    expect((await notes.restore(fixedUuid(1), T + 51_000)).text).toBe(ownNote(1).text);
  });

  test('a delete never removes a note edited here later', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    await db.notes.put(ownNote(1, { text: 'edited here, later', updatedAt: T + 50_000 }));
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, { text: '', prompt: null, deletedAt: T + 20_000, updatedAt: T + 20_000 })));
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [] });
    expect(await db.notes.get(fixedUuid(1))).toMatchObject({ text: 'edited here, later' });
    expect(await db.tombstones.count()).toBe(0);
  });

  test('a sealed document under an id no note has is skipped: a backup could not hold it', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    await replica.put(await sealRecord(key, 'not-a-uuid', shared(1, SAM)));
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [], skipped: [{ id: 'not-a-uuid', reason: 'shape' }] });
    expect(await db.notes.count()).toBe(0);
  });

  test('a local edit later than what arrives is kept (it goes out on the next push)', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    await db.notes.put(ownNote(1, { text: 'my newer words', updatedAt: T + 50_000 }));
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, { text: 'older words', updatedAt: T + 2000 })));
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [] });
    expect(await db.notes.get(fixedUuid(1))).toMatchObject({ text: 'my newer words' });
  });

  test('bad documents are skipped and reported; the good ones around them still arrive', async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    await replica.put(await sealRecord(key, fixedUuid(1), shared(1, SAM)));
    const tampered = await sealRecord(key, fixedUuid(2), shared(2, SAM));
    await replica.put({ ...tampered, sealed: tampered.sealed.slice(0, -4) + (tampered.sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA') });
    await replica.put(await sealRecord(await newKey(), fixedUuid(3), shared(3, SAM)));
    await replica.put({ _id: fixedUuid(4), text: 'plain words from an older client' });
    await replica.put(await sealRecord(key, fixedUuid(5), shared(5, SAM)));

    const report = await pullIncoming(replica, key, db, ALEX, 0);
    expect(report.applied).toEqual([fixedUuid(1), fixedUuid(5)]);
    expect(report.skipped.map(({ id, reason }) => ({ id, reason }))).toEqual([
      { id: fixedUuid(2), reason: 'refused' },
      { id: fixedUuid(3), reason: 'refused' },
      { id: fixedUuid(4), reason: 'shape' },
    ]);
    expect(await db.notes.count()).toBe(2);
  });

  test("PouchDB's own deletes and the connection check's documents are passed over, not reported", async () => {
    const [key, replica, db] = [await newKey(), newReplica(), newDatabase()];
    const check = await replica.put({ _id: 'hearth-check-1' });
    await replica.bulkDocs([{ _id: 'hearth-check-1', _rev: check.rev, _deleted: true }]);
    // Pulled in the moment between the check's write and its delete.
    await replica.put({ _id: 'hearth-check-2' });
    expect(await pullIncoming(replica, key, db, ALEX, 0)).toMatchObject({ applied: [], skipped: [] });
  });
});

describe('both browsers edited the same note while apart', () => {
  /** Two replicas that synced once, then each wrote its own revision of note 1. */
  async function divergedPair(key: CryptoKey, alexEdit: Partial<SharedNote>, samEdit: Partial<SharedNote>, alexEditsFirst = 0) {
    const [alex, sam] = [newReplica(), newReplica()];
    const base = await alex.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX)));
    await alex.replicate.to(sam);
    let rev = base.rev;
    // Earlier edits on Alex's side raise its revision's generation, which PouchDB's own pick prefers.
    for (let i = 0; i < alexEditsFirst; i++) rev = (await alex.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, { text: `draft ${i}`, updatedAt: T + 1000 + i }), rev))).rev;
    await alex.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, alexEdit), rev));
    await sam.put(await sealRecord(key, fixedUuid(1), shared(1, ALEX, samEdit), base.rev));
    await alex.sync(sam);
    return { alex, sam };
  }

  test("Hearth's rule, not PouchDB's: the later edit wins over a revision with more history", async () => {
    const key = await newKey();
    const { alex, sam } = await divergedPair(key, { text: 'earlier, on top of three drafts', updatedAt: T + 10_000 }, { text: 'later', updatedAt: T + 20_000 }, 3);
    // PouchDB alone keeps the revision with the longer history.
    expect(await sealedIn(alex, key, fixedUuid(1))).toMatchObject({ text: 'earlier, on top of three drafts' });

    const [alexDb, samDb] = [newDatabase(), newDatabase()];
    await pullIncoming(alex, key, alexDb, ALEX, 0);
    await pullIncoming(sam, key, samDb, SAM, 0);
    expect(await alexDb.notes.get(fixedUuid(1))).toMatchObject({ text: 'later' });
    expect(await samDb.notes.get(fixedUuid(1))).toMatchObject({ text: 'later' });
    expect(await sealedIn(alex, key, fixedUuid(1))).toMatchObject({ text: 'later' });
  });

  test.each<[string, Partial<SharedNote>, Partial<SharedNote>, Partial<NoteRecord> | 'deleted']>([
    ['the later edit wins', { text: 'earlier edit', updatedAt: T + 10_000 }, { text: 'later edit', updatedAt: T + 20_000 }, { text: 'later edit', updatedAt: T + 20_000 }],
    ['a later delete wins over an edit', { text: '', prompt: null, deletedAt: T + 30_000, updatedAt: T + 30_000 }, { text: 'edit', updatedAt: T + 20_000 }, 'deleted'],
    ['a later edit wins over a delete', { text: '', prompt: null, deletedAt: T + 10_000, updatedAt: T + 10_000 }, { text: 'kept after all', updatedAt: T + 20_000 }, { text: 'kept after all' }],
  ])('%s, the same on both sides, and the loser is removed', async (_label, alexEdit, samEdit, expected) => {
    const key = await newKey();
    const { alex, sam } = await divergedPair(key, alexEdit, samEdit);
    expect((await alex.get(fixedUuid(1), { conflicts: true }))._conflicts).toHaveLength(1);

    const [alexDb, samDb] = [newDatabase(), newDatabase()];
    const alexReport = await pullIncoming(alex, key, alexDb, ALEX, 0);
    const samReport = await pullIncoming(sam, key, samDb, SAM, 0);
    expect(alexReport.resolved).toEqual([fixedUuid(1)]);
    expect(samReport.resolved).toEqual([fixedUuid(1)]);

    const alexNote = await alexDb.notes.get(fixedUuid(1));
    const samNote = await samDb.notes.get(fixedUuid(1));
    if (expected === 'deleted') {
      expect([alexNote, samNote]).toEqual([undefined, undefined]);
      for (const db of [alexDb, samDb]) expect(await db.tombstones.toArray()).toEqual([{ id: fixedUuid(1), deletedAt: T + 30_000, updatedAt: T + 30_000 }]);
    } else {
      expect(alexNote).toMatchObject({ ...expected, author: 'me' });
      expect({ ...samNote, author: 'me' }).toEqual(alexNote);
      expect(samNote?.author).toBe('partner');
    }

    // Both removed the same loser; once they sync again no conflict is left anywhere.
    await alex.sync(sam);
    for (const replica of [alex, sam]) {
      const doc = await replica.get(fixedUuid(1), { conflicts: true });
      expect(doc._conflicts ?? []).toEqual([]);
      expect(await sealedIn(replica, key, fixedUuid(1))).toMatchObject({ updatedAt: alexNote?.updatedAt ?? T + 30_000 });
    }
  });
});
