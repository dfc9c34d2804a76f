import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { openOptions, writeNote } from './support/pages';
import { storeSettings, windowAroundNow } from './support/settings';

// Chromium's own stylesheet for extension pages sets body { font-size: 75% }:
// text without a size of its own shrank to 10.5 px (issue 19). These are the
// sizes Hearth means, measured as rendered.
const BODY = '14px';
const NOTE = '15px';
const NOTE_ACTION = '13px';

let hearth: Hearth;

beforeAll(async () => {
  hearth = await launchHearth();
});
afterAll(async () => {
  await hearth.close();
  removeProfile(hearth.profileDir);
});

const fontSize = (locator: Locator) => locator.first().evaluate((el) => getComputedStyle(el).fontSize);

async function sizes(entries: Record<string, Locator>): Promise<Record<string, string>> {
  const measured: Record<string, string> = {};
  for (const [name, locator] of Object.entries(entries)) measured[name] = await fontSize(locator);
  return measured;
}

describe('text renders at the sizes Hearth sets, not at Chromium’s 75%', () => {
  test('the popup: the note, the note field, the buttons, the tabs and plain text', async () => {
    const popup = await hearth.openPopup();
    await writeNote(popup, 'You read to me until I fell asleep.');
    await popup.getByText('You read to me until I fell asleep.').waitFor();
    expect(
      await sizes({
        note: popup.locator('.note-list .note-text'),
        field: popup.getByRole('textbox', { name: 'Appreciation note' }),
        save: popup.getByRole('button', { name: 'Save note' }),
        edit: popup.getByRole('button', { name: /^Edit note from/ }),
        tab: popup.getByRole('tab', { name: 'Note' }),
        body: popup.locator('body'),
      }),
    ).toEqual({ note: NOTE, field: NOTE, save: BODY, edit: NOTE_ACTION, tab: BODY, body: BODY });

    await popup.getByRole('button', { name: /^Edit note from/ }).click();
    expect(await fontSize(popup.getByRole('textbox', { name: 'Note text' }))).toBe(NOTE);

    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.getByRole('list', { name: 'The week at a glance' }).waitFor();
    expect(
      await sizes({
        note: popup.locator('.reflection-day .note-text'),
        previous: popup.getByRole('button', { name: 'Previous week' }),
      }),
    ).toEqual({ note: NOTE, previous: BODY });

    // "‹ Previous week" and "Next week ›" each stay on one line (issue 19), on this week and an earlier one.
    const lines = (name: string) =>
      popup.getByRole('button', { name, exact: true }).evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
    expect([await lines('Previous week'), await lines('Next week')]).toEqual([1, 1]);
    await popup.getByRole('button', { name: 'Previous week' }).click();
    await popup.getByRole('button', { name: 'This week', exact: true }).waitFor();
    expect([await lines('Previous week'), await lines('Next week')]).toEqual([1, 1]);
    await popup.close();
  });

  test('the options page: its text, fields and buttons', async () => {
    const options = await openOptions(hearth);
    expect(
      await sizes({
        body: options.locator('body'),
        field: options.getByLabel('Snooze for (minutes)'),
        button: options.getByRole('button', { name: 'Export a backup' }),
      }),
    ).toEqual({ body: BODY, field: BODY, button: BODY });
    await options.close();
  });

  test('onboarding: its paragraphs, fields and buttons', async () => {
    const page = await hearth.context.newPage();
    await page.goto(`chrome-extension://${hearth.extensionId}/onboarding.html`);
    await page.getByText('Step 1 of 4').waitFor();
    expect(
      await sizes({
        paragraph: page.locator('.onboarding p:not(.quiet)'),
        next: page.getByRole('button', { name: 'Next' }),
      }),
    ).toEqual({ paragraph: BODY, next: BODY });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Step 2 of 4').waitFor();
    expect(await fontSize(page.getByRole('textbox').first())).toBe(BODY);
    await page.close();
  });

  test('the nudge window: its text, the note field and the buttons', async () => {
    const worker = await hearth.worker();
    const opened = hearth.context.waitForEvent('page', { predicate: (p: Page) => p.url().endsWith('/nudge.html') });
    await storeSettings(worker, { style: 'window', windows: await windowAroundNow(worker, { open: true, id: 'text-size' }) });
    const nudge = await opened;
    await nudge.getByRole('button', { name: "I'm putting it down" }).waitFor();
    await nudge.getByRole('button', { name: 'Write an appreciation note' }).click();
    expect(
      await sizes({
        line: nudge.locator('.hearth-nudge__line'),
        field: nudge.getByRole('textbox', { name: /note/i }),
        save: nudge.getByRole('button', { name: 'Save note' }),
        putDown: nudge.getByRole('button', { name: "I'm putting it down" }),
      }),
    ).toEqual({ line: BODY, field: NOTE, save: BODY, putDown: BODY });
    await nudge.getByRole('button', { name: "I'm putting it down" }).click();
  });
});
