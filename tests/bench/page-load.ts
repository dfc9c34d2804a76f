import type { BrowserContext, Page } from 'playwright-core';
import type { Hearth } from '../e2e/support/hearth';
import { eveningRecords, storeSettings } from '../e2e/support/settings';
import { windowAround } from './browser';
import { timedRow, type FigureResult } from './report';
import { compare, interleave, ratioInterval } from './stats';

interface Load {
  /** PerformanceNavigationTiming.duration: navigation start to loadEventEnd. */
  navigation: number;
  /** responseEnd → loadEventEnd: parsing, subresources, scripts, the load event. */
  afterResponse: number;
}

const WARM_UP = 3;
const GOAL = 'indistinguishable from none: 95% CI of the ratio holds 1';

/**
 * Figure 1: the same page loaded in a profile with the shipped Hearth and in
 * one with no extension, interleaved load by load; first outside the
 * connection hour, then inside it once the evening's nudge was answered.
 */
export async function measurePageLoad(hearth: Hearth, none: BrowserContext, url: string, reps: number): Promise<FigureResult> {
  const withHearth = hearth.context.pages()[0] ?? (await hearth.context.newPage());
  const without = none.pages()[0] ?? (await none.newPage());
  const worker = await hearth.worker();

  await storeSettings(worker, { windows: [await windowAround(worker, { open: false })] });
  const outside = await series(withHearth, without, url, reps);

  await answerTonightsNudge(hearth);
  const inside = await series(withHearth, without, url, reps);

  const rows = [
    ...rowsFor('1a Page load, outside the hour', outside),
    ...rowsFor('1b Page load, in the hour after "put down"', inside),
  ];
  return { rows, data: { reps, url, outside, inside } };
}

async function series(withHearth: Page, without: Page, url: string, reps: number) {
  for (let i = 0; i < WARM_UP; i++) {
    await load(withHearth, url);
    await load(without, url);
  }
  return interleave(reps, { hearth: () => load(withHearth, url), none: () => load(without, url) });
}

function rowsFor(figure: string, samples: { hearth: Load[]; none: Load[] }) {
  return (['navigation', 'afterResponse'] as const).map((key) => {
    const hearth = samples.hearth.map((s) => s[key]);
    const none = samples.none.map((s) => s[key]);
    const [low, high] = ratioInterval(hearth, none);
    const measure = key === 'navigation' ? 'navigation duration' : 'responseEnd → loadEventEnd';
    const row = timedRow(figure, measure, compare(hearth, none), 'no extension', GOAL, low <= 1 && 1 <= high);
    return { ...row, ratio: `${row.ratio}, CI ${low.toFixed(2)}–${high.toFixed(2)}` };
  });
}

let counter = 0;

async function load(page: Page, url: string): Promise<Load> {
  await page.bringToFront();
  await page.goto(`${url}?load=${++counter}`);
  // loadEventEnd is written only once the load handlers have returned.
  const handle = await page.waitForFunction(
    () => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return nav && nav.loadEventEnd > 0 ? { navigation: nav.duration, afterResponse: nav.loadEventEnd - nav.responseEnd } : undefined;
    },
    undefined,
    { polling: 5 },
  );
  return (await handle.jsonValue()) as Load;
}

/**
 * Opens tonight's window and answers the nudge through its UI. The shipped
 * build has no host access, so the nudge is the small window.
 */
async function answerTonightsNudge(hearth: Hearth): Promise<void> {
  const worker = await hearth.worker();
  const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html'), timeout: 15_000 });
  await storeSettings(worker, { style: 'window', windows: [await windowAround(worker, { open: true })] });
  const nudge = await opened;
  const closed = nudge.waitForEvent('close');
  await nudge.getByRole('button', { name: "I'm putting it down" }).click();
  await closed;
  for (let tries = 0; tries < 50; tries++) {
    const [evening] = await eveningRecords(await hearth.worker());
    if (evening?.settled === 'put-down') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The evening was not settled after "I\'m putting it down"');
}
