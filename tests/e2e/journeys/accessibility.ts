import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { DriverPage, LaunchHearth } from '../support/driver';
import { evaluateJson, openPopup, settingsWith, useBrowsers, waitForControl, waitForText, windowAroundNow, writeNote } from './session';

// axe-core itself (the engine @axe-core/playwright carries), put into each page as its own source.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now, as "rule: target" lines for a readable failure. */
async function violations(page: DriverPage, { framed = false } = {}): Promise<string[]> {
  await page.evaluateScript(`if (!globalThis.axe) { ${AXE_SOURCE} }`);
  // Frames are checked as their own pages (axe is put only into the page it runs in).
  // A framed page is part of the page around it, which holds the main landmark and the first heading.
  const rules = framed ? "{ 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } }" : '{}';
  return evaluateJson<string[]>(
    page,
    `axe.run(document, { resultTypes: ['violations'], iframes: false, rules: ${rules} }).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ') + ' (' + (n.failureSummary ?? '').split('\\n')[1]?.trim() + ')')))`,
  );
}

/** Which colour scheme the page is really showing, so a test proves it checked the one it meant to. */
const scheme = (page: DriverPage) => page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));

/** Accessibility: axe-core finds nothing on any of Hearth's pages, light and dark, with reduced motion. */
export function accessibilityJourneys(launch: LaunchHearth): void {
  const start = useBrowsers(launch);

  describe('accessibility (axe-core, zero violations)', () => {
    test.each(['light', 'dark'] as const)('every page: popup, week and letter, options, onboarding, card and small window, %s', async (colorScheme) => {
      // The test build, for the card's preview page: axe cannot enter the real card's closed shadow root.
      const browser = await start({ build: 'test' });
      await browser.preferColorScheme(colorScheme);
      const extension = await browser.extension();
      const quiet = await windowAroundNow(extension, false, 'later');
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ windows: quiet.windows }));

      const popup = await openPopup(browser);
      expect(await scheme(popup)).toBe(colorScheme);
      await writeNote(popup, `You made the evening easy (${colorScheme}).`);
      // The control: axe does report a fault when there is one.
      await popup.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { id: 'axe-control', src: 'data:,' })));
      expect(await violations(popup)).toContainEqual(expect.stringMatching(/^image-alt: #axe-control/));
      await popup.evaluate(() => document.getElementById('axe-control')?.remove());
      expect(await violations(popup), 'popup, note').toEqual([]);
      await popup.click({ role: 'tab', name: 'This week' });
      await popup.click({ role: 'disclosure', name: 'Letter of the week' });
      await waitForControl(popup, { role: 'button', name: 'Copy letter' });
      expect(await violations(popup), 'popup, this week with the letter').toEqual([]);
      await popup.click({ role: 'button', name: 'Previous week' });
      await waitForControl(popup, { role: 'button', name: 'This week' });
      expect(await violations(popup), 'popup, an earlier week').toEqual([]);
      await popup.close();

      const options = await browser.openExtensionPage('options.html');
      await options.focus({ role: 'textbox', name: 'Snooze for (minutes)' });
      await options.press('Control+A');
      await options.type('500');
      await options.press('Tab');
      await waitForText(options, 'Choose a whole number of minutes from 1 to 120.');
      await options.click({ role: 'button', name: 'Delete everything…' });
      await waitForControl(options, { role: 'button', name: 'Yes, delete everything' });
      expect(await violations(options), 'options, an error and the delete confirmation').toEqual([]);
      await options.close();

      const onboarding = await browser.openExtensionPage('onboarding.html');
      for (const step of [1, 2, 3, 4]) {
        await waitForText(onboarding, `Step ${step} of 4`);
        expect(await violations(onboarding), `onboarding, step ${step}`).toEqual([]);
        if (step < 4) await onboarding.click({ role: 'button', name: 'Next' });
      }
      await onboarding.click({ role: 'button', name: 'Show me a nudge now' });
      await waitForControl(onboarding, { role: 'button', name: "I'm putting it down" });
      expect(await violations(onboarding), 'onboarding, with the nudge shown').toEqual([]);
      await onboarding.close();

      // The card's frame shows the nudge on screen, so there must be one.
      await extension.evaluate(() =>
        chrome.storage.session.set({ currentNudge: { nudgeId: 'a11y-preview', prompt: 'Take three slow breaths together.', shownAt: Date.now(), delivery: null, occurrence: null } }),
      );
      const preview = await browser.openExtensionPage('card-preview.html');
      expect(await violations(preview), 'the page around the card, with its frame').toEqual([]);
      await preview.close();
      const card = await browser.openExtensionPage('nudge-frame.html');
      await waitForText(card, "I'm putting it down");
      expect(await violations(card, { framed: true }), 'the card').toEqual([]);
      await card.click({ role: 'button', name: 'Write an appreciation note' });
      await card.click({ role: 'button', name: 'Save note' });
      await waitForControl(card, { role: 'alert' });
      expect(await violations(card, { framed: true }), 'the card, with its note refused').toEqual([]);
      await card.close();
      await extension.evaluate(() => chrome.storage.session.remove('currentNudge'));

      const { windows } = await windowAroundNow(extension, true, `a11y-${colorScheme}`);
      await extension.evaluate((settings) => chrome.storage.sync.set({ settings }), settingsWith({ style: 'window', windows }));
      const nudge = await browser.waitForExtensionPage('nudge.html');
      await waitForText(nudge, "I'm putting it down");
      expect(await scheme(nudge)).toBe(colorScheme);
      expect(await violations(nudge), 'the small window').toEqual([]);
      await nudge.click({ role: 'button', name: 'Write an appreciation note' });
      expect(await violations(nudge), 'the small window, writing a note').toEqual([]);
      await nudge.click({ role: 'button', name: "I'm putting it down" });
      await expect.poll(() => nudge.isClosed()).toBe(true);
    });
  });
}
