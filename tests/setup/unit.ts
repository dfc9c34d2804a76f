// Time logic is tested in fixed zones; the machine zone is pinned so wiring tests agree.
process.env.TZ = "UTC";
// fake-indexeddb must be installed before anything imports Dexie.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMessages } from './messages';

beforeEach(() => {
  fakeBrowser.reset();
  installMessages();
});
