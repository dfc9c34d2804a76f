import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { openOptions, writeNote } from './support/pages';
import { storeSettings, windowAroundNow } from './support/settings';

let hearth: Hearth;

beforeAll(async () => {
  hearth = await launchHearth();
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
});

/** axe-core's violations on the page as it is now, as "rule: target" lines for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const schemes = ['light', 'dark'] as const;

describe('accessibility (axe-core, zero violations)', () => {
  test.each(schemes)('the popup note view, %s', async (colorScheme) => {
    const popup = await hearth.openPopup();
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await popup.getByRole('textbox', { name: 'Appreciation note' }).fill('You made the evening easy.');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('You made the evening easy.').first().waitFor();
    expect(await violations(popup)).toEqual([]);
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

  test.each(schemes)('onboarding, every step and the sample nudge, %s', async (colorScheme) => {
    const onboarding = await hearth.context.newPage();
    await onboarding.goto(`chrome-extension://${hearth.extensionId}/onboarding.html`);
    await onboarding.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const found: string[] = [];
    for (const heading of ['An hour for the two of you', 'Agree on your hour together', 'How should Hearth nudge you?', 'See a nudge']) {
      await onboarding.getByRole('heading', { name: heading }).waitFor();
      found.push(...(await violations(onboarding)));
      if (heading !== 'See a nudge') await onboarding.getByRole('button', { name: 'Next' }).click();
    }
    await onboarding.getByRole('button', { name: 'Show me a nudge now' }).click();
    await onboarding.getByRole('button', { name: "I'm putting it down" }).waitFor();
    found.push(...(await violations(onboarding)));
    expect(found).toEqual([]);
    await onboarding.close();
  });

  test.each(schemes)('the nudge (fallback window), %s', async (colorScheme) => {
    const worker = await hearth.worker();
    const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html') });
    await storeSettings(worker, { style: 'window', windows: await windowAroundNow(worker, { open: true, id: `a11y-${colorScheme}` }) });
    const nudge = await opened;
    await nudge.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await nudge.getByRole('button', { name: "I'm putting it down" }).waitFor();
    await nudge.getByRole('button', { name: 'Write an appreciation note' }).click();
    expect(await violations(nudge)).toEqual([]);
    await nudge.getByRole('button', { name: "I'm putting it down" }).click();
    await expect.poll(() => nudge.isClosed()).toBe(true);
  });
});
