import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionContext } from './database';
import type { Hearth } from './hearth';

/**
 * Stops Hearth's service worker through the DevTools protocol, as Chrome does
 * when it is idle, or in the middle of what it was doing. The session is held
 * on an extension page of its own, so stop() can follow another action within
 * milliseconds.
 */
export class WorkerStopper {
  private constructor(
    /** The extension page the session lives on; it can also run extension code. */
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly versions: Map<string, string>,
  ) {}

  static async open(hearth: Hearth): Promise<WorkerStopper> {
    const page = await hearth.context.newPage();
    await page.goto(`chrome-extension://${hearth.extensionId}/popup.html`);
    const cdp = await hearth.context.newCDPSession(page);
    const versions = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
      for (const v of updated as Array<{ versionId: string; runningStatus: string }>) versions.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    // The versions arrive as events just after enable.
    for (let waited = 0; versions.size === 0; waited += 50) {
      if (waited > 5_000) throw new Error('DevTools reported no service worker for Hearth');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return new WorkerStopper(page, cdp, versions);
  }

  /** Stops every version of the worker that is starting or running now. */
  async stop(): Promise<void> {
    for (const [versionId, status] of this.versions) {
      if (status === 'running' || status === 'starting') await this.cdp.send('ServiceWorker.stopWorker', { versionId });
    }
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.page.close().catch(() => undefined);
  }
}

/**
 * Gives a stopped worker its next event, the way a user closing a browser
 * window does (Hearth listens for windows closing): any event starts the
 * worker again, and every start reconciles.
 */
export async function closeABrowserWindow(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const window = await chrome.windows.create({ url: 'about:blank', focused: false });
    if (window?.id !== undefined) await chrome.windows.remove(window.id);
  });
}

/** The alarms Hearth has set. */
export async function alarmsOf(context: ExtensionContext): Promise<Array<{ name: string; scheduledTime: number }>> {
  return context.evaluate(() => chrome.alarms.getAll());
}
