import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
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
