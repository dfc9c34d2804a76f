import type { Hearth } from '../e2e/support/hearth';
import { openUntilMark } from './browser';
import { timedRow, type Row } from './report';
import { compare, interleave, ratioInterval } from './stats';

export const READY_MARK = 'hearth:note-ready';
const GOAL_RATIO = 1.3;
const GOAL_MS = 50;

/** Opens an extension page in a new tab; milliseconds from its navigation start to the note-ready mark. */
export async function timeToReady(hearth: Hearth, path: string): Promise<number> {
  const { page, ms } = await openUntilMark(hearth.context, `chrome-extension://${hearth.extensionId}/${path}`, READY_MARK);
  await page.close();
  return ms;
}

/** Figure 2, one database size: the popup against the blank page of the same build, interleaved. */
export async function measurePopupReady(hearth: Hearth, reps: number): Promise<{ popup: number[]; blank: number[] }> {
  // The first open of each pays for compiling the bundle; users pay it once per browser start.
  await timeToReady(hearth, 'blank.html');
  await timeToReady(hearth, 'popup.html');
  return interleave(reps, {
    blank: () => timeToReady(hearth, 'blank.html'),
    popup: () => timeToReady(hearth, 'popup.html'),
  });
}

export function popupReadyRows(stages: ReadonlyArray<{ notes: number; popup: number[]; blank: number[] }>): Row[] {
  return stages.map(({ notes, popup, blank }) => {
    const c = compare(popup, blank);
    const goal = notes === 100_000 ? `≤ ${GOAL_RATIO}× blank and < ${GOAL_MS} ms` : '';
    const met = notes === 100_000 ? c.ratio <= GOAL_RATIO && c.subject.median < GOAL_MS : null;
    const [low, high] = ratioInterval(popup, blank);
    const row = timedRow('2 Popup ready (test build)', `${notes.toLocaleString('en')} notes: navigation → note-ready`, c, 'blank page', goal, met);
    return { ...row, ratio: `${row.ratio}, CI ${low.toFixed(2)}–${high.toFixed(2)}` };
  });
}
