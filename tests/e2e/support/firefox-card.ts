import type { CardReader } from './driver';
import type { Bidi } from './firefox-bidi';
interface Remote {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/**
 * Reaches the in-page card: Hearth's own page, framed inside the host's
 * *closed* shadow root. WebDriver BiDi lists that frame among the tab's
 * browsing contexts, so the test reads it there; the page's own scripts can
 * reach neither the root nor the frame's document.
 */
export class FirefoxCard implements CardReader {
  constructor(
    private readonly bidi: Bidi,
    private readonly context: string,
    private readonly hostName = 'hearth-nudge',
  ) {}

  async text(): Promise<string | null> {
    const frame = await this.frame();
    if (!frame) return null;
    return (await this.call('() => document.body.textContent', frame)) as string | null;
  }

  async click(name: RegExp): Promise<void> {
    await this.act('button', name, 'click');
  }

  async focus(tag: string, name: RegExp): Promise<void> {
    await this.act(tag, name, 'focus');
  }

  async value(tag: string, name: RegExp): Promise<string | null> {
    return (await this.act(tag, name, 'value')) as string | null;
  }

  async close(): Promise<void> {}

  private async act(tag: string, name: RegExp, action: 'click' | 'focus' | 'value'): Promise<unknown> {
    const frame = await this.frame();
    if (!frame) throw new Error(`No <${this.hostName}> with its frame on the page`);
    const found = await this.call(
      `(tag, pattern, action) => {
        const element = [...document.querySelectorAll(tag)].find((e) =>
          new RegExp(pattern).test([e.getAttribute('aria-label'), e.labels?.[0]?.textContent, e.textContent].filter(Boolean).join(' | ')));
        if (!element) return { missing: true };
        if (action === 'click') element.click();
        if (action === 'focus') element.focus();
        return { value: action === 'value' ? element.value : null };
      }`,
      frame,
      tag,
      name.source,
      action,
    );
    const result = found as { missing?: boolean; value?: unknown };
    if (result.missing) throw new Error(`No <${tag}> named ${name} in the card`);
    return result.value;
  }

  /** The card's frame's browsing context, or null when no card is on the page. */
  private async frame(): Promise<string | null> {
    const hosted = await this.call(`() => document.querySelector(${JSON.stringify(this.hostName)}) !== null`, this.context).catch(() => false);
    if (!hosted) return null;
    const { result } = await this.bidi.send('browsingContext.getTree', { root: this.context });
    const [tab] = result.contexts as Array<{ children?: Array<{ context: string; url: string }> | null }>;
    return tab?.children?.find((child) => child.url.includes('/nudge-frame.html'))?.context ?? null;
  }

  private async call(fn: string, context: string, ...strings: string[]): Promise<unknown> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: fn,
      target: { context },
      awaitPromise: true,
      arguments: strings.map((value) => ({ type: 'string', value })),
    });
    if (result.type === 'exception') throw new Error(`The card could not be read: ${JSON.stringify(result.exceptionDetails).slice(0, 300)}`);
    return fromRemote(result.result as Remote);
  }
}

/** Turns a BiDi remote value (primitives and plain objects only) back into JavaScript. */
function fromRemote(remote: Remote): unknown {
  switch (remote.type) {
    case 'null':
    case 'undefined':
      return null;
    case 'object':
      return Object.fromEntries((remote.value as Array<[string, Remote]>).map(([key, value]) => [key, fromRemote(value)]));
    default:
      return remote.value;
  }
}
