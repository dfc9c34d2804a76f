import Dexie, { type EntityTable } from 'dexie';

/** Where a note was written. */
export type NoteSource = 'popup' | 'nudge' | 'import';

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
}

export const DATABASE_NAME = 'hearth';

/**
 * The schema, one version per change. Each later version must come with its
 * `upgrade` and a test that opens a database written by the version before
 * (tests/unit/db-upgrade.test.ts).
 */
export class HearthDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // createdAt is indexed for the week and recent-notes range queries.
    this.version(1).stores({ notes: 'id, createdAt' });
  }
}

let shared: HearthDatabase | undefined;

/** The extension's one database, opened on first use. */
export function getDatabase(): HearthDatabase {
  shared ??= new HearthDatabase();
  return shared;
}
