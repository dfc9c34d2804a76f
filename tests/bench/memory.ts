import type { Hearth } from '../e2e/support/hearth';
import { openUntilMark, pageHeap } from './browser';
import { READY_MARK } from './popup-ready';
import { mb, timedRow, type Row } from './report';
import { compare, interleave, type Comparison } from './stats';

/** Lets the recent-notes query and first paints finish before the heap is read, the same for both pages. */
const SETTLE_MS = 500;

async function heapOf(hearth: Hearth, path: string): Promise<number> {
  const { page } = await openUntilMark(hearth.context, `chrome-extension://${hearth.extensionId}/${path}`, READY_MARK);
  await page.waitForTimeout(SETTLE_MS);
  const used = await pageHeap(page);
  await page.close();
  return used;
}

/** Figure 7, the popup's half: its JS heap with the database as it is now, against the blank page. */
export async function measurePopupHeap(hearth: Hearth, reps: number): Promise<{ popup: number[]; blank: number[] }> {
  return interleave(reps, { blank: () => heapOf(hearth, 'blank.html'), popup: () => heapOf(hearth, 'popup.html') });
}

export function memoryRows(popup: { popup: number[]; blank: number[] } | undefined, worker: { before: number[]; after: number[] }): Row[] {
  const figure = '7 Memory (JS heap after GC, CDP)';
  return [
    ...(popup ? [popupRow(figure, compare(popup.popup, popup.blank))] : []),
    timedRow(figure, 'service worker after the nudges of 4', compare(worker.after, worker.before), 'same worker at start', '', null, mb),
  ];
}

/**
 * Extension pages share one renderer process and one JS heap, so both
 * readings include whatever else of Hearth is alive; the difference of the
 * medians is the popup's own share.
 */
function popupRow(figure: string, c: Comparison): Row {
  const own = c.subject.median - c.baseline.median;
  return timedRow(figure, `popup, 10,000 notes (its own share: ${own >= 0 ? '+' : ''}${mb(own)})`, c, 'blank page', '', null, mb);
}
