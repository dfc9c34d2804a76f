import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox, GECKO_ID, UNPACKED_INSTALL_PREFS } from '../../../scripts/lib/find-firefox';
import type { CardReader, DriverPage, HearthBrowser, LaunchHearth } from './driver';
import { bidiOf, contextOf, evaluateInBrowserChrome, topLevelContexts } from './firefox-bidi';
import { FirefoxCard } from './firefox-card';
import { FirefoxPage } from './firefox-page';
import { pollUntil } from './poll';

/** The Firefox builds; `npm test` makes both (`build:firefox`, `build:test`). */
export const FIREFOX_BUILDS = { shipped: resolve('.output/firefox-mv3'), test: resolve('.output/test/firefox-mv3') } as const;

/** Pinned for a fresh profile, so every run knows Hearth's moz-extension:// address. */
const EXTENSION_UUID = '3e7a0c52-6f2b-4c1e-9a4d-8b5f1d2e6c70';

class FirefoxHearth implements HearthBrowser {
  readonly name = 'firefox';
  private extensionPage: FirefoxPage | undefined;

  constructor(
    readonly browser: Browser,
    readonly profileDir: string,
    readonly origin: string,
    readonly downloadDir: string,
  ) {}

  async extension(): Promise<DriverPage> {
    if (!this.extensionPage || (await this.extensionPage.isClosed())) this.extensionPage = await this.open(`${this.origin}/popup.html`);
    return this.extensionPage;
  }

  openExtensionPage(path: string): Promise<DriverPage> {
    return this.open(`${this.origin}/${path}`);
  }

  openWebPage(url: string): Promise<DriverPage> {
    return this.open(url);
  }

  async waitForExtensionPage(path: string, timeoutMs = 10_000): Promise<DriverPage> {
    const url = `${this.origin}/${path}`;
    return pollUntil(
      async () => {
        const context = (await topLevelContexts(this.browser)).find((c) => c.url === url);
        if (!context) return null;
        const page = (await this.browser.pages()).find((p) => contextOf(p) === context.context);
        return page ? new FirefoxPage(this.browser, page) : null;
      },
      { timeout: timeoutMs, message: `Hearth never opened ${path}` },
    );
  }

  async card(page: DriverPage): Promise<CardReader> {
    return new FirefoxCard(bidiOf(this.browser), (page as FirefoxPage).context);
  }

  async preferColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    // Firefox's own overrides of what the system asks for, applied to open pages at once.
    await evaluateInBrowserChrome(
      this.browser,
      `(Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1}), Services.prefs.setIntPref('ui.prefersReducedMotion', 1), true)`,
    );
  }

  async stopBackground(): Promise<void> {
    // What about:debugging's "Terminate background script" does; the next event starts it again.
    const state = await evaluateInBrowserChrome<string>(
      this.browser,
      `(async () => { const e = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension; await e.terminateBackground({ disableResetIdleForTest: true }); return e.backgroundState; })()`,
    );
    if (state !== 'stopped') throw new Error(`Hearth's background is ${state}, not stopped`);
  }

  async download(_page: DriverPage, action: () => Promise<void>): Promise<{ name: string; text: string }> {
    // Firefox puts an empty file at the final path as soon as a download
    // starts; only its download list says when the file is complete.
    const finished = () =>
      evaluateInBrowserChrome<string[]>(
        this.browser,
        `(async () => { const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs'); return (await (await Downloads.getList(Downloads.ALL)).getAll()).filter((d) => d.succeeded).map((d) => d.target.path); })()`,
      );
    const before = new Set(await finished());
    await action();
    const path = await pollUntil(async () => (await finished()).find((file) => !before.has(file)) ?? null, { message: 'no file was downloaded' });
    return { name: basename(path), text: readFileSync(path, 'utf8') };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async open(url: string): Promise<FirefoxPage> {
    const page = new FirefoxPage(this.browser, await this.browser.newPage());
    await page.navigate(url);
    await page.bringToFront();
    return page;
  }
}

/** What every test launch asks of Firefox; Hearth's own install comes on top. */
function launchOptions(profileDir: string, extraPrefs: Record<string, unknown> = {}): Parameters<typeof puppeteer.launch>[0] {
  return {
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    // moz-extension:// pages and Firefox's own window are reachable only with this.
    args: ['--remote-allow-system-access'],
    dumpio: process.env.HEARTH_E2E_CONSOLE === '1',
    extraPrefsFirefox: {
      ...UNPACKED_INSTALL_PREFS,
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      ...extraPrefs,
    },
  };
}

let template: Promise<string> | undefined;

/**
 * A profile Firefox has started in once, without Hearth. Each fresh profile
 * is a copy of it: Firefox's first start on an empty profile (databases,
 * caches) took about half of every launch.
 */
function templateProfile(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-firefox-template-'));
    await (await puppeteer.launch(launchOptions(dir))).close();
    return dir;
  })();
  return template;
}

/** Removes the template profile; call it once the file's last browser has closed. */
export async function removeTemplateProfile(): Promise<void> {
  if (!template) return;
  const dir = await template.catch(() => null);
  template = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts headless Firefox with Hearth installed for good from the unpacked
 * build (see UNPACKED_INSTALL_PREFS), on a fresh profile unless one is given.
 * A fresh install's onboarding tab is closed: it would leave the test's tabs
 * in the background, where Firefox throttles their timers.
 */
export const launchFirefoxHearth: LaunchHearth = async ({ build = 'shipped', profileDir: existing } = {}) => {
  const profileDir = existing ?? mkdtempSync(join(tmpdir(), 'hearth-firefox-'));
  if (!existing) cpSync(await templateProfile(), profileDir, { recursive: true });
  const downloadDir = join(profileDir, 'downloads');
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  mkdirSync(downloadDir, { recursive: true });
  writeFileSync(join(profileDir, 'extensions', GECKO_ID), FIREFOX_BUILDS[build]);
  const browser = await puppeteer.launch(
    launchOptions(profileDir, {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    }),
  );
  try {
    // The address Firefox really gave Hearth (the pin holds only for a profile's first install).
    const host = await pollUntil(
      () => evaluateInBrowserChrome<string | null>(browser, `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)})?.mozExtensionHostname ?? null`),
      { message: 'Firefox did not install Hearth' },
    );
    const origin = `moz-extension://${host}`;
    if (!existing) {
      const onboarding = await pollUntil(
        async () => (await topLevelContexts(browser)).find((c) => c.url === `${origin}/onboarding.html`) ?? null,
        { message: 'Hearth did not open its onboarding on install' },
      );
      await bidiOf(browser).send('browsingContext.close', { context: onboarding.context });
    }
    return new FirefoxHearth(browser, profileDir, origin, downloadDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
};
