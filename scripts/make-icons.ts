// `npm run icons`: renders public/icon.svg, the one source image, to every PNG
// size the browsers and stores ask for. Chromium does the rendering, so no
// image library is needed. Commit the results.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './lib/find-chromium';

// Shipped in the extension: 16/32 toolbar, 48 extensions page, 96 Firefox
// (hi-dpi 48), 128 install dialog and Chrome Web Store.
const PACKAGED = [16, 32, 48, 96, 128];
// Only for store listings, so not shipped: 128 Chrome Web Store, 300 Edge
// Add-ons logo, 512 large artwork.
const STORE = [128, 300, 512];

const svg = readFileSync('public/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
mkdirSync('docs/store', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
async function render(size: number, path: string) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path, omitBackground: true });
}
for (const size of PACKAGED) await render(size, `public/icon/${size}.png`);
for (const size of STORE) await render(size, `docs/store/icon-${size}.png`);
await browser.close();
console.log(`Wrote public/icon/{${PACKAGED.join(',')}}.png and docs/store/icon-{${STORE.join(',')}}.png`);
