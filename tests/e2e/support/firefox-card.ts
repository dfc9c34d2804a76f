import type { CardReader } from './driver';
import type { Bidi } from './firefox-bidi';
interface Remote {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/**
 * Reaches into the card's *closed* shadow root the way WebDriver BiDi allows
 * a test to (serialising the host with includeShadowTree: 'all' hands out a
 * reference to its closed root); the page's own scripts cannot.
 */
export class FirefoxCard implements CardReader {
  constructor(
    private readonly bidi: Bidi,
    private readonly context: string,
    private readonly hostName = 'hearth-nudge',
  ) {}

  async text(): Promise<string | null> {
    const root = await this.shadowRoot();
    if (!root) return null;
    return (await this.call('(root) => (root.querySelector("body") ?? root).textContent', root)) as string | null;
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
    const root = await this.shadowRoot();
    if (!root) throw new Error(`No <${this.hostName}> on the page`);
    const found = await this.call(
      `(root, tag, pattern, action) => {
        const element = [...root.querySelectorAll(tag)].find((e) =>
          new RegExp(pattern).test([e.getAttribute('aria-label'), e.labels?.[0]?.textContent, e.textContent].filter(Boolean).join(' | ')));
        if (!element) return { missing: true };
        if (action === 'click') element.click();
        if (action === 'focus') element.focus();
        return { value: action === 'value' ? element.value : null };
      }`,
      root,
      tag,
      name.source,
      action,
    );
    const result = found as { missing?: boolean; value?: unknown };
    if (result.missing) throw new Error(`No <${tag}> named ${name} in the card`);
    return result.value;
  }

  /** A reference to the host's closed shadow root, or null when no card is on the page. */
  private async shadowRoot(): Promise<string | null> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: `() => document.querySelector(${JSON.stringify(this.hostName)})`,
      target: { context: this.context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const host = result.result as Remote & { value?: { shadowRoot?: Remote | null } };
    return host.type === 'node' ? (host.value?.shadowRoot?.sharedId ?? null) : null;
  }

  private async call(fn: string, root: string, ...strings: string[]): Promise<unknown> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: fn,
      target: { context: this.context },
      awaitPromise: true,
      arguments: [{ sharedId: root }, ...strings.map((value) => ({ type: 'string', value }))],
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
