import { afterEach, describe, expect, test } from 'vitest';
import { RELEASED_SCHEMAS } from '../fixtures/schema-history';
import { storedRecords, writeReleasedDatabase } from './support/database';
import { launchHearth, reloadHearth, removeProfile, type Hearth } from './support/hearth';
import { eveningRecords, storeSettings, windowAroundNow } from './support/settings';

let hearth: Hearth | undefined;

afterEach(async () => {
  if (hearth) {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
  hearth = undefined;
});

const byId = (records: ReadonlyArray<object>) => [...records].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));

/**
 * The extension creates its database the moment it starts, so an old
 * release's database can't simply be there first. Instead, an extension page
 * deletes it and writes it again exactly as that release did (plain
 * IndexedDB, its stores, indexes and records: tests/fixtures/schema-history.ts),
 * and then Hearth reloads itself as an update does (chrome.runtime.reload()),
 * so its new worker and pages open that database with today's schema.
 */
describe('updating Hearth over a database written by an earlier release', () => {
  test('every released schema opens with all its notes and evenings, and the evening log goes on working', async () => {
    hearth = await launchHearth(undefined, undefined, { developerMode: true });
    // Nothing may write to the database between the old release and the update (the default window might be open now).
    await storeSettings(await hearth.worker(), { enabled: false });

    for (const schema of RELEASED_SCHEMAS) {
      const page = await hearth.context.newPage();
      await page.goto(`chrome-extension://${hearth.extensionId}/onboarding.html`);
      await writeReleasedDatabase(page, schema);
      const worker = await reloadHearth(hearth);

      const popup = await hearth.openPopup();
      const recent = popup.getByRole('list', { name: 'Recent notes' });
      for (const note of schema.seed.notes) await recent.getByText(note.text).waitFor();
      expect(byId(await storedRecords(worker, 'notes')), `v${schema.version} notes`).toEqual(byId(schema.seed.notes));
      const seededEvenings = 'evenings' in schema.seed ? schema.seed.evenings : [];
      expect(byId(await storedRecords(worker, 'evenings')), `v${schema.version} evenings`).toEqual(byId(seededEvenings));

      // Tonight's evening is logged in the upgraded database.
      const id = `after-v${schema.version}`;
      const opened = hearth.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/nudge.html') });
      await storeSettings(worker, { style: 'window', windows: await windowAroundNow(worker, { open: true, id }) });
      const nudge = await opened;
      await nudge.getByRole('button', { name: "I'm putting it down" }).click();
      await expect.poll(async () => (await eveningRecords(worker)).find((r) => r.windowId === id)).toMatchObject({ settled: 'put-down', nudgesShown: 1 });
      // Quiet until the next round's update.
      await storeSettings(worker, { enabled: false });
      await popup.close();
    }
  });
});
