import type { NoteSource } from '../notes/record';
import { NOTE_MAX_LENGTH, noteLength } from '../notes/text';
import { z } from '../platform/zod';

/** The longest author id: a UUID fits, with room to spare. */
export const AUTHOR_ID_MAX = 64;

const instant = z.number().int().nonnegative();

/**
 * What one shared note holds, all of it inside the ciphertext: who wrote it,
 * its words and its times. A delete is a record too (with `deletedAt` set
 * and no text; in Dexie it becomes the note's removal and its tombstone), so that it takes part in conflicts by its
 * `updatedAt` like an edit does. `kind` leaves room for the connection-hour
 * windows the couple shares later.
 */
const sharedNoteSchema = z
  .strictObject({
    kind: z.literal('note'),
    author: z.string().min(1).max(AUTHOR_ID_MAX),
    source: z.enum(['popup', 'nudge', 'import'] satisfies NoteSource[]),
    text: z.string().refine((text) => noteLength(text) <= NOTE_MAX_LENGTH, 'text too long'),
    prompt: z.string().max(500).nullable(),
    createdAt: instant,
    updatedAt: instant,
    deletedAt: instant.nullable(),
  })
  .refine((note) => note.updatedAt >= note.createdAt, 'updatedAt before createdAt')
  .refine((note) => (note.deletedAt === null ? note.text.trim().length > 0 : note.text === ''), 'text must be set unless deleted')
  // Hearth trims every note it stores; untrimmed words would come back changed from a backup.
  .refine((note) => note.text === note.text.trim(), 'text must be trimmed')
  .refine((note) => note.deletedAt === null || note.deletedAt <= note.updatedAt, 'deletedAt after updatedAt');

export type SharedNote = z.infer<typeof sharedNoteSchema>;

// A new NoteSource must be added to the schema above (a type error otherwise).
const _everySource: Record<NoteSource, true> = { popup: true, nudge: true, import: true } satisfies Record<SharedNote['source'], true>;

/** Everything a couple shares. One kind so far. */
export type SharedRecord = SharedNote;

/** The record in `value`, or the reason it isn't one (for a report, not for users). */
export function parseSharedRecord(value: unknown): { ok: true; record: SharedRecord } | { ok: false; detail: string } {
  const parsed = sharedNoteSchema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, detail: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`).join('; ') };
}
