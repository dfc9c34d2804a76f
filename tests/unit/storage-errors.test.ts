import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { UpgradeBlockedError } from '../../utils/db/open-guard';
import { classifyStorageError, loadProblemMessage, storageProblemMessage } from '../../utils/db/storage-errors';

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('classifyStorageError()', () => {
  test.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [named('AbortError', new DOMException('full', 'QuotaExceededError')), 'quota'],
    [new Dexie.DatabaseClosedError(), 'closed'],
    [named('OpenFailedError', named('UnknownError')), 'closed'],
    [named('VersionError'), 'blocked'],
    [new Dexie.ConstraintError(), 'unknown'],
    ['a string', 'unknown'],
    [undefined, 'unknown'],
  ])('%s → %s', (error, expected) => {
    expect(classifyStorageError(error)).toBe(expected);
  });

  test('each problem has its own message, and each says the text is kept', async () => {
    const { resolveMessage } = await import('../setup/messages');
    const keys = ['QuotaExceededError', 'VersionError', 'DatabaseClosedError', 'Whatever'].map((name) =>
      storageProblemMessage(named(name)),
    );
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(resolveMessage(key)).toMatch(/kept/);
  });

  test('notes that could not be shown: a blocked upgrade says what to close, anything else to reopen; both say the notes are safe', async () => {
    const { resolveMessage } = await import('../setup/messages');
    expect(resolveMessage(loadProblemMessage(new UpgradeBlockedError()))).toMatch(/once the other Hearth window that is updating is closed/);
    expect(resolveMessage(loadProblemMessage(new Dexie.DatabaseClosedError()))).toMatch(/reopen Hearth/);
    expect(resolveMessage(loadProblemMessage(new UpgradeBlockedError()))).toMatch(/safe on this device/);
    expect(resolveMessage(loadProblemMessage(new Dexie.DatabaseClosedError()))).toMatch(/still on this device/);
  });
});
