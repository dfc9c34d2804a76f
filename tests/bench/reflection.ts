import type { Page } from 'playwright-core';
import type { Hearth } from '../e2e/support/hearth';
import { openSeedPage, openUntilMark } from './browser';
import { READY_MARK, timeToReady } from './popup-ready';
import { missingRow, timedRow, type FigureResult } from './report';
import { compare } from './stats';

/** Set by the popup once the "This week" view has rendered with data (the reflection view's contract). */
const WEEK_MARK = 'hearth:week-ready';
const FIGURE = '3 Weekly reflection, 100,000 notes';
const NOT_FOUND = 'n/a (view not found)';

interface WeekOpen {
  /** Navigation start → week-ready: includes the harness's own click. */
  fromNavigation: number;
  /** pointerdown on the tab → week-ready. */
  fromClick: number;
}

/**
 * Figure 3: with 100,000 notes over five years, the time until the week view
 * is rendered, and the week's query alone inside an extension page.
 */
export async function measureReflection(hearth: Hearth, viewReps: number, queryReps: number): Promise<FigureResult> {
  const view = await measureWeekView(hearth, viewReps);
  const seedPage = await openSeedPage(hearth);
  const query = await seedPage.evaluate((reps) => window.hearthTimeWeekQuery(reps), queryReps);
  await seedPage.close();

  const queryComparison = compare(query.queryMs, query.baselineMs);
  const rows = [
    ...(view
      ? [
          timedRow(FIGURE, 'navigation → week view rendered', compare(view.opens.map((o) => o.fromNavigation), view.blank), 'blank page'),
          timedRow(FIGURE, '"This week" clicked → week view rendered', compare(view.opens.map((o) => o.fromClick), view.blank), 'blank page'),
        ]
      : [missingRow(FIGURE, 'navigation → week view rendered', NOT_FOUND), missingRow(FIGURE, '"This week" clicked → week view rendered', NOT_FOUND)]),
    timedRow(FIGURE, `week query alone: listBetween, ${query.notesInWeek} notes`, queryComparison, `listRecent(${query.notesInWeek})`),
  ];
  return { rows, data: { view, query } };
}

async function measureWeekView(hearth: Hearth, reps: number): Promise<{ opens: WeekOpen[]; blank: number[] } | null> {
  if ((await openWeek(hearth)) === null) return null; // Warm-up, and the check that the view exists.
  const opens: WeekOpen[] = [];
  const blank: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    blank.push(await timeToReady(hearth, 'blank.html'));
    const open = await openWeek(hearth);
    if (open === null) return null;
    opens.push(open);
  }
  return { opens, blank };
}

/** Opens the popup, clicks "This week" and waits for the mark; null if the tab or the mark never comes. */
async function openWeek(hearth: Hearth): Promise<WeekOpen | null> {
  const { page } = await openUntilMark(hearth.context, `chrome-extension://${hearth.extensionId}/popup.html`, READY_MARK);
  try {
    const tab = page.getByRole('tab', { name: 'This week' });
    const found = await tab.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (!found) return null;
    await page.evaluate(() => {
      addEventListener('pointerdown', (event) => ((window as unknown as { benchClickAt: number }).benchClickAt = event.timeStamp), {
        capture: true,
        once: true,
      });
    });
    await tab.click();
    return await weekReady(page);
  } finally {
    await page.close();
  }
}

async function weekReady(page: Page): Promise<WeekOpen | null> {
  try {
    const handle = await page.waitForFunction(
      (name) => {
        const clickAt = (window as unknown as { benchClickAt?: number }).benchClickAt;
        const mark = performance.getEntriesByName(name).find((entry) => clickAt !== undefined && entry.startTime >= clickAt);
        return mark && clickAt !== undefined ? { fromNavigation: mark.startTime, fromClick: mark.startTime - clickAt } : undefined;
      },
      WEEK_MARK,
      { timeout: 10_000, polling: 5 },
    );
    return (await handle.jsonValue()) as WeekOpen;
  } catch {
    return null;
  }
}
