import { describe, expect, test } from 'vitest';
import type { ConnectionProblem } from '../../utils/sharing/connection-problems';
import {
  describeConnectionProblem,
  describeDatabaseNameProblem,
  describePairingCodeProblem,
  describePullSummary,
  describeServerAddressProblem,
} from '../../utils/sharing/messages';
import type { PairingCodeProblem } from '../../utils/sharing/pairing-code';
import type { ServerAddressProblem } from '../../utils/sharing/server-address';

// `satisfies Record<…>` makes a new problem without a row here a type error.
const connection = {
  unreachable: "Hearth couldn't reach the server",
  'not-couchdb': "isn't a CouchDB",
  'wrong-password': "didn't accept that name and password",
  'no-access': 'can\'t open the database "hearth-us"',
  'database-missing': 'no database called "hearth-us"',
  'no-write-permission': 'not write to it',
  'server-error': 'status 503',
  unexpected: 'status 503',
} satisfies Record<ConnectionProblem, string>;

const pairing = {
  empty: 'Paste the pairing code',
  'not-hearth': "isn't a Hearth pairing code",
  'newer-version': 'A newer Hearth made this code',
  'bad-character': 'position 17',
  mistyped: 'probably mistyped',
} satisfies Record<PairingCodeProblem, string>;

const address = {
  empty: "Enter your server's address",
  'not-an-address': 'starting with https://',
  'not-http': 'must start with https://',
  'has-credentials': 'in their own fields',
  'has-query': 'after ? or #',
} satisfies Record<ServerAddressProblem, string>;

describe('every sharing problem reads as a plain sentence', () => {
  test.each(Object.entries(connection))('connection: %s', (problem, words) => {
    expect(describeConnectionProblem(problem as ConnectionProblem, 'hearth-us', 503)).toContain(words);
  });

  test.each(Object.entries(pairing))('pairing code: %s', (problem, words) => {
    expect(describePairingCodeProblem(problem as PairingCodeProblem, 17)).toContain(words);
  });

  test.each(Object.entries(address))('server address: %s', (problem, words) => {
    expect(describeServerAddressProblem(problem as ServerAddressProblem)).toContain(words);
  });

  test('a pull that went wrong', () => {
    expect(describePullSummary({ kind: 'other-key', count: 2 }, 'en')).toContain('another key');
  });

  test('database name', () => {
    expect(describeDatabaseNameProblem()).toContain('starts with a lowercase letter');
  });
});
