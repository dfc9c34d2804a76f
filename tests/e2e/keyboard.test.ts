import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClosedShadow } from './support/closed-shadow';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { expectVisibleFocus, focusedOn, pressUntilFocused } from './support/keyboard';
import { eveningRecords, storeSettings, windowAroundNow } from './support/settings';
import { serveTestPage } from './support/test-page';

// The three moments of Hearth, with the keyboard alone: no click, no mouse,
// and no focus() from the test. Every control reached shows its focus ring.
let site: Awaited<ReturnType<typeof serveTestPage>>;
let hearth: Hearth;

beforeAll(async () => {
  site = await serveTestPage();
  hearth = await launchHearth(undefined, TEST_BUILD_DIR);
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
  await site.close();
});

async function startEvening(style: 'card' | 'window', id: string) {
  const worker = await hearth.worker();
  await storeSettings(worker, { style, windows: await windowAroundNow(worker, { open: true, id }) });
}

/** How the evening of window `id` was settled; its record's id is `${day}#${windowId}`. */
const settled = async (id: string) => (await eveningRecords(await hearth.worker())).find((r) => String(r.id).endsWith(`#${id}`))?.settled;

describe('Hearth with the keyboard alone', () => {
  test('a note in the popup: it opens ready to type, and Ctrl+Enter saves', async () => {
    const popup = await hearth.openPopup();
    const field = await focusedOn(popup);
    expect(field?.name).toBe('Appreciation note');
    expectVisibleFocus(field);
    await popup.keyboard.type('You brought me tea without asking.');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved. Ready for the next one.').waitFor();
    // The other controls of the note view: the save button, and the settings button before the tabs.
    await pressUntilFocused(popup, /^Save note$/);
    await pressUntilFocused(popup, /^Settings$/, { key: 'Shift+Tab' });
    await popup.close();
  });

  test('the in-page card: Tab from the page into it, write a note, then put the screen down', async () => {
    const page = await hearth.context.newPage();
    await page.goto(site.url);
    await page.bringToFront();
    const card = await ClosedShadow.open(page);
    try {
      // The page's own field; its (hostile) styles are not Hearth's to check.
      await pressUntilFocused(page, /^Search/, { ring: false });
      await startEvening('card', 'keyboard-card');
      await expect.poll(() => card.text(), { timeout: 10_000 }).toMatch(/I'm putting it down/);

      // The card is the last thing on the page, so Tab goes on into it.
      const inCard = { focused: () => card.focused() };
      await pressUntilFocused(page, /^Write an appreciation note$/, inCard);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await card.focused())?.name).toBe('Appreciation note');
      await page.keyboard.type('Thank you for the walk.');
      await page.keyboard.press('Enter');
      await expect.poll(() => card.text()).toMatch(/Note saved/);

      await pressUntilFocused(page, /^I'm putting it down$/, { key: 'Shift+Tab', ...inCard });
      await page.keyboard.press('Enter');
      await expect.poll(() => card.text()).toBeNull();
      await expect.poll(() => settled('keyboard-card')).toBe('put-down');
    } finally {
      await card.close();
      await page.close();
    }
  });

  test('the fallback window: brought forward, it starts on "I\'m putting it down"', async () => {
    const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html') });
    await startEvening('window', 'keyboard-window');
    const nudge = await opened;
    await nudge.getByText("I'm putting it down").waitFor();
    // The window never takes focus by itself; the user brings it forward
    // (Alt+Tab, or the focus-nudge command). Headless Chromium counts every
    // window as focused and never reports it coming forward, so the test
    // delivers the window's focus event that a desktop would.
    await nudge.bringToFront();
    await nudge.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
    // Brought forward, it starts on the main action.
    await expect.poll(async () => (await focusedOn(nudge))?.name).toBe("I'm putting it down");
    expectVisibleFocus(await focusedOn(nudge));
    // Enter activates a button as it goes down; the window is gone before the key comes up.
    await nudge.keyboard.down('Enter');
    await expect.poll(() => nudge.isClosed()).toBe(true);
    await expect.poll(() => settled('keyboard-window')).toBe('put-down');
  });

  test('the week: arrow to the tab, step back a week and return, open and copy the letter', async () => {
    const popup = await hearth.openPopup();
    // This test's own note, so that it needs no other test to have run.
    await popup.keyboard.type('You sang while you cooked.');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved. Ready for the next one.').waitFor();
    await pressUntilFocused(popup, /^Note$/, { key: 'Shift+Tab' });
    // Tabs follow the ARIA pattern: arrows move between them, Tab moves into the panel.
    await popup.keyboard.press('ArrowRight');
    const tab = await focusedOn(popup);
    expect(tab?.name).toBe('This week');
    expectVisibleFocus(tab);
    await popup.getByRole('list', { name: 'The week at a glance' }).waitFor();

    await pressUntilFocused(popup, /Previous week/);
    await popup.keyboard.press('Enter');
    await popup.getByText('A quiet week. That’s all right too.').waitFor();
    await pressUntilFocused(popup, /^This week$/);
    await popup.keyboard.press('Enter');
    await popup.locator('.note-list').getByText('You sang while you cooked.').waitFor();
    // Returning to this week keeps focus in the week navigation.
    expect((await focusedOn(popup))?.name).toMatch(/Previous week/);

    await pressUntilFocused(popup, /^Letter of the week$/);
    await popup.keyboard.press('Enter');
    await pressUntilFocused(popup, /^Copy letter$/);
    await popup.keyboard.press('Enter');
    await popup.getByText('Copied.').waitFor();
    await popup.close();
  });
});
