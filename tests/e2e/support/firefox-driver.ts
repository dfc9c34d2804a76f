import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { findFirefox, GECKO_ID, UNPACKED_INSTALL_PREFS } from '../../../scripts/lib/find-firefox';
import type { CardReader, DriverPage, HearthBrowser, LaunchHearth } from './driver';
import { FirefoxCard } from './firefox-card';
import { findByRole, type ByRole } from './page-queries';
import { pollUntil } from './poll';

/** The Firefox builds; `npm test` makes both (`build:firefox`, `build:test`). */
export const FIREFOX_BUILDS = { shipped: resolve('.output/firefox-mv3'), test: resolve('.output/test/firefox-mv3') } as const;

/** Pinned for a fresh profile, so every run knows Hearth's moz-extension:// address. */
const EXTENSION_UUID = '3e7a0c52-6f2b-4c1e-9a4d-8b5f1d2e6c70';

/** WebDriver BiDi, as Puppeteer's BiDi connection carries it (an internal of the exact version pinned in package.json). */
interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
interface TreeContext {
  context: string;
  url: string;
}

const bidiOf = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Every top-level tab and window's browsing context, with its real URL (Puppeteer's page.url() misses moz-extension:// navigations). */
async function topLevelContexts(browser: Browser): Promise<TreeContext[]> {
  const { result } = await bidiOf(browser).send('browsingContext.getTree', { maxDepth: 0 });
  return result.contexts as TreeContext[];
}

/**
 * Runs privileged code in Firefox's own browser window (allowed by
 * --remote-allow-system-access), for what no web or extension page can do,
 * such as stopping an add-on's background. The expression's value comes back as JSON.
 */
async function evaluateInBrowserChrome<T>(browser: Browser, expression: string): Promise<T> {
  const bidi = bidiOf(browser);
  const { result: tree } = await bidi.send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
  const [window] = tree.contexts as TreeContext[];
  if (!window) throw new Error('Firefox has no browser window to run privileged code in');
  const { result } = await bidi.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => (${expression}))() ?? null))()`,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`Privileged code failed: ${JSON.stringify(result.exceptionDetails)}`);
  return JSON.parse(String((result.result as { value: string }).value)) as T;
}

class FirefoxPage implements DriverPage {
  constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  get context(): string {
    return contextOf(this.page);
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }

  async evaluateScript(source: string): Promise<unknown> {
    const { result } = await bidiOf(this.browser).send('script.evaluate', {
      expression: source,
      target: { context: this.context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`Script failed: ${JSON.stringify(result.exceptionDetails).slice(0, 500)}`);
    return (result.result as { value?: unknown }).value;
  }

  async click(query: ByRole): Promise<void> {
    await (await this.element(query)).click();
  }

  async focus(query: ByRole): Promise<void> {
    await (await this.element(query)).focus();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(keys: string): Promise<void> {
    const parts = keys.split('+') as Parameters<Page['keyboard']['press']>[0][];
    const key = parts.pop()!;
    for (const modifier of parts) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key);
    for (const modifier of parts.reverse()) await this.page.keyboard.up(modifier);
  }

  async chooseFile(query: ByRole, path: string): Promise<void> {
    await ((await this.element(query)) as ElementHandle<HTMLInputElement>).uploadFile(path);
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  async reload(): Promise<void> {
    await bidiOf(this.browser).send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  async close(): Promise<void> {
    if (!(await this.isClosed())) await bidiOf(this.browser).send('browsingContext.close', { context: this.context });
  }

  async isClosed(): Promise<boolean> {
    return !(await topLevelContexts(this.browser)).some((c) => c.context === this.context);
  }

  /** Navigates with BiDi's own command: page.goto() waits for an event Firefox never sends for moz-extension:// pages. */
  async navigate(url: string): Promise<void> {
    await bidiOf(this.browser).send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  private async element(query: ByRole): Promise<ElementHandle<Element>> {
    return pollUntil(
      async () => {
        const handle = await this.page.evaluateHandle(findByRole, query);
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) await handle.dispose();
        return element;
      },
      { message: `no ${query.role} named ${query.name ?? `/${query.pattern}/`}` },
    );
  }
}

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
    const before = new Set(readdirSync(this.downloadDir));
    await action();
    const name = await pollUntil(
      async () => readdirSync(this.downloadDir).find((file) => !before.has(file) && !file.endsWith('.part')) ?? null,
      { message: 'no file was downloaded' },
    );
    return { name, text: readFileSync(join(this.downloadDir, name), 'utf8') };
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
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await (await puppeteer.launch(launchOptions(dir))).close();
    return dir;
  })();
  return template;
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
