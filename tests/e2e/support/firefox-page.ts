import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { DriverPage } from './driver';
import { bidiOf, contextOf, topLevelContexts } from './firefox-bidi';
import { findByRole, type ByRole } from './page-queries';
import { pollUntil } from './poll';

/** One Firefox tab or window, behind the shared driver. */
export class FirefoxPage implements DriverPage {
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
