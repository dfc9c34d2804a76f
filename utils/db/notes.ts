import { untouchedSinceWritten, type StoredNoteVersion } from '../notes/stale-draft';
import { checkNoteText } from '../notes/text';
import { createDeletionCommands } from './deleted-notes';
import { InvalidNoteError } from './note-errors';
import { openUnlessBlocked } from './open-guard';
import type { NoteRecord, NoteSource } from '../notes/record';
import type { HearthDatabase } from './schema';

export { InvalidNoteError } from './note-errors';

export interface NewNote {
  text: string;
  source: NoteSource;
  prompt?: string | null;
}

/**
 * The named queries and commands on notes. UI code calls these, never Dexie.
 * The commands a user waits on fail with a clear error when the database
 * can't open (open-guard.ts), rather than hang.
 */
export function createNoteRepository(db: HearthDatabase) {
  return {
    ...createDeletionCommands(db),

    /** Validates, trims and stores a new note. */
    async add(input: NewNote, now: number = Date.now()): Promise<NoteRecord> {
      const checked = checkNoteText(input.text);
      if (!checked.ok) throw new InvalidNoteError(checked.reason, checked.reason === 'too-long' ? checked.over : 0);
      await openUnlessBlocked(db);
      const note: NoteRecord = {
        id: crypto.randomUUID(),
        text: checked.text,
        createdAt: now,
        updatedAt: now,
        source: input.source,
        prompt: input.prompt ?? null,
      };
      await db.notes.add(note);
      return note;
    },

    /**
     * Stores a note under the id its writer chose. Sending the same id again
     * (a retry after the reply was lost) replaces the text instead of adding
     * a second note; `created` says whether a note was added. It never
     * overwrites a version someone else wrote since (issue 16, defect 10): the
     * same words then change nothing, and other words become a new note.
     * The id of a deleted note is refused ('deleted'): nothing brings it back.
     */
    async saveOnce(id: string, input: NewNote, now: number = Date.now()): Promise<{ note: NoteRecord; created: boolean }> {
      const checked = checkNoteText(input.text);
      if (!checked.ok) throw new InvalidNoteError(checked.reason, checked.reason === 'too-long' ? checked.over : 0);
      await openUnlessBlocked(db);
      const fresh = (noteId: string): NoteRecord => ({
        id: noteId,
        text: checked.text,
        createdAt: now,
        updatedAt: now,
        source: input.source,
        prompt: input.prompt ?? null,
      });
      return db.transaction('rw', db.notes, db.tombstones, async () => {
        if (await db.tombstones.get(id)) throw new InvalidNoteError('deleted');
        const existing = await db.notes.get(id);
        if (existing?.text === checked.text) return { note: existing, created: false };
        if (existing && untouchedSinceWritten(existing)) {
          // Both times anew, so the retried note still reads as untouched by anyone else.
          const note = { ...existing, text: checked.text, createdAt: now, updatedAt: now };
          await db.notes.put(note);
          return { note, created: false };
        }
        // Nothing stored yet; or a newer version, which stays, and the words get an id of their own.
        const note = fresh(existing ? crypto.randomUUID() : id);
        await db.notes.add(note);
        return { note, created: true };
      });
    },

    /**
     * What is stored under `id`, for telling a stale nudge draft from an
     * unsaved one. A deleted note answers { deleted: true } from its tombstone.
     */
    async versionOf(id: string): Promise<StoredNoteVersion | null> {
      return db.transaction('r', db.notes, db.tombstones, async () => {
        const note = await db.notes.get(id);
        if (note) return { deleted: false, text: note.text, createdAt: note.createdAt, updatedAt: note.updatedAt };
        return (await db.tombstones.get(id)) ? { deleted: true } : null;
      });
    },

    /**
     * Validates and stores many notes with their own creation times, all in
     * one transaction: every one is written, or none (a refused text throws
     * before anything is written). For seeding and bulk import, where adding
     * 100,000 notes one by one would take minutes.
     */
    async addMany(inputs: ReadonlyArray<NewNote & { createdAt: number }>): Promise<NoteRecord[]> {
      const notes = inputs.map((input): NoteRecord => {
        const checked = checkNoteText(input.text);
        if (!checked.ok) throw new InvalidNoteError(checked.reason, checked.reason === 'too-long' ? checked.over : 0);
        return {
          id: crypto.randomUUID(),
          text: checked.text,
          createdAt: input.createdAt,
          updatedAt: input.createdAt,
          source: input.source,
          prompt: input.prompt ?? null,
        };
      });
      await db.transaction('rw', db.notes, () => db.notes.bulkAdd(notes));
      return notes;
    },

    /** Replaces a note's text; its creation time and id stay. */
    async edit(id: string, text: string, now: number = Date.now()): Promise<NoteRecord> {
      const checked = checkNoteText(text);
      if (!checked.ok) throw new InvalidNoteError(checked.reason, checked.reason === 'too-long' ? checked.over : 0);
      await openUnlessBlocked(db);
      return db.transaction('rw', db.notes, async () => {
        const existing = await db.notes.get(id);
        if (!existing) throw new InvalidNoteError('not-found');
        const updated = { ...existing, text: checked.text, updatedAt: now };
        await db.notes.put(updated);
        return updated;
      });
    },

    async get(id: string): Promise<NoteRecord | undefined> {
      return db.notes.get(id);
    },

    /** Notes written in [from, to), newest first, by an indexed range query. */
    async listBetween(from: number, to: number): Promise<NoteRecord[]> {
      if (!(to > from)) return [];
      return db.notes.where('createdAt').between(from, to, true, false).reverse().toArray();
    },

    /**
     * The latest note written in [from, at], else the earliest in (at, to):
     * one note near an instant, found through the index without reading the
     * range, so resurfacing costs the same with 10 notes or 100,000.
     */
    async nearest(at: number, from: number, to: number): Promise<NoteRecord | undefined> {
      if (!(to > from)) return undefined;
      const clamped = Math.min(Math.max(at, from), to - 1);
      return (
        (await db.notes.where('createdAt').between(from, clamped, true, true).last()) ??
        (await db.notes.where('createdAt').between(clamped, to, false, false).first())
      );
    },

    /** The newest `limit` notes. */
    async listRecent(limit: number): Promise<NoteRecord[]> {
      return db.notes.orderBy('createdAt').reverse().limit(limit).toArray();
    },

    async count(): Promise<number> {
      return db.notes.count();
    },

    /**
     * How many notes were written after `instant` (all of them for null), up
     * to `cap`: reads at most `cap` index keys, never a note. A full count()
     * walks every record and holds the database's queue for ~80 ms at 100,000
     * notes, delaying every other query of the page behind it.
     */
    async countSince(instant: number | null, cap: number): Promise<number> {
      const since = instant === null ? db.notes.toCollection() : db.notes.where('createdAt').above(instant);
      return (await since.limit(cap).primaryKeys()).length;
    },

    /** When the oldest note was written, or null when there are none. */
    async firstCreatedAt(): Promise<number | null> {
      return (await db.notes.orderBy('createdAt').first())?.createdAt ?? null;
    },
  };
}

export type NoteRepository = ReturnType<typeof createNoteRepository>;
