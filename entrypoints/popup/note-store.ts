import { createNoteRepository, type NoteRepository } from '../../utils/db/notes';
import { followWhenOpen } from '../../utils/db/live-read';
import { getDatabase } from '../../utils/db/schema';
import type { NoteRecord } from '../../utils/notes/record';

/** The popup's view of the notes database. Loaded after the first paint: Dexie is most of the popup's code. */
export interface NoteStore {
  repository: NoteRepository;
  /**
   * Follows the newest `limit` notes as they change, in any page of the
   * extension. While the database can't open (a blocked upgrade), `error`
   * says so, and the notes follow once it opens.
   */
  watchRecent: (limit: number, next: (notes: NoteRecord[]) => void, error: (error: unknown) => void) => () => void;
}

export function createNoteStore(): NoteStore {
  const db = getDatabase();
  const repository = createNoteRepository(db);
  return {
    repository,
    watchRecent: (limit, next, error) => followWhenOpen(db, () => repository.listRecent(limit), next, error),
  };
}
