import { describe, expect, test } from 'vitest';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { RELEASED_SCHEMAS, writeReleasedDatabase } from '../fixtures/schema-history';

describe('opening a database written by an earlier release', () => {
  test.each(RELEASED_SCHEMAS.map((s) => [s.version, s] as const))('from version %i keeps every note', async (version, schema) => {
    const name = `upgrade-from-v${version}-${crypto.randomUUID()}`;
    await writeReleasedDatabase(name, version);

    const db = new HearthDatabase(name);
    const notes = createNoteRepository(db);
    const all = await notes.listBetween(0, Number.MAX_SAFE_INTEGER);

    expect(all).toHaveLength(schema.seed.notes.length);
    for (const seeded of schema.seed.notes) {
      expect(await notes.get(seeded.id)).toMatchObject({ id: seeded.id, text: seeded.text, createdAt: seeded.createdAt });
    }
    const seededEvenings = 'evenings' in schema.seed ? schema.seed.evenings : [];
    for (const seeded of seededEvenings) expect(await db.evenings.get(seeded.id)).toEqual(seeded);
    const seededTombstones = 'tombstones' in schema.seed ? schema.seed.tombstones : [];
    for (const seeded of seededTombstones) expect(await db.tombstones.get(seeded.id)).toEqual(seeded);
    // And the upgraded database still takes new notes.
    await notes.add({ text: 'still here', source: 'popup' });
    expect(await notes.count()).toBe(schema.seed.notes.length + 1);
    db.close();
  });

  test('from version 2, deletes leave tombstones, and a deleted note stays out of every list', async () => {
    const name = `upgrade-tombstones-${crypto.randomUUID()}`;
    await writeReleasedDatabase(name, 2);

    const db = new HearthDatabase(name);
    const notes = createNoteRepository(db);
    const [seeded] = RELEASED_SCHEMAS[1].seed.notes;
    expect(await db.tombstones.count()).toBe(0);
    await notes.remove(seeded.id, Date.parse('2026-12-01T20:00:00Z'));

    expect(await notes.listRecent(10)).toEqual([]);
    expect(await notes.deletedNotes()).toEqual([{ id: seeded.id, deletedAt: Date.parse('2026-12-01T20:00:00Z'), updatedAt: Date.parse('2026-12-01T20:00:00Z') }]);
    db.close();
  });

  test('the current schema is the newest released one, or one past it', () => {
    const newest = Math.max(...RELEASED_SCHEMAS.map((s) => s.version));
    const current = new HearthDatabase(`version-${crypto.randomUUID()}`).verno;
    expect(current - newest).toBeGreaterThanOrEqual(0);
    expect(current - newest).toBeLessThanOrEqual(1);
  });
});
