import type { Page, Worker } from 'playwright-core';

/**
 * Anything that runs code with the extension's APIs and origin: the worker, or
 * an extension page, which keeps answering while the worker is stopped.
 */
export type ExtensionContext = Pick<Worker, 'evaluate'>;

/** Every record of one store of the extension's database, read with plain IndexedDB. */
export async function storedRecords(context: ExtensionContext, store: 'notes' | 'evenings' | 'tombstones'): Promise<Array<Record<string, unknown>>> {
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

/** A schema as it shipped (tests/fixtures/schema-history.ts): Dexie's store syntax and the records it wrote. */
export interface ReleasedSchema {
  version: number;
  stores: Readonly<Record<string, string>>;
  seed: Readonly<Record<string, ReadonlyArray<object>>>;
}

/**
 * Replaces the extension's database with one exactly as a released version
 * left it: plain IndexedDB at that version's number (Dexie stores version n
 * as n × 10), with its stores, indexes and records. Run it in an extension
 * page. With `hold`, the connection stays open and ignores requests to close,
 * like a page of that release left open somewhere; releaseHeldDatabase()
 * closes it.
 */
export async function writeReleasedDatabase(page: Page, schema: ReleasedSchema, { hold = false } = {}): Promise<void> {
  await page.evaluate(
    ({ version, stores, seed, hold: keepOpen }) =>
      new Promise<void>((resolve, reject) => {
        // Queued together, so nothing can recreate the database in between.
        indexedDB.deleteDatabase('hearth');
        const request = indexedDB.open('hearth', version * 10);
        request.onerror = () => reject(request.error);
        request.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            // Dexie's syntax: the primary key first ('++' auto-increment), then indexes ('&' unique, '*' multi-entry, '[a+b]' compound).
            const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
            const keyPath = (key: string) => (key.startsWith('[') ? key.slice(1, -1).split('+') : key);
            const autoIncrement = primary.startsWith('++');
            const store = request.result.createObjectStore(name, {
              keyPath: primary.replace(/^\+\+/, '') ? keyPath(primary.replace(/^\+\+/, '')) : undefined,
              autoIncrement,
            });
            for (const index of indexes.filter(Boolean)) {
              const bare = index.replace(/^[&*]/, '');
              store.createIndex(bare, keyPath(bare), { unique: index.startsWith('&'), multiEntry: index.startsWith('*') });
            }
          }
        };
        request.onsuccess = () => {
          const db = request.result;
          const names = Object.keys(seed);
          const done = () => {
            if (keepOpen) {
              db.onversionchange = () => undefined;
              (globalThis as { heldHearthDatabase?: IDBDatabase }).heldHearthDatabase = db;
            } else db.close();
            resolve();
          };
          if (names.length === 0) return done();
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) for (const record of seed[name] ?? []) tx.objectStore(name).add(record);
          tx.oncomplete = done;
          tx.onerror = () => reject(tx.error);
        };
      }),
    { version: schema.version, stores: { ...schema.stores }, seed: Object.fromEntries(Object.entries(schema.seed).map(([k, v]) => [k, [...v]])), hold },
  );
}

/** Closes the connection writeReleasedDatabase({ hold: true }) kept open. */
export async function releaseHeldDatabase(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as { heldHearthDatabase?: IDBDatabase }).heldHearthDatabase?.close());
}
