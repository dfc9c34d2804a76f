import { liveQuery } from 'dexie';
import type Dexie from 'dexie';
import { whenOpen } from './open-guard';

/**
 * Follows `query` as the data changes, in any page of the extension, once
 * `db` is open. While the open is stuck behind a blocked upgrade, `error`
 * says so (whenOpen) instead of the reader waiting in silence; the query
 * starts as soon as the open completes. Returns the unsubscribe.
 */
export function followWhenOpen<T>(db: Dexie, query: () => Promise<T>, next: (value: T) => void, error: (error: unknown) => void): () => void {
  let unsubscribe: (() => void) | undefined;
  const cancel = whenOpen(
    db,
    () => {
      const subscription = liveQuery(query).subscribe({ next, error });
      unsubscribe = () => subscription.unsubscribe();
    },
    error,
  );
  return () => {
    cancel();
    unsubscribe?.();
  };
}
