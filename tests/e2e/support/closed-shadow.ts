import type { Frame, Page } from 'playwright-core';
import { describeFocus, type FocusedElement } from './keyboard';

/**
 * Reaches the in-page card: Hearth's own page, framed inside a *closed*
 * shadow root on the web page. The page's scripts can reach neither the root
 * nor the frame's document (a cross-origin extension page); the test drives
 * the frame as the browser sees it, through Playwright's frame tree.
 */
export class ClosedShadow {
  private constructor(
    private readonly page: Page,
    private readonly hostName: string,
  ) {}

  static async open(page: Page, hostName = 'hearth-nudge'): Promise<ClosedShadow> {
    return new ClosedShadow(page, hostName);
  }

  /** The card's frame, or null when the card isn't on the page. */
  async frame(): Promise<Frame | null> {
    const hosted = await this.page.evaluate((name) => document.querySelector(name) !== null, this.hostName).catch(() => false);
    if (!hosted) return null;
    return this.page.frames().find((f) => f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === '/nudge-frame.html') ?? null;
  }

  /** The card's text, or null when the card isn't on the page. */
  async text(): Promise<string | null> {
    const frame = await this.frame();
    if (!frame) return null;
    return frame.evaluate(() => document.body.textContent).catch(() => null);
  }

  /** Clicks the button whose text or aria-label matches, as the user's mouse does. */
  async click(name: RegExp): Promise<void> {
    await (await this.required()).getByRole('button', { name }).click();
  }

  /** Focuses a field (for typing with page.keyboard), found by its label. */
  /** Opens the note field, unless it is open already (a draft the card restored opens it). */
  async openNote(): Promise<void> {
    const toggle = (await this.required()).getByRole('button', { name: /Write an appreciation note/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async focus(_tag: string, name: RegExp): Promise<void> {
    await (await this.required()).getByLabel(name).focus();
  }

  /** The element focused inside the card, as a keyboard user sees it: its name and focus ring. */
  async focused(): Promise<FocusedElement | null> {
    const frame = await this.frame();
    if (!frame) return null;
    const json = await frame.evaluate(`document.hasFocus() ? (${describeFocus.toString()})(document.activeElement) : null`).catch(() => null);
    return typeof json === 'string' ? (JSON.parse(json) as FocusedElement) : null;
  }

  /** The current value of a field, found by its label. */
  async value(_tag: string, name: RegExp): Promise<string | null> {
    return (await this.required()).getByLabel(name).inputValue();
  }

  /** The card's frame as placed on the page: its box, in CSS pixels of the viewport. */
  async box(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const frame = await this.frame();
    return (await (await frame?.frameElement())?.boundingBox()) ?? null;
  }

  async close(): Promise<void> {
    // Nothing to let go of: kept so tests read the same with any card.
  }

  private async required(): Promise<Frame> {
    const frame = await this.frame();
    if (!frame) throw new Error(`No <${this.hostName}> with its frame on the page`);
    return frame;
  }
}
