import type { ByRole } from './page-queries';

/**
 * The thin layer the shared journeys (tests/e2e/journeys/) drive Hearth
 * through, so one journey runs in both browsers: Chromium through Playwright
 * (support/chromium-driver.ts), Firefox through Puppeteer over WebDriver BiDi
 * (support/firefox-driver.ts). It offers what a user does (open a page, click
 * a control by its name, type, press keys) and what a test reads (the page's
 * text, Hearth's storage through an extension page), nothing browser-specific.
 */
export type BrowserName = 'chromium' | 'firefox';

/** Which build to load: the shipped one, or the test build (card host access granted at install, timers 60× faster, test-only pages). */
export type Build = 'shipped' | 'test';

export interface LaunchOptions {
  build?: Build;
  /** Reuse a profile (a browser restart); a fresh one otherwise. */
  profileDir?: string;
}

export interface DriverPage {
  /** Runs a self-contained function in the page, with one serialisable argument. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page (to bring axe-core in). */
  evaluateScript(source: string): Promise<unknown>;
  /** Clicks the control with that role and name, as a pointer does, once it is on the page. */
  click(query: ByRole): Promise<void>;
  /** Focuses the control with that role and name. */
  focus(query: ByRole): Promise<void>;
  /** Types text with the keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Presses a key or a chord such as "Control+Enter". */
  press(keys: string): Promise<void>;
  /** Chooses a file for a file input, as the file picker does. */
  chooseFile(query: ByRole, path: string): Promise<void>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  isClosed(): Promise<boolean>;
}

/** Reads the in-page card, which lives in a closed shadow root the page's own scripts cannot enter. */
export interface CardReader {
  /** The card's text, or null when no card is on the page. */
  text(): Promise<string | null>;
  click(name: RegExp): Promise<void>;
  focus(tag: string, name: RegExp): Promise<void>;
  value(tag: string, name: RegExp): Promise<string | null>;
  close(): Promise<void>;
}

/** A running browser with Hearth installed. */
export interface HearthBrowser {
  readonly name: BrowserName;
  readonly profileDir: string;
  /**
   * An extension page kept open in a background tab, for reading and writing
   * Hearth's storage, database and alarms with the extension's own APIs. It
   * keeps answering while the background is stopped.
   */
  extension(): Promise<DriverPage>;
  /** Opens one of Hearth's pages (popup.html, options.html, …) in a new tab in front. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Opens a web page in a new tab in front. */
  openWebPage(url: string): Promise<DriverPage>;
  /** Waits for Hearth to open one of its pages by itself (the nudge window). */
  waitForExtensionPage(path: string, timeoutMs?: number): Promise<DriverPage>;
  /** The in-page card on a web page. */
  card(page: DriverPage): Promise<CardReader>;
  /** From now on, pages show as for a user who asked for this colour scheme and for reduced motion. */
  preferColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Stops Hearth's background the way the browser does when it is idle (Chromium's worker, Firefox's event page). */
  stopBackground(): Promise<void>;
  /** A file the page downloads when `action` runs: its name and text. */
  download(page: DriverPage, action: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** Closes the browser politely; the profile stays for a restart. */
  close(): Promise<void>;
}

/** Starts a browser with Hearth on a fresh profile (or a given one, for a restart). */
export type LaunchHearth = (options?: LaunchOptions) => Promise<HearthBrowser>;
