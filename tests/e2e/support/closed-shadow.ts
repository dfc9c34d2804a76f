import type { CDPSession, Page } from 'playwright-core';
import { describeFocus, type FocusedElement } from './keyboard';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * Reaches into the card's *closed* shadow root the way assistive technology
 * does, through the DevTools protocol: the page's own scripts (and Playwright's
 * locators) cannot, which is the point of a closed root.
 */
export class ClosedShadow {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly hostName: string,
  ) {}

  static async open(page: Page, hostName = 'hearth-nudge'): Promise<ClosedShadow> {
    return new ClosedShadow(await page.context().newCDPSession(page), hostName);
  }

  /** The shadow root's text, or null when the host isn't on the page. */
  async text(): Promise<string | null> {
    const root = await this.shadowRoot();
    if (!root) return null;
    const element = root.children?.find((c) => c.localName === 'html') ?? root;
    return this.call(element, 'function() { return this.textContent; }');
  }

  /** Clicks the button whose text or aria-label matches. */
  async click(name: RegExp): Promise<void> {
    const button = await this.find('button', name);
    await this.call(button, 'function() { this.click(); }');
  }

  /** Focuses an element (for typing with page.keyboard), found by tag and label. */
  async focus(tag: string, name: RegExp): Promise<void> {
    const element = await this.find(tag, name);
    await this.call(element, 'function() { this.focus(); }');
  }

  /** The element focused inside the card, as a keyboard user sees it: its name and focus ring. */
  async focused(): Promise<FocusedElement | null> {
    const root = await this.shadowRoot();
    if (!root) return null;
    const json = await this.call(root, `function() { return (${describeFocus.toString()})(this.activeElement); }`);
    return json ? (JSON.parse(json) as FocusedElement) : null;
  }

  /** The current value of a field, found by tag and label. */
  async value(tag: string, name: RegExp): Promise<string | null> {
    const element = await this.find(tag, name);
    return this.call(element, 'function() { return this.value; }');
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }

  private async shadowRoot(): Promise<DomNode | null> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = walk(root).find((n) => n.localName === this.hostName);
    return host?.shadowRoots?.[0] ?? null;
  }

  private async find(tag: string, name: RegExp): Promise<DomNode> {
    const root = await this.shadowRoot();
    if (!root) throw new Error(`No <${this.hostName}> on the page`);
    for (const node of walk(root).filter((n) => n.localName === tag)) {
      const label = await this.call(
        node,
        `function() { return [this.getAttribute('aria-label'), this.labels?.[0]?.textContent, this.textContent].filter(Boolean).join(' | '); }`,
      );
      if (label && name.test(label)) return node;
    }
    throw new Error(`No <${tag}> named ${name} in the card`);
  }

  private async call(node: DomNode, fn: string): Promise<string | null> {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as { result: { value?: string | null } };
    return result.value ?? null;
  }
}

function walk(node: DomNode): DomNode[] {
  return [node, ...(node.children ?? []).flatMap(walk), ...(node.shadowRoots ?? []).flatMap(walk)];
}
