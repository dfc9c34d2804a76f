import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/find-chromium';
import { killProfileProcesses } from './processes';

/** The production build; `npm test` builds it first. */
export const BUILD_DIR = resolve('.output/chrome-mv3');
/** The Firefox production build; `npm test` builds it for the Firefox lint. Never launched: tests read it. */
export const FIREFOX_BUILD_DIR = resolve('.output/firefox-mv3');
/** The test build (HEARTH_TEST_BUILD=1): host access granted at install, timers 60× faster. */
export const TEST_BUILD_DIR = resolve('.output/test/chrome-mv3');

export interface Hearth {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker: () => Promise<Worker>;
  openPopup: () => Promise<Page>;
  /** Closes the browser politely; the profile stays for a restart. */
  close: () => Promise<void>;
  /** Ends the browser the way a crash or power cut does; the profile stays for a restart. */
  kill: () => Promise<void>;
}

export interface LaunchOptions {
  /** Leave the onboarding tab of a fresh install open. */
  keepOnboarding?: boolean;
  /**
   * Turn on developer mode in a fresh profile. Without it, Chromium disables
   * an extension loaded from the command line when it reloads itself
   * (chrome.runtime.reload()), with DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION.
   */
  developerMode?: boolean;
  /** The browser's time zone (TZ), for a test that must know where in the day it is. */
  timeZone?: string;
  /**
   * The browser's UI language, e.g. 'de'. Headless Chromium on Linux takes it
   * from LANGUAGE, not from --lang (seen here), and only with Debian's
   * chromium-l10n installed; both are given.
   */
  language?: string;
  /** Extra Chromium flags (e.g. a NetLog for the privacy test). */
  args?: string[];
  /** The pages' viewport; Playwright's default 1280×720 makes a window larger than headless Chromium's screen. */
  viewport?: { width: number; height: number };
}

/** Starts headless Chromium with Hearth loaded, on a fresh profile unless one is given. */
export async function launchHearth(
  existingProfile?: string,
  buildDir: string = BUILD_DIR,
  { keepOnboarding = false, developerMode = false, timeZone, language, args = [], viewport = { width: 420, height: 640 } }: LaunchOptions = {},
): Promise<Hearth> {
  const profileDir = existingProfile ?? mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
  if (!existingProfile && developerMode) {
    mkdirSync(join(profileDir, 'Default'));
    writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs(buildDir, { headless: true }), ...(language ? [`--lang=${language}`] : []), ...args],
    viewport,
    ...(timeZone || language
      ? { env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}), ...(language ? { LANGUAGE: language.replace('-', '_') } : {}) } }
      : {}),
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  // A fresh install opens the onboarding tab; most tests want a plain browser.
  if (!existingProfile && !keepOnboarding) {
    const isOnboarding = (page: Page) => page.url().endsWith('/onboarding.html');
    const onboarding = context.pages().find(isOnboarding) ?? (await context.waitForEvent('page', { predicate: isOnboarding }));
    // Closing an extension page before it has loaded can leave Chromium's
    // next page in that process without its i18n messages; let it load first.
    await onboarding.waitForLoadState('load');
    await onboarding.close();
  }
  return {
    context,
    extensionId,
    profileDir,
    worker,
    openPopup: async () => {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      try {
        await page.getByRole('textbox', { name: 'Appreciation note' }).waitFor({ timeout: 10_000 });
      } catch (error) {
        const body = await page
          .evaluate(() => `${document.body.innerText} | i18n: ${chrome.i18n.getMessage("noteSave")}`)
          .catch(() => '?');
        throw new Error(`The popup did not become ready. ${problems.join(' | ')} Page text: ${body.slice(0, 1500)}`, { cause: error });
      }
      return page;
    },
    close: () => context.close(),
    kill: async () => {
      const closed = new Promise((resolve) => context.once('close', resolve));
      killProfileProcesses(profileDir);
      await closed;
    },
  };
}

/**
 * Reloads Hearth the way an update does (chrome.runtime.reload()), closing
 * its pages and starting a new worker, which it returns. Needs a profile
 * launched with `developerMode`.
 */
export async function reloadHearth(hearth: Hearth): Promise<Worker> {
  const next = hearth.context.waitForEvent('serviceworker', { timeout: 10_000 });
  // Called later, so that this evaluation returns before the worker goes.
  await (await hearth.worker()).evaluate(() => void setTimeout(() => chrome.runtime.reload(), 0));
  return next;
}

/** Removes a profile made by launchHearth. */
export function removeProfile(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}
