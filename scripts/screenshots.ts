// `npm run screenshots`: makes the README's pictures from the real build in
// headless Chromium. Notes are written through the popup itself, as a user
// would, so the picture shows what Hearth really renders.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './lib/find-chromium';

const extensionDir = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'hearth-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: chromiumArgs(extensionDir, { headless: true }),
  viewport: { width: 380, height: 560 },
  deviceScaleFactor: 2,
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const field = popup.getByRole('textbox', { name: 'Appreciation note' });
  for (const text of [
    'You made coffee before I even woke up, and left the good mug out for me.',
    'The way you listened about my sister tonight, without trying to fix it.',
    'You laughed so hard at the dog that I forgot the whole awful day.',
  ]) {
    await field.fill(text);
    await field.press('Control+Enter');
    await popup.getByText(text).waitFor();
  }
  await field.fill('You always know when I need');
  mkdirSync('docs/screenshots', { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.reload();
    await popup.getByText('The way you listened').waitFor();
    await popup.screenshot({ path: `docs/screenshots/popup-${scheme}.png` });
  }
  console.log('Wrote docs/screenshots/popup-light.png and popup-dark.png');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
