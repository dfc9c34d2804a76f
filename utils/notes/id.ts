/**
 * A random (version 4) UUID for a new note. crypto.randomUUID exists only in
 * secure contexts, and the nudge card also runs on plain http:// pages, whose
 * context its content script shares; getRandomValues works everywhere.
 */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const NOTE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can name a note: a UUID, as every writer of notes makes and backups require. */
export function isNoteId(id: string): boolean {
  return NOTE_ID.test(id);
}
