/** Where a note was written. */
export type NoteSource = 'popup' | 'nudge' | 'import';

/** Whose note it is, seen from this browser. */
export type NoteAuthor = 'me' | 'partner';

/** One appreciation note, as stored. Times are epoch milliseconds. */
export interface NoteRecord {
  /** A UUID, so the note keeps its identity across export and import. */
  id: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  source: NoteSource;
  /** The prompt the note answered, if any. */
  prompt: string | null;
  /** Absent on notes written before sharing: those are the user's own. */
  author?: NoteAuthor;
}
