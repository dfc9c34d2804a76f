import Dexie, { type EntityTable } from 'dexie';
import type { EveningRecord } from '../evening/record';
import type { NoteRecord } from '../notes/record';
import type { TombstoneRecord } from '../notes/tombstone';
import { watchBlockedUpgrade } from './open-guard';

export const DATABASE_NAME = 'hearth';

/**
 * The schema, one version per change. Each later version must come with its
 * `upgrade` and a test that opens a database written by the version before
 * (tests/unit/db-upgrade.test.ts).
 */
export class HearthDatabase extends Dexie {
  notes!: EntityTable<NoteRecord, 'id'>;
  evenings!: EntityTable<EveningRecord, 'id'>;
  tombstones!: EntityTable<TombstoneRecord, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // createdAt is indexed for the week and recent-notes range queries.
    this.version(1).stores({ notes: 'id, createdAt' });
    // v2: the evening log. `day` for the week view; `end` to find evenings
    // whose window closed while the log was never finished (a sleeping laptop).
    this.version(2).stores({ evenings: 'id, day, end' });
    // v3: deleted notes' tombstones, so import and sharing never bring a
    // deleted note back. `undoUntil` exists only while the delete can be
    // undone, so the index holds just those few and a purge finds them at
    // once. A new table changes no record: no upgrade function is needed.
    this.version(3).stores({ tombstones: 'id, undoUntil' });
    watchBlockedUpgrade(this);
  }
}

let shared: HearthDatabase | undefined;

/** The extension's one database, opened on first use. */
export function getDatabase(): HearthDatabase {
  shared ??= new HearthDatabase();
  return shared;
}
