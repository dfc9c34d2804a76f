import type { Settings } from '../settings';
import { z } from '../platform/zod';

/**
 * The typed protocol between Hearth's nudge UIs (in-page card, fallback
 * window) and the background. Both ends import this file, and the background
 * validates every message against it before acting.
 */
const nudgeAction = z.enum(['put-down', 'snooze', 'dismiss']);
const nudgeId = z.string().min(1).max(100);
/** Chosen by the nudge UI for the note being written, and kept with its draft, so a retried save can't store it twice. */
const noteId = z.uuid();
const noteText = z.string().max(20_000);
/** Three good things as typed (issue 18), each with the note id chosen for it, as noteId above. */
const goodThings = z
  .object({
    ids: z.array(noteId).length(3),
    entries: z.array(z.object({ thing: noteText, why: noteText }).strict()).length(3),
  })
  .strict();

const toBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('settings/get') }).strict(),
  z.object({ type: z.literal('nudge/get') }).strict(),
  z.object({ type: z.literal('nudge/act'), nudgeId, action: nudgeAction }).strict(),
  z.object({ type: z.literal('nudge/note'), nudgeId, noteId, text: noteText }).strict(),
  // The note field's text as it is typed; an empty text drops the draft.
  z.object({ type: z.literal('nudge/draft'), noteId, text: noteText }).strict(),
  z.object({ type: z.literal('nudge/good-things'), nudgeId, goodThings }).strict(),
  // The three fields as they are typed; all empty drops the draft.
  z.object({ type: z.literal('nudge/good-things-draft'), goodThings }).strict(),
]);

export type NudgeAction = z.infer<typeof nudgeAction>;
export type MessageToBackground = z.infer<typeof toBackground>;

/** A note begun in a nudge and not yet saved. */
export interface NudgeDraft {
  noteId: string;
  text: string;
}

/** Three good things begun in a nudge and not yet kept. */
export type GoodThingsDraft = z.infer<typeof goodThings>;

/** What a nudge UI needs to show itself. */
export interface NudgeContent {
  nudgeId: string;
  prompt: string;
  names: { me: string; partner: string };
  snoozeMinutes: number;
  theme: Settings['theme'];
  /** The unsaved note from an earlier nudge, to continue. */
  draft: NudgeDraft | null;
  /** Three good things begun in an earlier nudge, to continue. */
  goodThingsDraft: GoodThingsDraft | null;
  /** The prompt is "Three good things": the card opens the three fields. */
  opensGoodThings: boolean;
}

export type NoteReply = { ok: true } | { ok: false; message: string };

/** The reply type for each message. */
export interface Replies {
  /** The validated settings, so a page can read them without loading the validator itself. */
  'settings/get': Settings;
  'nudge/get': NudgeContent | null;
  'nudge/act': { ok: boolean };
  'nudge/note': NoteReply;
  'nudge/draft': { ok: boolean };
  'nudge/good-things': NoteReply;
  'nudge/good-things-draft': { ok: boolean };
}

/** Messages the background sends to a tab that shows the card. */
export type MessageToCard = { type: 'nudge/close' | 'nudge/focus'; nudgeId: string };

/** The message if it is well formed, else null. Anything else is ignored. */
export function parseMessageToBackground(raw: unknown): MessageToBackground | null {
  const parsed = toBackground.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Only Hearth's own pages and scripts may talk to the background. */
export function isFromThisExtension(sender: { id?: string }, extensionId: string): boolean {
  return sender.id === extensionId;
}
