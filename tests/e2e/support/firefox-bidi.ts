import type { Browser, Page } from 'puppeteer-core';

/** WebDriver BiDi, as Puppeteer's BiDi connection carries it (an internal of the exact version pinned in package.json). */
export interface Bidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}
export interface TreeContext {
  context: string;
  url: string;
}

export const bidiOf = (browser: Browser) => (browser as unknown as { connection: Bidi }).connection;
export const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** Every top-level tab and window's browsing context, with its real URL (Puppeteer's page.url() misses moz-extension:// navigations). */
export async function topLevelContexts(browser: Browser): Promise<TreeContext[]> {
  const { result } = await bidiOf(browser).send('browsingContext.getTree', { maxDepth: 0 });
  return result.contexts as TreeContext[];
}

/**
 * Runs privileged code in Firefox's own browser window (allowed by
 * --remote-allow-system-access), for what no web or extension page can do,
 * such as stopping an add-on's background. The expression's value comes back as JSON.
 */
export async function evaluateInBrowserChrome<T>(browser: Browser, expression: string): Promise<T> {
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
