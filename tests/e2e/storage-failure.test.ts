import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { RELEASED_SCHEMAS } from '../fixtures/schema-history';
import { releaseHeldDatabase, storedNoteTexts, writeReleasedDatabase } from './support/database';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';
import { storeSettings, windowAroundNow, zoneWhereItIsMidday } from './support/settings';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

const noteField = (page: Page) => page.getByRole('textbox', { name: 'Appreciation note' });
const status = (page: Page) => page.locator('#note-status');
const BLOCKED = "Hearth's storage is busy with another Hearth window that is updating.";
const BLOCKED_LIST = 'Your notes will show here once the other Hearth window that is updating is closed.';
const QUOTA = 'Your browser has run out of space for Hearth';

/** Types a note in the popup and asks to save it; the result is left for the test to read. */
async function trySaving(popup: Page, text: string): Promise<void> {
  await noteField(popup).fill(text);
  await noteField(popup).press('Control+Enter');
}

describe('storage that fails, in real Chromium', () => {
  test('blocked by a page of an older release holding the database: the popup and the nudge say why, keep the text, and save once it is closed', async () => {
    hearth = await launchHearth();
    const worker = await hearth.worker();
    const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html') });
    await storeSettings(worker, { style: 'window', windows: await windowAroundNow(worker, { open: true }) });
    const nudge = await opened;
    await nudge.getByRole('button', { name: 'Write an appreciation note' }).click();

    // A Hearth page left open from before an update, holding the version 1 database and refusing to let go.
    const v1 = RELEASED_SCHEMAS.find((schema) => schema.version === 1)!;
    const oldPage = await hearth.context.newPage();
    await oldPage.goto(`chrome-extension://${hearth.extensionId}/onboarding.html`);
    await writeReleasedDatabase(oldPage, v1, { hold: true });

    const popup = await hearth.openPopup();
    // The recent notes say why they aren't there, instead of "Loading…" for ever.
    await popup.getByText(BLOCKED_LIST).waitFor({ timeout: 5_000 });
    await trySaving(popup, 'You fixed the gate before I asked.');
    await status(popup).getByText(BLOCKED).waitFor({ timeout: 5_000 });
    expect(await noteField(popup).inputValue()).toBe('You fixed the gate before I asked.');
    await popup.close();
    // Closing the popup loses nothing: the draft is back.
    const again = await hearth.openPopup();
    expect(await noteField(again).inputValue()).toBe('You fixed the gate before I asked.');

    // The nudge's note is stored by the background, which is blocked the same way.
    const nudgeField = nudge.getByRole('textbox', { name: 'Appreciation note' });
    await nudgeField.fill('You sang in the car.');
    await nudgeField.press('Enter');
    await nudge.getByRole('alert').getByText(BLOCKED).waitFor({ timeout: 5_000 });
    expect(await nudgeField.inputValue()).toBe('You sang in the car.');

    await releaseHeldDatabase(oldPage);
    // Once the old page lets go, the upgrade runs and both saves go through, once each, beside the old notes.
    const recent = again.getByRole('list', { name: 'Recent notes' });
    for (const note of v1.seed.notes) await recent.getByText(note.text).waitFor();
    expect(await again.getByText(BLOCKED_LIST).count()).toBe(0);
    await again.getByRole('button', { name: 'Save note' }).click();
    await status(again).getByText('Saved. Ready for the next one.').waitFor();
    await nudgeField.press('Enter');
    await nudge.getByText('Note saved. It will be waiting in Hearth.').waitFor();
    const texts = await storedNoteTexts(worker);
    expect(texts.sort()).toEqual([...v1.seed.notes.map((n) => n.text), 'You fixed the gate before I asked.', 'You sang in the car.'].sort());
  });

  test('out of space: the popup says so, keeps the text and the draft, and saves once space is back', async () => {
    // Chromium lets an origin that wrote in the last 30 seconds go on writing
    // without asking the quota again (BucketContext::kBucketSpaceCacheTimeLimit),
    // so the quota must shrink before Hearth's first write. At midday the
    // default evening window is closed and the new install writes nothing.
    hearth = await launchHearth(undefined, undefined, { timeZone: zoneWhereItIsMidday() });
    const popup = await hearth.openPopup();
    const origin = `chrome-extension://${hearth.extensionId}`;
    const cdp = await hearth.context.newCDPSession(popup);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

    await trySaving(popup, 'You carried the shopping up four floors.');
    await status(popup).getByText(QUOTA).waitFor();
    expect(await noteField(popup).inputValue()).toBe('You carried the shopping up four floors.');
    // Reopened, the popup has the draft back.
    await popup.reload();
    await popup.getByText('Your unsaved draft is back.').waitFor();
    expect(await noteField(popup).inputValue()).toBe('You carried the shopping up four floors.');

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await popup.getByRole('button', { name: 'Save note' }).click();
    await status(popup).getByText('Saved. Ready for the next one.').waitFor();
    expect(await storedNoteTexts(await hearth.worker())).toEqual(['You carried the shopping up four floors.']);
  });
});
