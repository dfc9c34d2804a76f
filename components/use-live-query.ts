import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Runs a Dexie query and re-runs it whenever the data it read changes, in this
 * page or in any other page of the extension.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial?: T): LiveResult<T> {
  // A value read ahead of time (the week view's prefetch) shows at once; the query still runs and replaces it.
  const [result, setResult] = useState<LiveResult<T>>(() => (initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial }));
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return result;
}
