import { pluralKey, t } from '../platform/i18n';
import type { ConnectionProblem } from './connection-problems';
import type { PairingCodeProblem } from './pairing-code';
import type { PullSummary } from './pull-summary';
import type { ServerAddressProblem } from './server-address';

/** The plain sentence for a failed connection check. */
export function describeConnectionProblem(problem: ConnectionProblem, database: string, status?: number): string {
  const code = String(status ?? '?');
  switch (problem) {
    case 'unreachable': return t('sharingUnreachable');
    case 'not-couchdb': return t('sharingNotCouchdb');
    case 'wrong-password': return t('sharingWrongPassword');
    case 'no-access': return t('sharingNoAccess', database);
    case 'database-missing': return t('sharingDatabaseMissing', database);
    case 'no-write-permission': return t('sharingNoWritePermission');
    case 'server-error': return t('sharingServerError', code);
    case 'unexpected': return t('sharingUnexpected', code);
  }
}

/** The plain sentence for a refused pairing code. */
export function describePairingCodeProblem(problem: PairingCodeProblem, position?: number): string {
  switch (problem) {
    case 'empty': return t('pairingCodeEmpty');
    case 'not-hearth': return t('pairingCodeNotHearth');
    case 'newer-version': return t('pairingCodeNewerVersion');
    case 'bad-character': return t('pairingCodeBadCharacter', position ?? 0);
    case 'mistyped': return t('pairingCodeMistyped');
  }
}

/** The plain sentence for a refused server address. */
export function describeServerAddressProblem(problem: ServerAddressProblem): string {
  switch (problem) {
    case 'empty': return t('sharingAddressEmpty');
    case 'not-an-address': return t('sharingAddressInvalid');
    case 'not-http': return t('sharingAddressNotHttp');
    case 'has-credentials': return t('sharingAddressHasCredentials');
    case 'has-query': return t('sharingAddressHasQuery');
  }
}

/** The plain sentence for a database name CouchDB would refuse. */
export const describeDatabaseNameProblem = (): string => t('sharingDatabaseName');

/** The plain sentence for what went wrong in a pull, or null when nothing did. */
export function describePullSummary(summary: PullSummary, locale: string): string | null {
  switch (summary.kind) {
    case 'fine': return null;
    case 'other-key': return t('sharingOtherKey');
    case 'some-unreadable': return t(pluralKey(summary.count, locale, { one: 'sharingUnreadableOne', other: 'sharingUnreadableOther' }), summary.count);
  }
}
