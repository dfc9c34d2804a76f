import { afterEach, describe, expect, test } from 'vitest';
import { NOTE_UNDO_MS } from '../../utils/notes/tombstone';
import { storedRecords } from './support/database';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';

let hearth: Hearth | undefined;
const profiles: string[] = [];

async function start(profileDir?: string): Promise<Hearth> {
  hearth = await launchHearth(profileDir);
  if (!profiles.includes(hearth.profileDir)) profiles.push(hearth.profileDir);
  return hearth;
}

afterEach(async () => {
  await hearth?.close();
  hearth = undefined;
  for (const dir of profiles.splice(0)) removeProfile(dir);
});

const noteField = (page: import('playwright-core').Page) => page.getByRole('textbox', { name: 'Appreciation note' });
const recentTexts = (page: import('playwright-core').Page) =>
  page.getByRole('list', { name: 'Recent notes' }).locator('.note-text').allTextContents();

describe('the quick appreciation note, in real Chromium', () => {
  test('opens ready to type, saves with the keyboard, and lists the note after reopening', async () => {
    const { openPopup } = await start();
    const popup = await openPopup();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('note-text');
    expect(await noteField(popup).getAttribute('placeholder')).not.toBe('');

    await popup.keyboard.type('You held my hand on the bus.');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved. Ready for the next one.').waitFor();
    expect(await noteField(popup).inputValue()).toBe('');

    await noteField(popup).fill('And you laughed at my joke.');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByText('And you laughed at my joke.').waitFor();
    await popup.close();

    const again = await openPopup();
    await expect.poll(() => recentTexts(again)).toEqual(['And you laughed at my joke.', 'You held my hand on the bus.']);
  });

  test('keeps a draft when the popup closes mid-sentence', async () => {
    const { openPopup } = await start();
    const popup = await openPopup();
    await popup.keyboard.type('You always know when I need');
    await popup.close();

    const again = await openPopup();
    expect(await noteField(again).inputValue()).toBe('You always know when I need');
    await again.getByText('Your unsaved draft is back.').waitFor();
    // Only a draft: once the recent notes have loaded, none is stored.
    await again.getByText('Your notes will gather here.', { exact: false }).waitFor();
    expect(await recentTexts(again)).toEqual([]);
  });

  test('edits, deletes and undoes the delete', async () => {
    const { openPopup } = await start();
    const popup = await openPopup();
    await noteField(popup).fill('first draft of a thank you');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('first draft of a thank you').waitFor();

    await popup.getByRole('button', { name: /^Edit note from/ }).click();
    const editor = popup.getByRole('textbox', { name: 'Note text' });
    await editor.fill('thank you for Sunday');
    await editor.press('Control+Enter');
    await expect.poll(() => recentTexts(popup)).toEqual(['thank you for Sunday']);

    await popup.getByRole('button', { name: /^Delete note from/ }).click();
    await popup.getByText('Note deleted.').waitFor();
    await expect.poll(() => recentTexts(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => recentTexts(popup)).toEqual(['thank you for Sunday']);

    await popup.close();
    const again = await openPopup();
    await expect.poll(() => recentTexts(again)).toEqual(['thank you for Sunday']);
  });

  test('a delete can still be undone after the popup closes, and leaves only a tombstone once its time is over', async () => {
    const { openPopup, worker } = await start();
    const popup = await openPopup();
    await noteField(popup).fill('thank you for the soup');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('thank you for the soup').waitFor();

    // The popup closes the moment it loses focus, often right after a delete.
    await popup.getByRole('button', { name: /^Delete note from/ }).click();
    await popup.getByText('Note deleted.').waitFor();
    await popup.close();
    const reopened = await openPopup();
    await reopened.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => recentTexts(reopened)).toEqual(['thank you for the soup']);
    await reopened.getByText('Note restored.').waitFor();

    await reopened.getByRole('button', { name: /^Delete note from/ }).click();
    await reopened.getByText('Note deleted.').waitFor();
    await reopened.close();
    await new Promise((resolve) => setTimeout(resolve, NOTE_UNDO_MS + 500));
    const later = await openPopup();
    await later.getByText(/^Your notes will gather here/).waitFor();
    expect(await later.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    // Opening purged the words: the tombstone keeps only the id and times.
    await expect.poll(async () => (await storedRecords(await worker(), 'tombstones')).map((record) => Object.keys(record).sort())).toEqual([
      ['deletedAt', 'id', 'updatedAt'],
    ]);
  });

  test('an edit in place survives the popup closing mid-edit, and comes back on reopening', async () => {
    const { openPopup } = await start();
    const popup = await openPopup();
    await noteField(popup).fill('you made soup');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('you made soup').waitFor();
    await popup.getByRole('button', { name: /^Edit note from/ }).click();
    await popup.getByRole('textbox', { name: 'Note text' }).fill('you made soup when I was ill');
    await popup.close();

    const again = await openPopup();
    const editor = again.getByRole('textbox', { name: 'Note text' });
    expect(await editor.inputValue()).toBe('you made soup when I was ill');
    await again.getByText('Your unsaved edit is back.', { exact: false }).waitFor();
    // The new note's field keeps the focus; the kept edit waits to be saved.
    await expect.poll(() => again.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await editor.press('Control+Enter');
    await expect.poll(() => recentTexts(again)).toEqual(['you made soup when I was ill']);
  });

  test('notes survive a browser restart on the same profile', async () => {
    const first = await start();
    const popup = await first.openPopup();
    await noteField(popup).fill('still here tomorrow');
    await popup.keyboard.press('Control+Enter');
    await popup.getByText('Saved. Ready for the next one.').waitFor();
    await first.close();

    const second = await start(first.profileDir);
    expect(second.extensionId).toBe(first.extensionId);
    const reopened = await second.openPopup();
    await expect.poll(() => recentTexts(reopened)).toEqual(['still here tomorrow']);
  });
});
