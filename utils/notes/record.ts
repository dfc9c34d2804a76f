/** Where a note was written. */
export type NoteSource = 'popup' | 'nudge' | 'import';

/** Whose note it is, seen from this browser. */
export type NoteAuthor = 'me' | 'partner';
/**
 * Marks a note as one of an evening's "Three good things" (issue 18). An
 * ordinary appreciation note with a label, so export, import and sharing
 * carry it as a note; the why, if any, is part of the note's text.
 */
export interface NoteRitual {
  kind: 'three-good-things';
  /** The reflection day (the evening) the three were written for, 'YYYY-MM-DD'. */
  day: string;
  /** 0, 1 or 2: its place among that evening's three. */
  index: number;
}

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
  /** Absent on ordinary notes: an unindexed optional field needs no schema version. */
  ritual?: NoteRitual;
}
