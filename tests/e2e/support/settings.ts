import { defaultSettings, type Settings } from '../../../utils/settings';
import type { ExtensionContext } from './database';

/** Stores settings the way the options page does: one validated object in storage.sync. */
export async function storeSettings(worker: ExtensionContext, overrides: Partial<Settings>): Promise<void> {
  const settings = { ...defaultSettings(), ...overrides };
  await worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
}

/** A window open from a minute ago for an hour (or one that starts in two hours), in the browser's own zone. */
export async function windowAroundNow(
  worker: ExtensionContext,
  { open, id = 'tonight' }: { open: boolean; id?: string },
): Promise<Settings['windows']> {
  const [start, end] = await worker.evaluate((isOpen) => {
    const clock = (offsetMinutes: number) => {
      const d = new Date(Date.now() + offsetMinutes * 60_000);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    };
    return isOpen ? [clock(-1), clock(59)] : [clock(120), clock(180)];
  }, open);
  // A new id makes a new evening, so each test starts with no nudges shown.
  return [{ id, days: [0, 1, 2, 3, 4, 5, 6], start, end }];
}

/** A one-hour window that closed `minutesAgo` minutes ago, in the browser's own zone: the evening a sleeping laptop missed. */
export async function windowThatEnded(
  context: ExtensionContext,
  { minutesAgo, id }: { minutesAgo: number; id: string },
): Promise<Settings['windows']> {
  const [start, end] = await context.evaluate((ago) => {
    const clock = (offsetMinutes: number) => {
      const d = new Date(Date.now() + offsetMinutes * 60_000);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    };
    return [clock(-ago - 60), clock(-ago)];
  }, minutesAgo);
  return [{ id, days: [0, 1, 2, 3, 4, 5, 6], start, end }];
}

/** A time zone in which it is about midday now, far from the default 21:00–22:00 window. */
export function zoneWhereItIsMidday(now = new Date()): string {
  const offset = ((12 - now.getUTCHours() + 36) % 24) - 12;
  // Etc/GMT zones count the other way: Etc/GMT-3 is three hours ahead of UTC.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** The evening log as stored, read straight from the extension's database. */
export async function eveningRecords(worker: ExtensionContext): Promise<Array<Record<string, unknown>>> {
  return worker.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('evenings')) return resolve([]);
          const all = db.transaction('evenings').objectStore('evenings').getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<Record<string, unknown>>);
            db.close();
          };
        };
      }),
  );
}
