import { browser } from 'wxt/browser';

/** Key in storage.local under which the browser's answer is kept for the options page. */
export const PERSISTENCE_KEY = 'storagePersisted';

/**
 * Asks the browser not to evict Hearth's notes under storage pressure, and
 * records its answer. `persist()` exists only in pages, not in the worker.
 */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted || !storage.persist) return undefined;
  try {
    const granted = (await storage.persisted()) || (await storage.persist());
    await browser.storage.local.set({ [PERSISTENCE_KEY]: granted });
    return granted;
  } catch {
    return undefined;
  }
}
