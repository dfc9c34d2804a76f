import Dexie, { type EntityTable } from 'dexie';
import type { EveningOutcome } from '../evening-outcome';
import type { EveningState } from '../evening-state';
import type { ClockTime } from '../local-time';
import { watchBlockedUpgrade } from './open-guard';

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

/**
 * The log of one evening's window: the state the scheduler acts on, plus the
 * facts the reflection shows. One record per window occurrence.
 */
export interface EveningRecord extends EveningState {
  /** `${day}#${windowId}`: one record per evening and window, however often it is written. */
  id: string;
  start: number;
  end: number;
  startTime: ClockTime;
  endTime: ClockTime;
  snoozes: number;
  notesWritten: number;
  /** The user was seen active in a focused browser window during the window. */
  sawActivity: boolean;
  /** The evening was paused (holiday pause, or Hearth switched off). */
  paused: boolean;
  /** Set once the window has closed; null while it is still open. */
  outcome: EveningOutcome | null;
  updatedAt: number;
}

export const DATABASE_NAME = 'hearth';

/**
 * The schema, one version per change. Each later version must come with its
 * `upgrade` and a test that opens a database written by the version before
 * (tests/unit/db-upgrade.test.ts).
 */
export class HearthDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  evenings!: EntityTable<EveningRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // createdAt is indexed for the week and recent-notes range queries.
    this.version(1).stores({ notes: 'id, createdAt' });
    // v2: the evening log. `day` for the week view; `end` to find evenings
    // whose window closed while the log was never finished (a sleeping laptop).
    this.version(2).stores({ evenings: 'id, day, end' });
    watchBlockedUpgrade(this);
  }
}

let shared: HearthDatabase | undefined;

/** The extension's one database, opened on first use. */
export function getDatabase(): HearthDatabase {
  shared ??= new HearthDatabase();
  return shared;
}
