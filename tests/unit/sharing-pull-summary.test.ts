import { afterEach, describe, expect, test } from 'vitest';
import { HearthDatabase } from '../../utils/db/schema';
import { importCoupleKey, newCoupleKeyBytes } from '../../utils/sharing/couple-key';
import { pullIncoming, type PullReport, type SkippedDoc } from '../../utils/sharing/incoming';
import { describePullSummary } from '../../utils/sharing/messages';
import { summarizePull, type PullSummary } from '../../utils/sharing/pull-summary';
import { sealRecord } from '../../utils/sharing/seal';
import { NodePouch, type TestPouch } from '../support/couch-server';
import { fixedUuid } from '../fixtures/records';

const skip = (i: number, reason: SkippedDoc['reason'], rev = '1-a'): SkippedDoc => ({ id: fixedUuid(i), rev, reason, detail: '' });
const report = (applied: number, skipped: SkippedDoc[]): PullReport => ({
  applied: Array.from({ length: applied }, (_, i) => fixedUuid(100 + i)),
  skipped,
  resolved: [],
  cursor: 1,
});

describe('summing up a pull', () => {
  test.each<[string, PullReport[], PullSummary]>([
    ['nothing skipped', [report(3, [])], { kind: 'fine' }],
    ['an empty database', [report(0, [])], { kind: 'fine' }],
    ['one tampered note among good ones', [report(4, [skip(1, 'refused')])], { kind: 'some-unreadable', count: 1 }],
    ['every note refused and none opened: another key', [report(0, [skip(1, 'refused'), skip(2, 'refused')])], { kind: 'other-key', count: 2 }],
    ['another key, across two batches of pulls', [report(0, [skip(1, 'refused')]), report(0, [skip(2, 'refused')])], { kind: 'other-key', count: 2 }],
    ['none opened, but one is only the wrong shape', [report(0, [skip(1, 'refused'), skip(2, 'shape')])], { kind: 'some-unreadable', count: 2 }],
    ['two unreadable leaves of one note count once', [report(1, [skip(1, 'refused', '2-a'), skip(1, 'refused', '2-b')])], { kind: 'some-unreadable', count: 1 }],
  ])('%s', (_label, reports, expected) => {
    expect(summarizePull(reports)).toEqual(expected);
  });

  test.each<[PullSummary, string | null]>([
    [{ kind: 'fine' }, null],
    [{ kind: 'other-key', count: 5 }, 'sealed with another key'],
    [{ kind: 'some-unreadable', count: 1 }, "One shared note couldn't be read"],
    [{ kind: 'some-unreadable', count: 3 }, "3 shared notes couldn't be read"],
  ])('in plain words: %j', (summary, words) => {
    const sentence = describePullSummary(summary, 'en');
    if (words === null) expect(sentence).toBeNull();
    else expect(sentence).toContain(words);
  });
});

describe("joining a database that another couple's key sealed", () => {
  const opened: Array<TestPouch | HearthDatabase> = [];
  afterEach(async () => {
    for (const item of opened.splice(0)) await (item instanceof HearthDatabase ? item.close() : item.destroy());
  });

  test('writes nothing into Dexie and says so', async () => {
    const theirs = await importCoupleKey(newCoupleKeyBytes());
    const ours = await importCoupleKey(newCoupleKeyBytes());
    const replica = new NodePouch(`other-couple-${crypto.randomUUID()}`, { adapter: 'memory' });
    const db = new HearthDatabase(`joining-${crypto.randomUUID()}`);
    opened.push(replica, db);
    for (const i of [1, 2, 3]) {
      await replica.put(
        await sealRecord(theirs, fixedUuid(i), { kind: 'note', author: 'them', source: 'popup', text: `theirs ${i}`, prompt: null, createdAt: i, updatedAt: i, deletedAt: null }),
      );
    }
    const pulled = await pullIncoming(replica, ours, db, 'author-us', 0);
    expect(summarizePull([pulled])).toEqual({ kind: 'other-key', count: 3 });
    expect(await db.notes.count()).toBe(0);
  });
});
