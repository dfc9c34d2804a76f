import type { Hearth } from '../e2e/support/hearth';
import { storeSettings } from '../e2e/support/settings';
import { DAY_MS } from '../../utils/time/local';
import { defaultSettings } from '../../utils/settings';
import { windowAround } from './browser';
import type { FigureResult } from './report';
import { simulateWakes, type Wake } from './wake-simulation';

/** From the issue: what a popular schedule extension costs, for comparison. */
const POLLING_WAKES_PER_DAY = 6 * 60 * 24;
const GOAL = 2;

/** The alarms the shipped background keeps outside the hour, read from the running worker. */
export async function readAlarms(hearth: Hearth): Promise<Array<{ name: string; scheduledTime: number; periodInMinutes?: number }>> {
  const worker = await hearth.worker();
  await storeSettings(worker, { windows: [await windowAround(worker, { open: false })] });
  // Let the settings change reach reconcile() and re-arm.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return worker.evaluate(() => chrome.alarms.getAll());
}

/** Figure 5: wakes a day outside the windows, from the live alarms and a week of the pure schedule. */
export function wakeRows(alarms: Awaited<ReturnType<typeof readAlarms>>, days = 7): FigureResult {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const from = Date.now();
  const to = from + days * DAY_MS;
  const settings = defaultSettings();
  const perDay = (wakes: Wake[], inWindow: boolean) => wakes.filter((w) => w.inWindow === inWindow).length / days;
  const putDown = simulateWakes(settings, from, to, timeZone, 'put-down');
  const ignored = simulateWakes(settings, from, to, timeZone, 'ignore');
  const outside = Math.max(perDay(putDown, false), perDay(ignored, false));
  const periodic = alarms.filter((a) => a.periodInMinutes !== undefined).length;
  const figure = '5 Worker wakes (default settings)';
  const row = (measure: string, value: string, baseline = '', ratio = '', goal = '', met: boolean | null = null) => ({
    figure,
    measure,
    median: value,
    p90: '',
    baseline,
    ratio,
    goal,
    met,
  });
  const rows = [
    row('live alarms outside the hour', `${alarms.length} (${periodic} periodic)`, '', '', '1 one-shot', alarms.length === 1 && periodic === 0),
    row(
      `alarm wakes/day outside the windows (${days}-day simulation)`,
      outside.toFixed(2),
      `${POLLING_WAKES_PER_DAY.toLocaleString('en')} (six alarms a minute)`,
      `1/${Math.round(POLLING_WAKES_PER_DAY / Math.max(outside, 1e-9)).toLocaleString('en')}`,
      `≤ ${GOAL}`,
      outside <= GOAL,
    ),
    row('alarm wakes/day inside: put down / nudges ignored', `${perDay(putDown, true).toFixed(2)} / ${perDay(ignored, true).toFixed(2)}`),
  ];
  return { rows, data: { alarms, days, timeZone, putDown, ignored } };
}
