import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launchHearth, removeProfile, TEST_BUILD_DIR, type Hearth } from './support/hearth';
import { eveningRecords } from './support/settings';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

async function writeNote(popup: Page, text: string) {
  const field = popup.getByRole('textbox', { name: 'Appreciation note' });
  await field.fill(text);
  await field.press('Control+Enter');
  await popup.getByRole('list', { name: 'Recent notes' }).getByText(text).waitFor();
}

describe('the weekly reflection, in real Chromium', () => {
  test('shows this week\'s notes, navigates to the previous week and back, and copies the letter', async () => {
    hearth = await launchHearth();
    const popup = await hearth.openPopup();
    await writeNote(popup, 'You fixed the squeaky door <b>without</b> being asked.');
    await writeNote(popup, 'Your laugh at breakfast.');

    await popup.getByRole('tab', { name: 'This week' }).click();
    const strip = popup.getByRole('list', { name: 'The week at a glance' });
    await strip.waitFor();
    expect(await strip.getByRole('listitem').count()).toBe(7);
    expect(await strip.getByText(/2 notes/).count()).toBeGreaterThan(0);
    // Note text is shown as text, markup and all.
    await popup.locator('.note-list').getByText('You fixed the squeaky door <b>without</b> being asked.').waitFor();
    expect(await popup.locator('.note-list b').count()).toBe(0);
    // Under a day's heading, each note tells its time of day, not a "just now" the heading already says.
    const times = await popup.locator('.reflection-day .note-meta time').allTextContents();
    expect(times).toHaveLength(2);
    for (const time of times) expect(time).toMatch(/^\d{1,2}[:.]\d{2}/);

    await popup.getByRole('button', { name: 'Previous week' }).click();
    await popup.getByText('A quiet week. That’s all right too.').waitFor();
    await popup.getByRole('button', { name: 'This week' }).click();
    await popup.locator('.note-list').getByText('Your laugh at breakfast.').waitFor();
    // The "This week" tab means what it says: from an earlier week, it brings this week back (issue 14).
    await popup.getByRole('button', { name: 'Previous week' }).click();
    await popup.getByText('A quiet week. That’s all right too.').waitFor();
    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.locator('.note-list').getByText('Your laugh at breakfast.').waitFor();
    expect(await popup.getByRole('button', { name: 'This week' }).count()).toBe(0);
    expect(await popup.getByRole('tab', { name: 'This week' }).getAttribute('aria-selected')).toBe('true');
    // The current week offers no way into the future.
    expect(await popup.getByRole('button', { name: 'Next week' }).getAttribute('aria-disabled')).toBe('true');

    await popup.getByText('Letter of the week').click();
    await popup.getByRole('button', { name: 'Copy letter' }).click();
    await popup.getByText('Copied.').waitFor();
    // Paste it as a user would, into the note field, to read what the clipboard holds.
    await popup.getByRole('tab', { name: 'Note' }).click();
    const field = popup.getByRole('textbox', { name: 'Appreciation note' });
    await field.focus();
    await popup.keyboard.press('Control+V');
    const letter = await field.inputValue();
    expect(letter).toContain('To you,');
    expect(letter).toContain('You fixed the squeaky door <b>without</b> being asked.');
    expect(letter).toContain('Your laugh at breakfast.');
  });
});

describe('the weekly reflection over seeded weeks', () => {
  test('shows evenings and notes written through Hearth\'s own code, this week and the week before', async () => {
    hearth = await launchHearth(undefined, TEST_BUILD_DIR);
    // The test build's seeding page writes through Hearth's repositories, as the product would.
    const seeder = await hearth.context.newPage();
    await seeder.goto(`chrome-extension://${hearth.extensionId}/dev-seed.html`);
    const seeded = (await seeder.evaluate('window.hearthSeed({ notes: 60, years: 1 / 12, evenings: 14, seed: 3 })')) as {
      notesAdded: number;
      eveningsAdded: number;
    };
    expect(seeded).toMatchObject({ notesAdded: 60, eveningsAdded: 14 });
    await seeder.close();

    const popup = await hearth.openPopup();
    await popup.getByRole('tab', { name: 'This week' }).click();
    await popup.getByRole('list', { name: 'The week at a glance' }).waitFor();
    await popup.getByRole('button', { name: 'Previous week' }).click();
    // The earlier week has rendered once its own heading is there.
    await popup.getByRole('heading', { name: 'That week’s notes' }).waitFor();

    // Each day's cell shows what the seeded evening of that day was, if it went
    // well, and nothing otherwise. An evening counts on the reflection day of
    // its start (the day begins at 04:00).
    const reflectionDay = (start: number) => {
      const d = new Date(start - 4 * 3_600_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const outcomes = new Map<string, string>();
    for (const record of await eveningRecords(await hearth!.worker())) {
      const day = reflectionDay(Number(record.start));
      expect(outcomes.has(day), `one seeded evening per day (${day})`).toBe(false);
      outcomes.set(day, String(record.outcome));
    }
    const days = popup.getByRole('list', { name: 'The week at a glance' }).getByRole('listitem');
    const cells = await days.evaluateAll((items) => items.map((item) => ({ day: item.getAttribute('data-day') ?? '', className: item.className })));
    expect(cells).toHaveLength(7);
    const celebrated = new Set(['put-down', 'away', 'paused']);
    const expected = cells.map(({ day }) => {
      const outcome = outcomes.get(day);
      return { day, className: outcome && celebrated.has(outcome) ? `week-strip-day outcome-${outcome}` : 'week-strip-day' };
    });
    expect(cells).toEqual(expected);
    // The seed has evenings in that week that went well, so the week names them.
    expect(expected.some(({ className }) => className !== 'week-strip-day')).toBe(true);
    await popup.getByText(/^(You put the screens down|You were off the screens|Hearth was paused) on /).first().waitFor();
    expect(await popup.getByRole('heading', { name: 'That week’s notes' }).count()).toBe(1);
    expect(await popup.locator('.note-list .note-text').count()).toBeGreaterThan(0);
    // No streaks, no shame: nothing counts what was missed.
    expect(await popup.getByText(/streak|missed|kept browsing/i).count()).toBe(0);
  });
});
