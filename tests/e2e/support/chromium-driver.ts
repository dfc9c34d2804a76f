import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'playwright-core';
import { ClosedShadow } from './closed-shadow';
import type { CardReader, DriverPage, HearthBrowser, LaunchHearth } from './driver';
import { BUILD_DIR, launchHearth, TEST_BUILD_DIR, type Hearth } from './hearth';
import { findByRole, type ByRole } from './page-queries';
import { pollUntil } from './poll';
import { WorkerStopper } from './service-worker';

class ChromiumPage implements DriverPage {
  constructor(readonly page: Page) {}

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg);
  }

  evaluateScript(source: string): Promise<unknown> {
    return this.page.evaluate(source);
  }

  async click(query: ByRole): Promise<void> {
    await (await this.element(query)).click();
  }

  async focus(query: ByRole): Promise<void> {
    await (await this.element(query)).focus();
  }

  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  press(keys: string): Promise<void> {
    return this.page.keyboard.press(keys);
  }

  async chooseFile(query: ByRole, path: string): Promise<void> {
    await (await this.element(query)).setInputFiles(path);
  }

  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }

  async reload(): Promise<void> {
    await this.page.reload();
  }

  close(): Promise<void> {
    return this.page.close();
  }

  async isClosed(): Promise<boolean> {
    return this.page.isClosed();
  }

  private element(query: ByRole): Promise<ElementHandle<Element>> {
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

class ChromiumHearth implements HearthBrowser {
  readonly name = 'chromium';
  private stopper: WorkerStopper | undefined;
  private readonly cards: ClosedShadow[] = [];
  private media: { colorScheme: 'light' | 'dark'; reducedMotion: 'reduce' } | undefined;

  constructor(readonly hearth: Hearth) {}

  get profileDir(): string {
    return this.hearth.profileDir;
  }

  async extension(): Promise<DriverPage> {
    // Its DevTools session also stops the worker (stopBackground).
    this.stopper ??= await WorkerStopper.open(this.hearth);
    return new ChromiumPage(this.stopper.page);
  }

  openExtensionPage(path: string): Promise<DriverPage> {
    return this.open(`chrome-extension://${this.hearth.extensionId}/${path}`);
  }

  openWebPage(url: string): Promise<DriverPage> {
    return this.open(url);
  }

  async waitForExtensionPage(path: string, timeout = 10_000): Promise<DriverPage> {
    const url = `chrome-extension://${this.hearth.extensionId}/${path}`;
    const page =
      this.hearth.context.pages().find((p) => p.url() === url) ??
      (await this.hearth.context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout }));
    if (this.media) await page.emulateMedia(this.media);
    await page.waitForLoadState('load');
    return new ChromiumPage(page);
  }

  async card(page: DriverPage): Promise<CardReader> {
    const card = await ClosedShadow.open((page as ChromiumPage).page);
    this.cards.push(card);
    return card;
  }

  async preferColorScheme(colorScheme: 'light' | 'dark'): Promise<void> {
    this.media = { colorScheme, reducedMotion: 'reduce' };
    for (const page of this.hearth.context.pages()) await page.emulateMedia(this.media);
  }

  async stopBackground(): Promise<void> {
    await this.extension();
    await this.stopper!.stop();
  }

  async download(page: DriverPage, action: () => Promise<void>): Promise<{ name: string; text: string }> {
    const downloading = (page as ChromiumPage).page.waitForEvent('download');
    await action();
    const download = await downloading;
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }

  async close(): Promise<void> {
    for (const card of this.cards.splice(0)) await card.close();
    await this.stopper?.close();
    await this.hearth.close();
  }

  private async open(url: string): Promise<ChromiumPage> {
    const page = await this.hearth.context.newPage();
    if (this.media) await page.emulateMedia(this.media);
    await page.goto(url);
    await page.bringToFront();
    return new ChromiumPage(page);
  }
}

/** Starts headless Chromium with Hearth (support/hearth.ts), behind the shared driver. */
export const launchChromiumHearth: LaunchHearth = async ({ build = 'shipped', profileDir } = {}) =>
  new ChromiumHearth(await launchHearth(profileDir, build === 'test' ? TEST_BUILD_DIR : BUILD_DIR));
