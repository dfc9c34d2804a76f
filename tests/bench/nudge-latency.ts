import type { Page, Worker } from 'playwright-core';
import { ClosedShadow } from '../e2e/support/closed-shadow';
import type { Hearth } from '../e2e/support/hearth';
import { defaultSettings, type Settings } from '../../utils/settings';
import { windowAround, workerHeap } from './browser';
import { missingRow, timedRow, type FigureResult } from './report';
import { compare } from './stats';

const HOST = 'hearth-nudge';
const BASELINE_HOST = 'hearth-baseline';
const GOAL_MS = 300;

interface Sample {
  /** A bare executeScript that appends one element: the floor for putting anything on the page. */
  injection: number;
  /** Settings written (window open now, fresh evening) → card host on the page. */
  settings: number;
  /** The snooze's alarm scheduled time → card host on the page again. */
  alarm: number;
}

/**
 * Figure 4 (and the worker's half of figure 7): how long from the moment a
 * nudge is due until the card is on the page, in the test build (host access
 * granted; timers 60× faster, so a one-minute snooze lasts one second).
 */
export async function measureNudgeLatency(hearth: Hearth, url: string, reps: number): Promise<FigureResult & { workerHeap: { before: number[]; after: number[] } }> {
  const page = hearth.context.pages()[0] ?? (await hearth.context.newPage());
  await page.goto(url);
  await page.bringToFront();
  await watchForHosts(page);
  const card = await ClosedShadow.open(page);
  const before = await heapSamples(page, hearth.extensionId);

  const samples: Sample[] = [];
  try {
    // One extra round first, discarded: it pays for the worker's first database open.
    for (let rep = 0; rep <= reps; rep++) {
      const sample = await oneRound(hearth, page, card, rep);
      if (rep > 0) samples.push(sample);
    }
  } finally {
    await card.close();
  }
  const after = await heapSamples(page, hearth.extensionId);

  const injection = samples.map((s) => s.injection);
  const settings = compare(samples.map((s) => s.settings).filter(Number.isFinite), injection);
  const alarm = compare(samples.map((s) => s.alarm).filter(Number.isFinite), injection);
  const figure = '4 Nudge latency (test build, card)';
  const goal = `< ${GOAL_MS} ms`;
  const rows = [
    settings.subject.n
      ? timedRow(figure, 'settings change → card on page', settings, 'bare executeScript', goal, settings.subject.median < GOAL_MS)
      : missingRow(figure, 'settings change → card on page', 'n/a (card never appeared)', goal),
    alarm.subject.n
      ? timedRow(figure, 'alarm fires (snooze over) → card on page', alarm, 'bare executeScript', goal, alarm.subject.median < GOAL_MS)
      : missingRow(figure, 'alarm fires (snooze over) → card on page', 'n/a (card never came back)', goal),
  ];
  return { rows, data: { reps, samples }, workerHeap: { before, after } };
}

async function oneRound(hearth: Hearth, page: Page, card: ClosedShadow, rep: number): Promise<Sample> {
  const worker = await hearth.worker();
  const injection = await timeInjection(page, worker);

  // A new window id is a fresh evening, so the nudge is due at once.
  const tonight = await windowAround(worker, { open: true, id: `bench-${rep}` });
  const settings: Settings = { ...defaultSettings(), style: 'card', snoozeMinutes: 1, windows: [tonight] };
  let mark = await seenCount(page);
  const written = await worker.evaluate(async (value) => {
    const at = performance.timeOrigin + performance.now();
    await chrome.storage.sync.set({ settings: value });
    return at;
  }, settings);
  const shown = await nextHost(page, HOST, mark);
  if (shown === null) return { injection, settings: Number.NaN, alarm: Number.NaN };

  // Snooze, then time the alarm that ends it: the same path as any scheduled nudge.
  const armed = await scheduledAlarm(worker);
  mark = await seenCount(page);
  await card.click(/Snooze/);
  const scheduled = await nextScheduledAlarm(worker, armed);
  const back = await nextHost(page, HOST, mark);
  if (back !== null) await card.click(/I'm putting it down/).catch(() => undefined);
  return {
    injection,
    settings: shown - written,
    alarm: back === null || scheduled === null ? Number.NaN : back - scheduled,
  };
}

async function timeInjection(page: Page, worker: Worker): Promise<number> {
  const mark = await seenCount(page);
  // Source text, not a function: tsx would name the injected function, and
  // chrome.scripting would carry its __name() call into the page (see windowAround).
  const started = (await worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const at = performance.timeOrigin + performance.now();
    await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => { document.body.append(document.createElement('${BASELINE_HOST}')); },
    });
    return at;
  })()`)) as number;
  const seen = await nextHost(page, BASELINE_HOST, mark);
  await page.evaluate((name) => document.querySelectorAll(name).forEach((el) => el.remove()), BASELINE_HOST);
  return seen === null ? Number.NaN : seen - started;
}

/**
 * Records, in the page, when each host element is added: the page sees the
 * host, not its closed root. Times here and in the worker are
 * timeOrigin + now(): wall-clock milliseconds, with sub-millisecond steps.
 */
async function watchForHosts(page: Page): Promise<void> {
  await page.evaluate((names) => {
    const seen: Array<{ name: string; at: number }> = [];
    (window as unknown as { hearthSeen: typeof seen }).hearthSeen = seen;
    new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && names.includes(node.localName)) seen.push({ name: node.localName, at });
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }, [HOST, BASELINE_HOST]);
}

async function seenCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { hearthSeen: unknown[] }).hearthSeen.length);
}

/** When the next `name` host after the first `from` records was added, or null after 10 s. */
async function nextHost(page: Page, name: string, from: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      ([host, skip]) => (window as unknown as { hearthSeen: Array<{ name: string; at: number }> }).hearthSeen.slice(skip).find((s) => s.name === host)?.at,
      [name, from] as const,
      { timeout: 10_000, polling: 10 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

async function scheduledAlarm(worker: Worker): Promise<number | null> {
  return worker.evaluate(async () => (await chrome.alarms.get('hearth-next'))?.scheduledTime ?? null);
}

/** The alarm's time once it differs from `previous` (the snooze re-armed it), or null after 5 s. */
async function nextScheduledAlarm(worker: Worker, previous: number | null): Promise<number | null> {
  for (let tries = 0; tries < 250; tries++) {
    const now = await scheduledAlarm(worker);
    if (now !== null && now !== previous) return now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

async function heapSamples(page: Page, extensionId: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) samples.push(await workerHeap(page, extensionId));
  return samples;
}
