import PouchDB from 'pouchdb-browser';
import type { Pairing } from '../../utils/sharing/pairing-store';
import type { Replica } from '../../utils/sharing/replica';
import type { CoupleReplica } from './sharing-sync';

interface BrowserPouch extends Replica {
  sync(remote: BrowserPouch): PromiseLike<unknown>;
}
type BrowserPouchConstructor = new (name: string, options?: { auth?: { username: string; password: string }; skip_setup?: boolean }) => BrowserPouch;

// A service worker may not call import() (the HTML spec forbids it), so
// PouchDB is bundled into the worker, and the popup never loads this file
// (tests/unit/pouchdb-boundary.test.ts). Nothing here runs before pairing:
// a PouchDB database is only constructed in openCoupleReplica.
let opened: { selfId: string; couple: CoupleReplica } | undefined;

/**
 * The local replica for this pairing (named by its author id, so a new
 * pairing never mixes with an old one's documents) and the couple's server.
 */
export function openCoupleReplica(pairing: Pairing): CoupleReplica {
  if (opened?.selfId === pairing.selfId) return opened.couple;
  const Pouch = PouchDB as unknown as BrowserPouchConstructor;
  const { serverUrl, database, username, password } = pairing.details;
  const local = new Pouch(`hearth-share-${pairing.selfId}`);
  const remote = new Pouch(`${serverUrl}/${encodeURIComponent(database)}`, { auth: { username, password }, skip_setup: true });
  const couple: CoupleReplica = { replica: local, exchange: async () => void (await local.sync(remote)) };
  opened = { selfId: pairing.selfId, couple };
  return couple;
}
