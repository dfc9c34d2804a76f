import type { MessageKey } from '../platform/i18n';

/** What kind of storage failure happened, in the user's terms. */
export type StorageProblem = 'quota' | 'blocked' | 'closed' | 'unknown';

const QUOTA_NAMES = new Set(['QuotaExceededError']);
const BLOCKED_NAMES = new Set(['VersionError', 'BlockedError', 'UpgradeError']);
const CLOSED_NAMES = new Set(['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'MissingAPIError']);

/**
 * Classifies an error thrown by Dexie or IndexedDB. Dexie wraps the browser's
 * error (an AbortError may carry a QuotaExceededError inside), so the whole
 * chain of `inner` errors is checked, most specific first.
 */
export function classifyStorageError(error: unknown): StorageProblem {
  const names = errorNames(error);
  if (names.some((n) => QUOTA_NAMES.has(n))) return 'quota';
  if (names.some((n) => BLOCKED_NAMES.has(n))) return 'blocked';
  if (names.some((n) => CLOSED_NAMES.has(n))) return 'closed';
  return 'unknown';
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') break;
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

const PROBLEM_MESSAGES = {
  quota: 'storageQuota',
  blocked: 'storageBlocked',
  closed: 'storageClosed',
  unknown: 'storageUnknown',
} as const satisfies Record<StorageProblem, MessageKey>;

/** The message key telling the user what failed and that their text is kept. */
export function storageProblemMessage(error: unknown): MessageKey {
  return PROBLEM_MESSAGES[classifyStorageError(error)];
}

/** The message key for notes that couldn't be shown: why, and that they are safe. */
export function loadProblemMessage(error: unknown): MessageKey {
  return classifyStorageError(error) === 'blocked' ? 'storageBlockedLoading' : 'storageLoadFailed';
}
