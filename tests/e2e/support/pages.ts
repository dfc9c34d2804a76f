import type { Page, Worker } from 'playwright-core';
import type { Hearth } from './hearth';

/** Opens the options page in a tab and waits until the settings form is on it. */
export async function openOptions(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/options.html`);
  await waitForOptions(page);
  return page;
}

/** Waits until an options page (opened by the test or by Hearth) shows its settings and status. */
export async function waitForOptions(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.getByLabel('Snooze for (minutes)').waitFor({ timeout: 10_000 });
  await page.getByRole('heading', { name: 'Status' }).waitFor({ timeout: 10_000 });
}

/** The settings object as stored in storage.sync, or undefined while the defaults are in force. */
export async function storedSettings(worker: Worker): Promise<Record<string, unknown> | undefined> {
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);
}

/** Every note as stored, read straight from the extension's database. */
export async function storedNotes(worker: Worker): Promise<Array<{ id: string; text: string; createdAt: number }>> {
  return worker.evaluate(
    () =>
      new Promise<Array<{ id: string; text: string; createdAt: number }>>((resolve, reject) => {
        const request = indexedDB.open('hearth');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('notes')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<{ id: string; text: string; createdAt: number }>);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Writes a note through the popup, as a user does: type, then Ctrl+Enter. */
export async function writeNote(popup: Page, text: string): Promise<void> {
  const field = popup.getByRole('textbox', { name: 'Appreciation note' });
  await field.fill(text);
  await field.press('Control+Enter');
  await popup.getByText('Saved. Ready for the next one.').waitFor();
}

/** The texts of the popup's recent notes, newest first. */
export function recentNoteTexts(popup: Page): Promise<string[]> {
  return popup.getByRole('list', { name: 'Recent notes' }).locator('.note-text').allTextContents();
}

/**
 * Sets Hearth's site access the way a user does in chrome://extensions
 * ("Site access: On click" withholds host access, "On all sites" gives it
 * back), through that page's own developerPrivate API. No prompt is involved,
 * and the extension sees permissions.onRemoved / onAdded as in real use.
 * It works only on the test build, whose host access is declared required:
 * an optional origin can't be granted this way (nor by permissions.remove's
 * counterpart), which is why the request flow is tested with fakeBrowser.
 */
export async function setSiteAccess(hearth: Hearth, access: 'ON_CLICK' | 'ON_ALL_SITES'): Promise<void> {
  const page = await hearth.context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      ([extensionId, hostAccess]) =>
        (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.updateExtensionConfiguration({
          extensionId,
          hostAccess,
        }),
      [hearth.extensionId, access] as const,
    );
  } finally {
    await page.close();
  }
}

interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
}
