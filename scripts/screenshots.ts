// `npm run screenshots`: the README's pictures, made from `npm run demo`'s
// session in headless Chromium: the popup's two views (light and dark) and
// the nudge on a page.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startDemo } from './lib/demo-session';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const demo = await startDemo({ headless: true });

try {
  // The nudge, as it appears over the page.
  await demo.site.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await demo.site.waitForSelector('hearth-nudge', { state: 'attached', timeout: 15_000 });
  // The card lives in a frame of Hearth's own page, shown once it has drawn the card.
  const cardFrame = () => demo.site.frames().find((f) => f.url().endsWith('/nudge-frame.html'));
  for (let tries = 0; !cardFrame() && tries < 50; tries++) await demo.site.waitForTimeout(100);
  await cardFrame()?.getByRole('button', { name: "I'm putting it down" }).waitFor({ timeout: 15_000 });
  await demo.site.waitForTimeout(400);
  await demo.site.screenshot({ path: `${OUT}/nudge-on-page.png` });

  const popup = await demo.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${demo.extensionId}/popup.html`);
  await popup.getByRole('list', { name: 'Recent notes' }).waitFor();
  await popup.getByRole('textbox', { name: 'Appreciation note' }).fill('You always know when I need');
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await popup.getByRole('tab', { name: 'Note' }).click();
    await shot(popup, `${OUT}/popup-note-${scheme}.png`);
    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.getByRole('list', { name: 'The week at a glance' }).waitFor();
    await shot(popup, `${OUT}/popup-week-${scheme}.png`);
  }
  console.log(`Wrote ${OUT}/nudge-on-page.png, popup-note-{light,dark}.png and popup-week-{light,dark}.png`);
} finally {
  await demo.close();
}

async function shot(page: Page, path: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}
