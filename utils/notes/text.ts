/** The longest note Hearth stores, counted in characters as a person sees them. */
export const NOTE_MAX_LENGTH = 2000;

/** From this length on, the form shows a counter. */
export const NOTE_COUNTER_FROM = 1800;

export type NoteTextCheck =
  | { ok: true; text: string; length: number }
  | { ok: false; reason: 'empty'; length: 0 }
  | { ok: false; reason: 'too-long'; length: number; over: number };

/**
 * Counts code points, not UTF-16 units, so an emoji counts as one character,
 * as the user would count it.
 */
export function noteLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Trims the text and checks it is neither empty nor longer than the limit. */
export function checkNoteText(raw: string): NoteTextCheck {
  const text = raw.trim();
  const length = noteLength(text);
  if (length === 0) return { ok: false, reason: 'empty', length: 0 };
  if (length > NOTE_MAX_LENGTH) {
    return { ok: false, reason: 'too-long', length, over: length - NOTE_MAX_LENGTH };
  }
  return { ok: true, text, length };
}
