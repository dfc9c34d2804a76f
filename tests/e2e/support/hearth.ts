import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/find-chromium';

/** The production build; `npm test` builds it first. */
export const BUILD_DIR = resolve('.output/chrome-mv3');
/** The test build (HEARTH_TEST_BUILD=1): host access granted at install, timers 60× faster. */
export const TEST_BUILD_DIR = resolve('.output/test/chrome-mv3');

export interface Hearth {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker: () => Promise<Worker>;
  openPopup: () => Promise<Page>;
  /** Closes the browser politely; the profile stays for a restart. */
  close: () => Promise<void>;
}

/** Starts headless Chromium with Hearth loaded, on a fresh profile unless one is given. */
export async function launchHearth(
  profileDir: string = mkdtempSync(join(tmpdir(), 'hearth-e2e-')),
  buildDir: string = BUILD_DIR,
): Promise<Hearth> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(buildDir, { headless: true }),
    viewport: { width: 420, height: 640 },
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    profileDir,
    worker,
    openPopup: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.getByRole('textbox', { name: 'Appreciation note' }).waitFor();
      return page;
    },
    close: () => context.close(),
  };
}

/** Removes a profile made by launchHearth. */
export function removeProfile(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}
