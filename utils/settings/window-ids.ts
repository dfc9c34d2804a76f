import { browser } from 'wxt/browser';
import type { Settings } from './types';

/** The id every install used to give its first window: evenings of two devices then shared ids (#16). */
export const SHARED_WINDOW_ID = 'default';

/** This install's id for its first window, in storage.local: never synced, so it stays this install's. */
export const INSTALL_WINDOW_ID_KEY = 'installWindowId';

/** A window id no other install will choose. */
export function newWindowId(): string {
  return `w-${crypto.randomUUID()}`;
}

/** The id this install gives its first window, made on first use and kept. */
export async function installWindowId(): Promise<string> {
  const stored = (await browser.storage.local.get(INSTALL_WINDOW_ID_KEY))[INSTALL_WINDOW_ID_KEY];
  if (typeof stored === 'string' && stored.length > 0) return stored;
  const id = newWindowId();
  await browser.storage.local.set({ [INSTALL_WINDOW_ID_KEY]: id });
  return id;
}

/** The settings with the shared id replaced by `id`; the same object when no window has it. */
export function withoutSharedWindowId(settings: Settings, id: string): Settings {
  if (!settings.windows.some((window) => window.id === SHARED_WINDOW_ID)) return settings;
  const taken = settings.windows.some((window) => window.id === id);
  const unique = taken ? newWindowId() : id;
  return { ...settings, windows: settings.windows.map((window) => (window.id === SHARED_WINDOW_ID ? { ...window, id: unique } : window)) };
}
