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
  const matcher = typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text);
  await expect.poll(() => page.evaluate(pageText), { timeout }).toEqual(matcher);
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
