import { rmSync } from 'node:fs';
import { afterEach, expect } from 'vitest';
import { defaultSettings, type Settings } from '../../../utils/settings';
import type { DriverPage, HearthBrowser, LaunchHearth, LaunchOptions } from '../support/driver';
import { findByRole, pageText, type ByRole } from '../support/page-queries';

/**
 * Starts browsers for one journey file and, after each test, closes them and
 * removes their profiles. `start({ profileDir })` is a restart on a kept profile.
 */
export function useBrowsers(launch: LaunchHearth): (options?: LaunchOptions) => Promise<HearthBrowser> {
  const running: HearthBrowser[] = [];
  const profiles = new Set<string>();
  afterEach(async () => {
    for (const browser of running.splice(0)) await browser.close().catch(() => undefined);
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
    profiles.clear();
  });
  return async (options) => {
    const browser = await launch(options);
    running.push(browser);
    profiles.add(browser.profileDir);
    return browser;
  };
}

/** Waits until the page's visible text includes `text` (or matches it). */
export async function waitForText(page: DriverPage, text: string | RegExp, timeout?: number): Promise<void> {
  const found = (seen: string) => (typeof text === 'string' ? seen.includes(text) : text.test(seen));
  let seen = '';
  await expect
    .poll(async () => found((seen = await page.evaluate(pageText))), { timeout, message: `never saw ${String(text)}; the page said: ${seen}` })
    .toBe(true)
    .catch((error: Error) => {
      throw new Error(`Never saw "${String(text)}". The page said: ${seen.slice(0, 1500)}`, { cause: error });
    });
}

/** Opens the popup and waits until its note field has the focus, as it does for a user. */
export async function openPopup(browser: HearthBrowser): Promise<DriverPage> {
  const popup = await browser.openExtensionPage('popup.html');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('note-text');
  return popup;
}

/** Evaluates an expression in the page and brings its value back through JSON. */
export async function evaluateJson<T>(page: DriverPage, expression: string): Promise<T> {
  return JSON.parse(String(await page.evaluateScript(`(async () => JSON.stringify(await (${expression})))()`))) as T;
}

/** The texts of the elements matching `selector` inside the control with that role and name (none if it isn't there). */
export function textsWithin(page: DriverPage, query: ByRole, selector: string): Promise<string[]> {
  return evaluateJson(
    page,
    `[...((${findByRole.toString()})(${JSON.stringify(query)})?.querySelectorAll(${JSON.stringify(selector)}) ?? [])].map((e) => e.textContent.trim())`,
  );
}

/** Waits until the control with that role and name is on the page. */
export async function waitForControl(page: DriverPage, query: ByRole): Promise<void> {
  await expect
    .poll(() => evaluateJson<boolean>(page, `(${findByRole.toString()})(${JSON.stringify(query)}) !== null`), {
      message: `no ${query.role} named ${query.name ?? query.pattern}`,
    })
    .toBe(true);
}

/** The popup's recent notes, newest first. */
export function recentNotes(popup: DriverPage): Promise<string[]> {
  return textsWithin(popup, { role: 'list', name: 'Recent notes' }, '.note-text');
}

/** Writes a note in the popup with the keyboard alone: type, then Ctrl+Enter. */
export async function writeNote(popup: DriverPage, text: string): Promise<void> {
  await popup.focus({ role: 'textbox', name: 'Appreciation note' });
  await popup.type(text);
  await popup.press('Control+Enter');
  await expect.poll(() => recentNotes(popup)).toContain(text);
}

/** The value of the popup's note field. */
export function noteFieldValue(popup: DriverPage): Promise<string | undefined> {
  return popup.evaluate(() => document.querySelector<HTMLTextAreaElement>('#note-text')?.value);
}

/** Settings as the options page stores them: the defaults with these changes. Store them with chrome.storage.sync.set({ settings }). */
export function settingsWith(overrides: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...overrides };
}

/** The text of every stored note, read with plain IndexedDB from an extension page, sorted. */
export async function storedNoteTexts(extension: DriverPage): Promise<string[]> {
  const texts = await extension.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
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
            resolve((all.result as Array<{ text: string }>).map((note) => note.text));
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  return texts.sort();
}

/** Settings as stored in storage.sync, or undefined while the defaults are in force. */
export function storedSettings(extension: DriverPage): Promise<Partial<Settings> | undefined> {
  return extension.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Partial<Settings> | undefined);
}

/** A window that opened a minute ago (open) or opens in two hours, for an hour, in the browser's own zone; with its start as a time. */
export async function windowAroundNow(extension: DriverPage, open: boolean, id: string): Promise<{ windows: Settings['windows']; startsAt: number }> {
  const { start, end, startsAt } = await extension.evaluate((isOpen) => {
    const at = (offsetMinutes: number) => {
      const d = new Date(Date.now() + offsetMinutes * 60_000);
      d.setSeconds(0, 0);
      return d;
    };
    const clock = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    const [from, to] = isOpen ? [at(-1), at(59)] : [at(120), at(180)];
    return { start: clock(from), end: clock(to), startsAt: from.getTime() };
  }, open);
  return { windows: [{ id, days: [0, 1, 2, 3, 4, 5, 6], start, end }], startsAt };
}
