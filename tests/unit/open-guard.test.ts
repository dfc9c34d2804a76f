import { afterEach, describe, expect, test, vi } from 'vitest';
import { createNoteRepository } from '../../utils/db/notes';
import { HearthDatabase } from '../../utils/db/schema';
import { openUnlessBlocked, whenOpen } from '../../utils/db/open-guard';
import { classifyStorageError } from '../../utils/db/storage-errors';
import { holdOldVersion } from '../fixtures/old-connection';

let held: IDBDatabase | undefined;
afterEach(() => held?.close());

describe('a database whose upgrade is blocked by an older connection', () => {
  test('a save fails at once as "blocked", writes nothing, and succeeds once the old connection closes', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    held = await holdOldVersion(name);
    const db = new HearthDatabase(name);
    const notes = createNoteRepository(db);

    const error = await notes.add({ text: 'You made soup.', source: 'popup' }).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('blocked');
    // A second try while still blocked fails the same way, without waiting.
    expect(classifyStorageError(await notes.add({ text: 'You made soup.', source: 'popup' }).catch((e: unknown) => e))).toBe('blocked');

    held.close();
    // The open was waiting all along; it completes now, with the upgrade.
    await db.open();
    await notes.add({ text: 'You made soup.', source: 'popup' });
    expect((await notes.listRecent(10)).map((n) => n.text)).toEqual(['You made soup.']);
    db.close();
  });

  test('an open queued behind another page\'s blocked upgrade, which gets no "blocked" event itself, gives up after a while as "blocked"', async () => {
    const name = `queued-${crypto.randomUUID()}`;
    held = await holdOldVersion(name);
    const popup = new HearthDatabase(name);
    const worker = new HearthDatabase(name);
    const first = popup.open().catch(() => undefined);
    const error = await openUnlessBlocked(worker, 50).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('blocked');

    held.close();
    await first;
    await worker.open();
    expect(worker.isOpen()).toBe(true);
    popup.close();
    worker.close();
  });

  test('a view waiting to read hears "blocked" after a while, then reads once the old connection closes', async () => {
    const name = `view-${crypto.randomUUID()}`;
    held = await holdOldVersion(name);
    const db = new HearthDatabase(name);
    const ready = vi.fn();
    const failed = vi.fn();
    whenOpen(db, ready, failed, 50);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledTimes(1));
    expect(classifyStorageError(failed.mock.calls[0]![0])).toBe('blocked');
    expect(ready).not.toHaveBeenCalled();

    held.close();
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(failed).toHaveBeenCalledTimes(1);
    db.close();
  });

  test('a view that leaves while waiting hears nothing more', async () => {
    const name = `left-${crypto.randomUUID()}`;
    held = await holdOldVersion(name);
    const db = new HearthDatabase(name);
    const ready = vi.fn();
    const failed = vi.fn();
    const cancel = whenOpen(db, ready, failed, 50);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledTimes(1));
    cancel();
    held.close();
    await db.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).not.toHaveBeenCalled();
    db.close();
  });
});

describe('whenOpen() with nothing in the way', () => {
  test('calls ready once, and never failed', async () => {
    const db = new HearthDatabase(`free-${crypto.randomUUID()}`);
    const ready = vi.fn();
    const failed = vi.fn();
    whenOpen(db, ready, failed, 50);
    await vi.waitFor(() => expect(ready).toHaveBeenCalledTimes(1));
    expect(failed).not.toHaveBeenCalled();
    db.close();
  });
});
