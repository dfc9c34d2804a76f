import type { Worker } from 'playwright-core';

/**
 * Anything that runs code with the extension's APIs and origin: the worker, or
 * an extension page, which keeps answering while the worker is stopped.
 */
export type ExtensionContext = Pick<Worker, 'evaluate'>;

/** Every record of one store of the extension's database, read with plain IndexedDB. */
export async function storedRecords(context: ExtensionContext, store: 'notes' | 'evenings'): Promise<Array<Record<string, unknown>>> {
  return context.evaluate(
    (name) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<Record<string, unknown>>);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** The text of every stored note, in no particular order. */
export async function storedNoteTexts(context: ExtensionContext): Promise<string[]> {
  return (await storedRecords(context, 'notes')).map((note) => String(note.text));
}

