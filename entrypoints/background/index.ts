import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDatabase } from '../../utils/db/schema';
import { onSettingsChanged } from '../../utils/settings/store';
import { ALARM_NAME } from './alarm';
import { getCurrentNudge } from './current-nudge';
import { focusNudge } from './deliver';
import { handleMessage } from './messages';
import { settleStaleNudgeDraft } from './nudge-draft';
import { watchNudgeSurfaces } from './nudge-surfaces';
import { reconcile } from './reconcile';
import { openCoupleReplica } from './sharing-replica';
import { createSharingSync, SHARING_ALARM, watchNoteWrites } from './sharing-sync';

// Listeners are registered synchronously, first thing: the worker may have
// been woken by one of these very events. Every path ends in reconcile(),
// which reads all it needs from storage and re-arms the single alarm.
export default defineBackground({
  type: 'module',
  main() {
    // Sharing (issue 12) does nothing until a pairing is stored: each ask then reads storage and stops.
    const sharing = createSharingSync({ db: getDatabase(), open: openCoupleReplica });
    const syncShared = () => void sharing.request().catch(() => undefined);
    browser.runtime.onInstalled.addListener(({ reason }) => {
      // First install only: an update must not interrupt the user.
      if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
      void reconcile('installed');
    });
    browser.runtime.onStartup.addListener(() => {
      void reconcile('startup');
      syncShared();
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SHARING_ALARM) syncShared();
      if (alarm.name !== ALARM_NAME) return;
      void reconcile('alarm');
      syncShared();
    });
    browser.idle.onStateChanged.addListener((state) => {
      if (state === 'active') void reconcile('active');
    });
    onSettingsChanged(() => void reconcile('settings'));
    browser.runtime.onMessage.addListener(handleMessage);
    watchNudgeSurfaces();
    browser.commands.onCommand.addListener((command) => {
      if (command === 'focus-nudge') void getCurrentNudge().then((nudge) => nudge && focusNudge(nudge.delivery, nudge.nudgeId));
    });
    watchNoteWrites(syncShared);
    // A stopped worker restarts on any event; re-arm then too (idempotent).
    void reconcile('worker-start');
    syncShared();
    // A worker stopped mid-save may have left its note's draft behind.
    void settleStaleNudgeDraft().catch(() => undefined);
  },
});
