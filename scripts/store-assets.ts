// `npm run store-assets`: the store's pictures (docs/store/), made from
// `npm run demo`'s session in headless Chromium: four 1280×800 screenshots and
// the 440×280 promo tile. The popup is shown at its real size on a calm
// background, since a store screenshot is larger than the popup.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startDemo } from './lib/demo-session';

const OUT = 'docs/store';
const STAGE = { width: 1280, height: 800 };
mkdirSync(OUT, { recursive: true });
const STAGE_CSS = `
  body { margin: 0; font-family: system-ui, sans-serif; background: linear-gradient(135deg, #fff6ec, #f6e2cf); color: #3b2a20; }
  main { box-sizing: border-box; height: 800px; display: flex; align-items: center; justify-content: center; gap: 96px; padding: 0 96px; }
  .words { max-width: 460px; }
  h1 { font-size: 52px; line-height: 1.1; margin: 0 0 24px; font-weight: 650; }
  p { font-size: 24px; line-height: 1.45; margin: 0; }
  img { width: 380px; border-radius: 14px; box-shadow: 0 24px 60px rgba(80, 40, 10, 0.25); }
`;
const demo = await startDemo({ headless: true });

try {
  await demo.site.setViewportSize(STAGE);
  await demo.site.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await demo.site.waitForSelector('hearth-nudge', { state: 'attached', timeout: 15_000 });
  // The card lives in a frame of Hearth's own page, shown once it has drawn the card.
  const cardFrame = () => demo.site.frames().find((f) => f.url().endsWith('/nudge-frame.html'));
  for (let tries = 0; !cardFrame() && tries < 50; tries++) await demo.site.waitForTimeout(100);
  await cardFrame()?.getByRole('button', { name: "I'm putting it down" }).waitFor({ timeout: 15_000 });
  await demo.site.waitForTimeout(400);
  await demo.site.screenshot({ path: `${OUT}/screenshot-1-nudge.png` });

  const popup = await demo.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await popup.goto(`chrome-extension://${demo.extensionId}/popup.html`);
  await popup.getByRole('list', { name: 'Recent notes' }).waitFor();
  await popup.getByRole('textbox', { name: 'Appreciation note' }).fill('You always know when I need a cup of tea.');
  const noteShot = await popup.screenshot();
  await popup.getByRole('tab', { name: 'This week' }).click();
  await popup.getByRole('list', { name: 'The week at a glance' }).waitFor();
  const weekShot = await popup.screenshot();
  await popup.close();

  const stage = await demo.context.newPage();
  await stage.setViewportSize(STAGE);
  await stage.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await showOnStage(stage, noteShot, 'A note in seconds', 'Open Hearth and the note field is ready. Nothing you type is lost.');
  await stage.screenshot({ path: `${OUT}/screenshot-2-note.png` });
  await showOnStage(stage, weekShot, 'Your week, together', 'The evenings you put the screens down, a question for the two of you, and your notes.');
  await stage.screenshot({ path: `${OUT}/screenshot-3-week.png` });

  const options = await demo.context.newPage();
  await options.setViewportSize(STAGE);
  await options.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await options.goto(`chrome-extension://${demo.extensionId}/options.html`);
  await options.getByText(/^In short: /).waitFor();
  await options.screenshot({ path: `${OUT}/screenshot-4-options.png` });

  await stage.setViewportSize({ width: 440, height: 280 });
  await stage.setContent(promoTile(readFileSync('public/icon/128.png').toString('base64')));
  await stage.screenshot({ path: `${OUT}/promo-tile-440x280.png` });
  console.log(`Wrote ${OUT}/screenshot-{1-nudge,2-note,3-week,4-options}.png and promo-tile-440x280.png`);
} finally {
  await demo.close();
}

// The stage's text is the store's, not Hearth's, so it is set here, as text.
async function showOnStage(page: Page, shot: Buffer, title: string, line: string) {
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>${STAGE_CSS}</style>
    <main><div class="words"><h1></h1><p></p></div><img alt=""></main>`);
  await page.evaluate(
    ({ title, line, src }) => {
      document.querySelector('h1')!.textContent = title;
      document.querySelector('p')!.textContent = line;
      document.querySelector('img')!.src = src;
    },
    { title, line, src: `data:image/png;base64,${shot.toString('base64')}` },
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
}

function promoTile(iconBase64: string): string {
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: 440px; height: 280px; display: flex; align-items: center; gap: 24px; padding: 0 36px; box-sizing: border-box;
      font-family: system-ui, sans-serif; background: linear-gradient(135deg, #fff6ec, #f3d9c2); color: #3b2a20; }
    img { width: 112px; height: 112px; }
    h1 { font-size: 44px; margin: 0 0 8px; font-weight: 700; }
    p { font-size: 19px; line-height: 1.35; margin: 0; }
  </style><img src="data:image/png;base64,${iconBase64}" alt=""><div><h1>Hearth</h1><p>An evening hour for the two of you</p></div>`;
}
