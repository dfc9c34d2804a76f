import { browser } from 'wxt/browser';
import { newWindowId } from './window-ids';

/** This install's id for its first window, in storage.local: never synced, so it stays this install's. */
export const INSTALL_WINDOW_ID_KEY = 'installWindowId';

/** The id this install gives its first window, made on first use and kept. */
export async function installWindowId(): Promise<string> {
  const stored = (await browser.storage.local.get(INSTALL_WINDOW_ID_KEY))[INSTALL_WINDOW_ID_KEY];
  if (typeof stored === 'string' && stored.length > 0) return stored;
  const id = newWindowId();
  await browser.storage.local.set({ [INSTALL_WINDOW_ID_KEY]: id });
  return id;
}
