import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { serveTestSite } from '../../tests/bench/test-site';
import { defaultSettings } from '../../utils/settings';
import { chromiumArgs, findChromium } from './find-chromium';

/** The demo runs the test build: it holds the seeding page, and the card's host access is granted at install. */
export const DEMO_BUILD = resolve('.output/test/chrome-mv3');

export interface DemoSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** A news page on loopback, where the nudge card appears. */
  site: Page;
  close: () => Promise<void>;
}

/**
 * Starts Chromium with Hearth, a month of notes and evenings written through
 * Hearth's own repositories (the dev-seed page), names for the couple, and a
 * connection hour that starts this minute, so the nudge comes at once.
 */
export async function startDemo({ headless }: { headless: boolean }): Promise<DemoSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'hearth-demo-'));
  const server = await serveTestSite();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless,
    args: chromiumArgs(DEMO_BUILD, { headless }),
    viewport: headless ? { width: 1100, height: 720 } : null,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // Let the onboarding tab load before closing it (see tests/e2e/support/hearth.ts).
  const isOnboarding = (page: Page) => page.url().endsWith('/onboarding.html');
  const onboarding = context.pages().find(isOnboarding) ?? (await context.waitForEvent('page', { predicate: isOnboarding }));
  await onboarding.waitForLoadState('load');
  await onboarding.close();

  const seeder = await context.newPage();
  await seeder.goto(`chrome-extension://${extensionId}/dev-seed.html`);
  // A string, not a function: tsx would wrap a function in helpers the page lacks.
  await seeder.evaluate(`window.hearthSeed({ notes: 48, years: 1 / 12, evenings: 27, seed: 7 })`);
  await seeder.close();

  const site = context.pages()[0] ?? (await context.newPage());
  await site.goto(server.url);
  await site.bringToFront();
  const settings = { ...defaultSettings(), style: 'card', names: { me: 'Alex', partner: 'Sam' } };
  // The window's clock times come from the browser's own zone.
  await worker.evaluate(`(async () => {
    const pad = (n) => String(n).padStart(2, '0');
    const clock = (d) => pad(d.getHours()) + ':' + pad(d.getMinutes());
    const now = new Date();
    const windows = [{ id: 'demo', days: [0, 1, 2, 3, 4, 5, 6], start: clock(now), end: clock(new Date(+now + 3600e3)) }];
    await chrome.storage.sync.set({ settings: { ...${JSON.stringify(settings)}, windows } });
  })()`);

  return {
    context,
    worker,
    extensionId,
    site,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
