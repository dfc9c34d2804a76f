import { liveQuery } from 'dexie';
import { createNoteRepository, type NoteRepository } from '../../utils/db/notes';
import { getDatabase, type NoteRecord } from '../../utils/db/schema';

/** The popup's view of the notes database. Loaded after the first paint: Dexie is most of the popup's code. */
export interface NoteStore {
  repository: NoteRepository;
  /** Follows the newest `limit` notes as they change, in any page of the extension. */
  watchRecent: (limit: number, next: (notes: NoteRecord[]) => void, error: (error: unknown) => void) => () => void;
}

export function createNoteStore(): NoteStore {
  const repository = createNoteRepository(getDatabase());
  return {
    repository,
    watchRecent(limit, next, error) {
      const subscription = liveQuery(() => repository.listRecent(limit)).subscribe({ next, error });
      return () => subscription.unsubscribe();
    },
  };
}
