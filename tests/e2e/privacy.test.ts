import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ClosedShadow } from './support/closed-shadow';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { readNetLog, type LoggedRequest } from './support/net-log';
import { storeSettings, windowAroundNow } from './support/settings';
import { serveTestPage } from './support/test-page';

// "Nothing leaves the device", watched three ways while Hearth is used end to
// end: Playwright's request events for every page and the service worker, the
// browser's own NetLog (from start-up, whoever asked), and the loopback
// server's log. Two canary requests, made on purpose from the worker and from
// an extension page, prove each recorder sees Hearth's requests at all, and an
// inline script added on purpose proves the policy recorder sees violations.
// The whole session runs once in beforeAll; each test reads what it recorded,
// so any of them can run alone.

interface SeenRequest {
  url: string;
  from: 'worker' | 'page';
  navigation: boolean;
}

let site: Awaited<ReturnType<typeof serveTestPage>>;
let hearth: Hearth;
let logDir: string;
let netLogFile: string;
let extensionOrigin: string;
let canaries: { worker: string; page: string };
const seen: SeenRequest[] = [];
const sockets: string[] = [];
const cspViolations: string[] = [];
let netLog: LoggedRequest[] = [];

beforeAll(async () => {
  site = await serveTestPage();
  canaries = { worker: `${site.url}canary-from-worker`, page: `${site.url}canary-from-page` };
  logDir = mkdtempSync(join(tmpdir(), 'hearth-netlog-'));
  netLogFile = join(logDir, 'net-log.json');
  hearth = await launchHearth(undefined, TEST_BUILD_DIR, { args: [`--log-net-log=${netLogFile}`] });
  extensionOrigin = `chrome-extension://${hearth.extensionId}`;
  await watch(hearth);
  await useHearthEverywhere();
  // The NetLog is complete once the browser has closed.
  await hearth.close();
  netLog = readNetLog(netLogFile);
}, 120_000);

afterAll(async () => {
  removeProfile(hearth.profileDir);
  rmSync(logDir, { recursive: true, force: true });
  await site.close();
});

async function watch({ context }: Hearth) {
  context.on('request', (request) =>
    seen.push({ url: request.url(), from: request.serviceWorker() ? 'worker' : 'page', navigation: request.isNavigationRequest() }),
  );
  context.on('page', (page) => page.on('websocket', (socket) => sockets.push(socket.url())));
  // The default MV3 policy forbids eval and remote code; a page that even tries is reported here.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  context.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) cspViolations.push(`${message.page()?.url()}: ${message.text()}`);
  });
}

/** The popup (note, week, letter), the options page, onboarding, the in-page card and the fallback window. */
async function useHearthEverywhere() {
  const { context } = hearth;
  const popup = await hearth.openPopup();
  await popup.getByRole('textbox', { name: 'Appreciation note' }).fill('Thank you for the quiet Sunday.');
  await popup.keyboard.press('Control+Enter');
  await popup.getByText('Saved. Ready for the next one.').waitFor();
  await popup.getByRole('tab', { name: 'This week' }).click();
  await popup.getByText('Letter of the week').click();
  await popup.getByRole('button', { name: 'Copy letter' }).click();
  await popup.getByText('Copied.').waitFor();
  const optionsOpened = context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
  await popup.getByRole('button', { name: 'Settings' }).click();
  const options = await optionsOpened;
  await options.getByRole('heading', { name: 'Your data' }).waitFor();
  // The worker's canary; then the page's, by beacon, the classic way to report home.
  await (await hearth.worker()).evaluate((url) => fetch(url).then((r) => r.status), canaries.worker);
  await options.evaluate((url) => navigator.sendBeacon(url, 'canary'), canaries.page);
  await vi.waitFor(() => expect(site.requests).toContain('POST /canary-from-page'), { timeout: 10_000, interval: 100 });
  // The policy recorder's canary: an inline script, which the default MV3 policy refuses.
  await options.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.cspCanaryRan = true;';
    document.head.append(script);
  });
  await vi.waitFor(() => expect(cspViolations.length).toBeGreaterThan(0), { timeout: 10_000, interval: 100 });
  expect(await options.evaluate(() => 'cspCanaryRan' in window)).toBe(false);

  const onboarding = await context.newPage();
  await onboarding.goto(`${extensionOrigin}/onboarding.html`);
  for (let step = 1; step < 4; step++) await onboarding.getByRole('button', { name: 'Next' }).click();
  await onboarding.getByRole('button', { name: 'Show me a nudge now' }).click();
  await onboarding.getByRole('button', { name: "I'm putting it down" }).click();
  await onboarding.close();

  await answerTheCard(await context.newPage());
  await answerTheWindow();
  await popup.close();
  await options.close();
}

async function answerTheCard(page: Page) {
  await page.goto(site.url);
  await page.bringToFront();
  const card = await ClosedShadow.open(page);
  const worker = await hearth.worker();
  await storeSettings(worker, { style: 'card', windows: await windowAroundNow(worker, { open: true, id: 'privacy-card' }) });
  await vi.waitFor(async () => expect(await card.text()).toMatch(/Write an appreciation note/), { timeout: 10_000, interval: 100 });
  await card.click(/Write an appreciation note/);
  await card.focus('textarea', /Appreciation note/);
  await page.keyboard.type('You noticed I was tired.');
  await page.keyboard.press('Enter');
  await vi.waitFor(async () => expect(await card.text()).toMatch(/Note saved/), { timeout: 10_000, interval: 100 });
  await card.click(/I'm putting it down/);
  await vi.waitFor(async () => expect(await card.text()).toBeNull(), { timeout: 10_000, interval: 100 });
  await card.close();
}

async function answerTheWindow() {
  const worker = await hearth.worker();
  const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html') });
  await storeSettings(worker, { style: 'window', windows: await windowAroundNow(worker, { open: true, id: 'privacy-window' }) });
  const nudge = await opened;
  await nudge.getByRole('button', { name: "I'm putting it down" }).click();
  await vi.waitFor(() => expect(nudge.isClosed()).toBe(true), { timeout: 10_000, interval: 100 });
}

const isCanary = (url: string) => url === canaries.worker || url === canaries.page;

describe('nothing leaves the device while Hearth is used everywhere: popup, options, onboarding, the in-page card and the fallback window', () => {
  test('the recorders see Hearth: its own files, and both canaries', () => {
    // The popup, its script and the week view's lazily loaded chunk all went past the recorders.
    const own = seen.filter((r) => r.url.startsWith(`${extensionOrigin}/`)).map((r) => new URL(r.url).pathname);
    expect(own).toContain('/popup.html');
    for (const chunk of ['popup', 'ReflectionPanel']) {
      expect(own.filter((path) => new RegExp(`^/chunks/${chunk}-[\\w-]+\\.js$`).test(path)), chunk).not.toHaveLength(0);
    }
    expect(seen.filter((r) => isCanary(r.url)).map((r) => `${r.from} ${r.url}`)).toEqual([
      `worker ${canaries.worker}`,
      `page ${canaries.page}`,
    ]);
    expect(netLog.filter((r) => r.initiator === extensionOrigin).map((r) => r.url)).toEqual([canaries.worker, canaries.page]);
  });

  test("the worker and every page ask for nothing but Hearth's own files (and the page the test opened)", () => {
    const elsewhere = seen.filter(
      (r) =>
        // Only Hearth is installed: its files, under its id or under the
        // per-session id that use_dynamic_url gives the card's frame.
        !r.url.startsWith('chrome-extension://') &&
        !/^(data|blob):/.test(r.url) &&
        !isCanary(r.url) &&
        // The test's own navigation to its loopback page, not Hearth's doing.
        !(r.navigation && r.from === 'page' && r.url === site.url),
    );
    expect(elsewhere).toEqual([]);
    expect(sockets).toEqual([]);
  });

  test('the network stack carried no request from Hearth, nor from any script on the web page', () => {
    // Browser-initiated requests (the test's navigations, and Chromium's own
    // background calls) carry no origin; Hearth's carry its extension origin,
    // and the card's content script would carry the page's.
    const pageOrigin = new URL(site.url).origin;
    const fromHearthOrPage = netLog.filter((r) => (r.initiator === extensionOrigin || r.initiator === pageOrigin) && !isCanary(r.url));
    expect(fromHearthOrPage).toEqual([]);
  });

  test('the loopback server was asked only for the page the test opened', () => {
    expect(new Set(site.requests)).toEqual(new Set(['GET /', 'GET /canary-from-worker', 'POST /canary-from-page']));
  });

  test("no page of Hearth ran into its content security policy, apart from the test's own canary", () => {
    // Chromium may report one violation more than once; what matters is which ones there were.
    expect([...new Set(cspViolations)]).toEqual([`${extensionOrigin}/options.html: CSP violation: script-src-elem inline`]);
  });
});
