import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { openOptions, writeNote } from './support/pages';
import { storeSettings, windowAroundNow } from './support/settings';

// The test build: it is the shipped code plus the card preview page
// (entrypoints/card-preview), since axe cannot enter the real card's closed shadow root.
let hearth: Hearth;

beforeAll(async () => {
  hearth = await launchHearth(undefined, TEST_BUILD_DIR);
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
});

/** axe-core's violations on the page as it is now, as "rule: target" lines for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`));
}

/** Every page is checked as a user who asked for dark or light, and for less motion, would see it. */
async function openPage(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await hearth.context.newPage();
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${hearth.extensionId}/${path}`);
  return page;
}

const schemes = ['light', 'dark'] as const;

describe('accessibility (axe-core, zero violations)', () => {
  test.each(schemes)('the popup: the note view, then This week with notes and the letter open, %s', async (colorScheme) => {
    const popup = await hearth.openPopup();
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await writeNote(popup, `You made the evening easy (${colorScheme}).`);
    expect(await violations(popup)).toEqual([]);

    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.getByRole('list', { name: 'The week at a glance' }).waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.getByText('Letter of the week').click();
    await popup.getByRole('button', { name: 'Copy letter' }).waitFor();
    expect(await violations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Previous week' }).click();
    await popup.getByRole('button', { name: 'This week' }).waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  test.each(schemes)('the popup: Three good things, then the week with them and the walk, %s (issue 18)', async (colorScheme) => {
    const worker = await hearth.worker();
    // Past the day boundary (04:00) the reflection day is today's date.
    const today = await worker.evaluate(() => new Date(Date.now() - 4 * 3600_000).getDay());
    await storeSettings(worker, { walkDay: today as never });
    const popup = await hearth.openPopup();
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await popup.getByRole('tab', { name: 'Good things' }).click();
    await popup.getByRole('textbox', { name: 'First good thing' }).fill(`Breakfast together (${colorScheme})`);
    await popup.getByRole('textbox', { name: 'Why it went well (optional)' }).first().fill('no rush');
    expect(await violations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Keep them' }).click();
    await popup.getByText("Kept. They are in this week's reflection.").waitFor();
    expect(await violations(popup)).toEqual([]);

    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.getByRole('heading', { name: 'For your walk' }).waitFor();
    await popup.getByText('Talking points for the walk').click();
    expect(await violations(popup)).toEqual([]);
    await storeSettings(worker, {});
    await popup.close();
  });

  test.each(schemes)('the popup with the backup reminder, %s', async (colorScheme) => {
    const worker = await hearth.worker();
    // A backup long ago, and a note since: the reminder is due.
    await worker.evaluate(() => chrome.storage.local.set({ lastBackupAt: 1 }));
    const writing = await hearth.openPopup();
    await writeNote(writing, `Thank you for the tea (${colorScheme}).`);
    await writing.close();
    const popup = await hearth.openPopup();
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await popup.getByRole('button', { name: 'Back up now' }).waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await worker.evaluate(() => chrome.storage.local.remove('lastBackupAt'));
  });

  test.each(schemes)('the options page, with an inline error and the delete confirmation open, %s', async (colorScheme) => {
    const options = await openOptions(hearth);
    await options.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await options.getByLabel('Snooze for (minutes)').fill('500');
    await options.keyboard.press('Tab');
    await options.getByText('Choose a whole number of minutes from 1 to 120.').waitFor();
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });

  test.each(schemes)('the onboarding page, every step, %s', async (colorScheme) => {
    const onboarding = await openPage('onboarding.html', colorScheme);
    const next = onboarding.getByRole('button', { name: 'Next' });
    for (const step of [1, 2, 3, 4]) {
      await onboarding.getByText(`Step ${step} of 4`).waitFor();
      expect(await violations(onboarding), `step ${step}`).toEqual([]);
      if (step < 4) await next.click();
    }
    await onboarding.getByRole('button', { name: 'Show me a nudge now' }).click();
    await onboarding.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await violations(onboarding), 'step 4 with the nudge shown').toEqual([]);
    await onboarding.close();
  });

  test.each(schemes)('the in-page card (its preview page: the same frame over a page), with the note open, %s', async (colorScheme) => {
    // The frame shows the nudge on screen, so there must be one.
    const worker = await hearth.worker();
    await worker.evaluate(() =>
      chrome.storage.session.set({
        currentNudge: { nudgeId: 'a11y-preview', prompt: 'Take three slow breaths together.', shownAt: Date.now(), delivery: null, occurrence: null },
      }),
    );
    const preview = await openPage('card-preview.html', colorScheme);
    const card = preview.frameLocator('iframe');
    await card.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await violations(preview)).toEqual([]);
    await card.getByRole('button', { name: 'Write an appreciation note' }).click();
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByRole('alert').waitFor();
    expect(await violations(preview)).toEqual([]);
    await card.getByRole('button', { name: 'Three good things tonight' }).click();
    await card.getByRole('button', { name: 'Keep them' }).click();
    await card.getByRole('alert').waitFor();
    expect(await violations(preview)).toEqual([]);
    await preview.close();
    await worker.evaluate(() => chrome.storage.session.remove('currentNudge'));
  });

  test.each(schemes)('the nudge (fallback window), %s', async (colorScheme) => {
    const worker = await hearth.worker();
    const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html') });
    await storeSettings(worker, { style: 'window', windows: await windowAroundNow(worker, { open: true, id: `a11y-${colorScheme}` }) });
    const nudge = await opened;
    await nudge.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await nudge.getByRole('button', { name: "I'm putting it down" }).waitFor();
    expect(await violations(nudge)).toEqual([]);
    await nudge.getByRole('button', { name: 'Write an appreciation note' }).click();
    expect(await violations(nudge)).toEqual([]);
    await nudge.getByRole('button', { name: 'Three good things tonight' }).click();
    await nudge.getByRole('textbox', { name: 'First good thing' }).fill('The walk home');
    expect(await violations(nudge)).toEqual([]);
    await nudge.getByRole('button', { name: "I'm putting it down" }).click();
    await expect.poll(() => nudge.isClosed()).toBe(true);
  });
});
