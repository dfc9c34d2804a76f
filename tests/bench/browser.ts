import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/lib/find-chromium';
import { launchHearth, removeProfile, type Hearth } from '../e2e/support/hearth';
import type { SeedOptions, SeedResult } from '../../entrypoints/dev-seed/main';
import type { ConnectionWindow } from '../../utils/settings';

/**
 * launchHearth, but the onboarding tab a fresh install opens is closed only
 * once it has loaded. Closed while still loading, Chromium 156 lost the
 * extension's messages for the whole session in about half the launches
 * (chrome.i18n.getMessage returned '' everywhere, so the popup's tabs were
 * named by their keys); this checks that they are there.
 */
export async function launchForBench(buildDir: string, attempts = 2): Promise<Hearth> {
  const hearth = await launchHearth(undefined, buildDir, { keepOnboarding: true });
  const isOnboarding = (page: Page) => page.url().endsWith('/onboarding.html');
  const onboarding =
    hearth.context.pages().find(isOnboarding) ??
    (await hearth.context.waitForEvent('page', { predicate: isOnboarding, timeout: 10_000 }).catch(() => undefined));
  if (onboarding) {
    await onboarding.waitForLoadState('load');
    await onboarding.close();
  }
  const name = await (await hearth.worker()).evaluate(`chrome.i18n.getMessage('extName')`);
  if (name) return hearth;
  await hearth.close();
  removeProfile(hearth.profileDir);
  if (attempts > 1) return launchForBench(buildDir, attempts - 1);
  throw new Error("chrome.i18n.getMessage('extName') is empty in this browser session: Hearth's messages did not load");
}

/** The same headless Chromium and flags as launchHearth, with no extension at all: the page-load baseline. */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'hearth-bench-none-'));
  const args = chromiumArgs('', { headless: true }).filter((arg) => !/^--(load-extension|disable-extensions-except)=/.test(arg));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 420, height: 640 },
  });
  return { context, profileDir };
}

/** Seeds through the test build's dev-seed page (Hearth's own repositories), then closes it. */
export async function seed(hearth: Hearth, options: SeedOptions): Promise<SeedResult> {
  const page = await openSeedPage(hearth);
  try {
    return await page.evaluate((o) => window.hearthSeed(o), options);
  } finally {
    await page.close();
  }
}

export async function openSeedPage(hearth: Hearth): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.goto(`chrome-extension://${hearth.extensionId}/dev-seed.html`);
  await page.waitForFunction(() => typeof window.hearthSeed === 'function');
  return page;
}

/**
 * Opens an extension page in a new tab and returns when `mark` was set,
 * counted from the navigation's start (the document's time origin).
 */
export async function openUntilMark(
  context: BrowserContext,
  url: string,
  mark: string,
): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  // Wait for the load event, which the DevTools protocol reports without
  // running anything in the page, then read the mark once: it carries its own
  // time. Polling from the start cost the page 6-9 ms of its load (each poll
  // is a call on its main thread, and the first one injects Playwright's
  // script), in the popup and the blank page alike.
  await page.goto(url, { waitUntil: 'load' });
  const read = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
  const atLoad = await page.evaluate(read, mark);
  if (atLoad !== undefined) return { page, ms: atLoad };
  const handle = await page.waitForFunction(read, mark, { timeout: 10_000, polling: 5 });
  return { page, ms: (await handle.jsonValue()) as number };
}

/** Used JS heap of a page's isolate, after a forced garbage collection. */
export async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Used JS heap of the extension's service worker, after a forced garbage
 * collection. Playwright opens CDP sessions only on pages, so this attaches
 * to the worker's target through the session of `page` (any page) and speaks CDP to it by
 * message (Target.sendMessageToTarget).
 */
export async function workerHeap(page: Page, extensionId: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) throw new Error('The service worker is not running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const call = messenger(cdp, sessionId);
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

function messenger(cdp: CDPSession, sessionId: string) {
  let nextId = 1;
  return (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 10_000);
      const listener = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
        if (reply.id !== id) return;
        clearTimeout(timer);
        cdp.off('Target.receivedMessageFromTarget', listener);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result);
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

/**
 * Tonight's window in the browser's own zone: open from a minute ago for an
 * hour, or starting in two hours. Like tests/e2e/support/settings.ts's
 * windowAroundNow, but written for tsx, which compiles with esbuild's
 * keepNames: a function passed to evaluate() must not name inner functions,
 * or it arrives in the browser calling a __name() helper that isn't there.
 */
export async function windowAround(worker: Worker, { open, id = 'tonight' }: { open: boolean; id?: string }): Promise<ConnectionWindow> {
  const [start, end] = await worker.evaluate(
    (offsets) =>
      offsets.map((minutes) => {
        const d = new Date(Date.now() + minutes * 60_000);
        return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
      }),
    open ? [-1, 59] : [120, 180],
  );
  return { id, days: [0, 1, 2, 3, 4, 5, 6], start: start!, end: end! };
}
