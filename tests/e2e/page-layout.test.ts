import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { openOptions } from './support/pages';

// Issue 15: every section of every extension page sits in one column, with one
// rhythm between sections, in both themes; narrow windows wrap, never overlap.
let hearth: Hearth;

beforeAll(async () => {
  hearth = await launchHearth(undefined, undefined, { viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
});

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page's sections, top to bottom, named by their heading. */
function sectionBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main section')].map((section) => {
      const { x, y, width, height } = section.getBoundingClientRect();
      return { name: section.querySelector('h2')?.textContent ?? '?', x, y, width, height };
    }),
  );
}

/** Gaps between each section and the next, named "upper → lower". */
function gapsBetween(boxes: Box[]): Record<string, number> {
  return Object.fromEntries(boxes.slice(1).map((box, i) => [`${boxes[i]!.name} → ${box.name}`, Math.round(box.y - (boxes[i]!.y + boxes[i]!.height))]));
}

/**
 * What breaks a narrow window: a control outside the column (the main element's
 * content box), a page wider than the window, and text drawn over other text.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const main = document.querySelector('main')!;
    const style = getComputedStyle(main);
    const frame = main.getBoundingClientRect();
    const left = frame.left + parseFloat(style.paddingLeft);
    const right = frame.right - parseFloat(style.paddingRight);
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    for (const control of document.querySelectorAll('main input, main select, main textarea, main button')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || control.closest('.visually-hidden')) continue;
      if (box.left < left - 0.5 || box.right > right + 0.5) problems.push(`${describe(control)} spans ${Math.round(box.left)}–${Math.round(box.right)}, column ${Math.round(left)}–${Math.round(right)}`);
    }
    const texts: Array<{ text: string; rect: DOMRect }> = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden, option')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) texts.push({ text: node.textContent.trim().slice(0, 40), rect });
    }
    // A pixel of touching line boxes is not an overlap.
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++)
        if (overlap(texts[i]!.rect, texts[j]!.rect)) problems.push(`"${texts[i]!.text}" overlaps "${texts[j]!.text}"`);
    return problems;
  });
}

async function openOnboardingHourStep(): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/onboarding.html`);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Agree on your hour together' }).waitFor();
  return page;
}

describe('one column, one rhythm (issue 15)', () => {
  test.each(['light', 'dark'] as const)('the options sections share left edge and width, with equal gaps, in %s', async (colorScheme) => {
    const page = await openOptions(hearth);
    await page.emulateMedia({ colorScheme });
    const boxes = await sectionBoxes(page);
    const names = boxes.map((box) => box.name);
    expect([names[0], names[1], names.at(-2), names.at(-1)]).toEqual(['Status', 'Connection hour', 'Appearance', 'Your data']);
    const [first] = boxes;
    for (const box of boxes) expect({ name: box.name, x: box.x, width: box.width }).toEqual({ name: box.name, x: first!.x, width: first!.width });
    const gaps = gapsBetween(boxes);
    const gap = Object.values(gaps)[0]!;
    expect(gap).toBeGreaterThan(0);
    expect(gaps).toEqual(Object.fromEntries(Object.keys(gaps).map((key) => [key, gap])));

    const onboarding = await openOnboardingHourStep();
    await onboarding.emulateMedia({ colorScheme });
    const [step] = await sectionBoxes(onboarding);
    expect({ x: step!.x, width: step!.width }).toEqual({ x: first!.x, width: first!.width });
    await onboarding.close();
    await page.close();
  });

  test.each([900, 480])('at %i px wide, no control leaves the column and no text overlaps', async (width) => {
    const options = await openOptions(hearth);
    const onboarding = await openOnboardingHourStep();
    for (const page of [options, onboarding]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await layoutProblems(page)).toEqual([]);
    }
    await options.close();
    await onboarding.close();
  });
});
