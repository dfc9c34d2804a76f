import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What a keyboard user knows about the focused element: what it is called and whether its focus ring shows. */
export interface FocusedElement {
  name: string;
  outlineStyle: string;
  outlineWidth: string;
}

/**
 * Describes an element for the checks below, as JSON. It runs in the browser
 * (page.evaluate, or through the DevTools protocol inside a closed shadow
 * root), so it must stay self-contained.
 */
export function describeFocus(element: Element | null): string | null {
  if (!element || element === element.ownerDocument.body) return null;
  const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
  const name = element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '';
  const style = getComputedStyle(element);
  return JSON.stringify({ name: name.replace(/\s+/g, ' ').trim(), outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth });
}

/** The focused element of a page (outside any closed shadow root). */
export async function focusedOn(page: Page): Promise<FocusedElement | null> {
  const json = await page.evaluate(`(${describeFocus.toString()})(document.activeElement)`);
  return typeof json === 'string' ? (JSON.parse(json) as FocusedElement) : null;
}

/** A focus ring is drawn: WCAG 2.4.7, "Focus Visible". */
export function expectVisibleFocus(focused: FocusedElement | null): void {
  expect(focused, 'nothing is focused').not.toBeNull();
  expect(focused!.outlineStyle, `no focus ring on "${focused!.name}"`).not.toBe('none');
  expect(parseFloat(focused!.outlineWidth), `no focus ring on "${focused!.name}"`).toBeGreaterThan(0);
}

/**
 * Presses `key` (Tab by default) until the focused element's name matches,
 * as a keyboard user moves through a page; fails after `max` presses.
 * Every stop on the way must show its focus ring (unless `ring` is false).
 */
export async function pressUntilFocused(
  page: Page,
  name: RegExp,
  {
    key = 'Tab',
    max = 25,
    focused = () => focusedOn(page),
    ring = true,
  }: {
    key?: string;
    max?: number;
    focused?: () => Promise<FocusedElement | null>;
    /** false on a web page's own controls, whose styles are not ours. */
    ring?: boolean;
  } = {},
): Promise<FocusedElement> {
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused();
    if (now && ring) expectVisibleFocus(now);
    if (now && name.test(now.name)) return now;
    passed.push(now?.name ?? '(nothing)');
  }
  throw new Error(`${key} never reached ${name}; it passed: ${passed.join(' → ')}`);
}
