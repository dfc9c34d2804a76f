import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ClosedShadow } from './support/closed-shadow';
import { storedNoteTexts } from './support/database';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { alarmsOf, closeABrowserWindow, WorkerStopper } from './support/service-worker';
import { eveningRecords, storeSettings, windowAroundNow } from './support/settings';
import { serveTestPage } from './support/test-page';

let site: Awaited<ReturnType<typeof serveTestPage>>;
let hearth: Hearth | undefined;
let stopper: WorkerStopper | undefined;
let card: ClosedShadow | undefined;

beforeAll(async () => {
  site = await serveTestPage();
});
afterAll(() => site.close());
afterEach(async () => {
  await card?.close();
  await stopper?.close();
  card = stopper = undefined;
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

/**
 * The test build (timers 60× faster), a web page in front, and a way to stop
 * the worker at once. Settings are written and state is read from the
 * stopper's extension page, which keeps answering while the worker is stopped.
 */
async function browsing(): Promise<{ page: Page; hearth: Hearth; stopper: WorkerStopper; extension: Page }> {
  hearth = await launchHearth(undefined, TEST_BUILD_DIR);
  stopper = await WorkerStopper.open(hearth);
  const page = await hearth.context.newPage();
  await page.goto(site.url);
  await page.bringToFront();
  return { page, hearth, stopper, extension: stopper.page };
}

/** A pause of a few milliseconds, so that the stop lands at a different point of the worker's run. */
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the service worker stopped mid-task', () => {
  test('stopped at any point after a settings change opens the window, the next event brings exactly one nudge, and one alarm stays', async () => {
    const { hearth, stopper, extension } = await browsing();
    const openNudgeWindows = () => hearth.context.pages().filter((page) => page.url().endsWith('/nudge.html'));
    // The window the background recorded for the nudge on screen, once it has recorded one.
    const recordedWindow = async () => {
      const windowId = await extension.evaluate(async () => {
        const { currentNudge } = await chrome.storage.session.get('currentNudge');
        return (currentNudge as { delivery?: { windowId?: number } } | undefined)?.delivery?.windowId ?? null;
      });
      for (const page of openNudgeWindows()) {
        const id = await page.evaluate(async () => (await chrome.windows.getCurrent()).id).catch(() => undefined);
        if (id !== undefined && id === windowId) return page;
      }
      return null;
    };

    for (const [round, delay] of [0, 20, 50, 100, 200].entries()) {
      const id = `stopped-${round}`;
      await storeSettings(extension, { style: 'window', windows: await windowAroundNow(extension, { open: true, id }) });
      await after(delay);
      await stopper.stop();
      // The stop may even have swallowed the settings change; the next event makes up for it.
      await closeABrowserWindow(extension);

      // Answered in the window the background knows of; if a restarted run replaced it meanwhile, in its successor.
      const putDown = async () => {
        const shown = await recordedWindow();
        return shown ? shown.getByRole('button', { name: "I'm putting it down" }).click({ timeout: 2_000 }).then(() => true, () => false) : false;
      };
      await expect.poll(putDown, { timeout: 15_000, message: `round ${round}` }).toBe(true);
      // No second window, and none left behind by the interrupted run.
      await expect.poll(() => openNudgeWindows().length, { message: `round ${round}` }).toBe(0);
      const evening = async () => (await eveningRecords(extension)).find((r) => r.windowId === id);
      await expect.poll(evening, { message: `round ${round}` }).toMatchObject({ nudgesShown: 1, settled: 'put-down' });
      expect(await alarmsOf(extension), `round ${round}`).toHaveLength(1);
    }
  });

  test('stopped right after a note is sent from the card, the note is saved once, or the card says so and keeps the text', async () => {
    const { page, extension } = await browsing();
    card = await ClosedShadow.open(page);
    // No repeat nudge may replace the card while the test writes in it.
    await storeSettings(extension, { style: 'card', repeatEveryMinutes: 120, windows: await windowAroundNow(extension, { open: true }) });
    await expect.poll(() => card!.text(), { timeout: 10_000 }).toMatch(/Write an appreciation note/);

    for (const [round, delay] of [0, 5, 20, 60].entries()) {
      const text = `Thank you for the walk, take ${round}.`;
      await card.openNote();
      await card.focus('textarea', /Appreciation note/);
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await after(delay);
      await stopper!.stop();

      await expect.poll(() => card!.text(), { timeout: 15_000, message: `round ${round}` }).toMatch(/Note saved|may not be saved/);
      if (!/Note saved/.test((await card.text()) ?? '')) {
        // Never lost: the text is still in the field, and saving again stores it once.
        expect(await card.value('textarea', /Appreciation note/)).toBe(text);
        await card.focus('textarea', /Appreciation note/);
        await page.keyboard.press('Enter');
        await expect.poll(() => card!.text(), { timeout: 15_000 }).toMatch(/Note saved/);
      }
      const texts = await storedNoteTexts(extension);
      expect(texts.filter((t) => t === text), `round ${round}`).toHaveLength(1);
    }
    const [evening] = await eveningRecords(extension);
    expect(evening).toMatchObject({ notesWritten: 4, nudgesShown: 1 });
    expect(await alarmsOf(extension)).toHaveLength(1);
  });
});
