import { browser } from 'wxt/browser';
import { createEveningRepository, type EveningRepository } from '../../utils/db/evenings';
import { getDatabase } from '../../utils/db/schema';
import type { EveningRecord } from '../../utils/evening/record';
import { decideNudge } from '../../utils/nudge/decision';
import { nudgeStillBelongs, sameEvening } from '../../utils/nudge/still-belongs';
import { UNDELIVERED_NUDGE_KEY, type UndeliveredNudge } from '../../utils/nudge/undelivered';
import { personalise, pickRitualPrompt, ritualSeed } from '../../utils/rituals/prompts';
import { isEveningPaused, nextWake, openOccurrence, type WindowOccurrence } from '../../utils/schedule/occurrences';
import { lookForZoneChangeBefore } from '../../utils/schedule/zone-look';
import type { Settings } from '../../utils/settings';
import { loadSettings } from '../../utils/settings/store';
import { publishValidatedSettings } from '../../utils/settings/validated';
import { readActivity } from './activity';
import { armAlarm } from './alarm';
import { getCurrentNudge, setCurrentNudge, type CurrentNudge, type NudgeDelivery } from './current-nudge';
import { deliverNudge, withdrawNudge } from './deliver';
import { finishClosedEvenings } from './evening-log';
import { exclusively } from './queue';
import { effectiveSettings } from './test-build';

const LAST_RUN_KEY = 'lastReconciledAt';
/** If a due nudge could not be shown, try again after this long rather than spin. */
const RETRY_MS = 60_000;

/**
 * Brings the world in line with the clock: finishes closed evenings' logs,
 * nudges if (and only if) a nudge is due now, and arms the one alarm for the
 * next moment that matters. Everything is read from storage, so it is safe
 * after a killed worker, and runs are queued so two events never race.
 */
export function reconcile(reason: string): Promise<void> {
  return exclusively(`reconcile:${reason}`, () => reconcileNow(reason, Date.now()));
}

/** The zone is read on every run, so travelling or changing the OS zone takes effect at once. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

async function reconcileNow(_reason: string, now: number): Promise<void> {
  // The alarm that woke us is spent. If the worker is stopped before this run
  // sets the next one, this one brings it back instead of leaving no alarm.
  await armAlarm(now + RETRY_MS);
  const timeZone = currentTimeZone();
  const stored = await loadSettings();
  // Pages read this copy instead of waking the worker to ask (utils/validated-settings.ts).
  await publishValidatedSettings(stored);
  const settings = effectiveSettings(stored);
  const evenings = createEveningRepository(getDatabase());
  const lastRun = ((await browser.storage.local.get(LAST_RUN_KEY))[LAST_RUN_KEY] as number | undefined) ?? null;

  await finishClosedEvenings(evenings, settings, lastRun, now, timeZone);
  await withdrawStaleNudge(settings, now, timeZone);

  const open = settings.enabled ? openOccurrence(settings, now, timeZone) : null;
  let evening = open ? ((await evenings.get(open)) ?? null) : null;
  let userAway = false;
  if (open) {
    const activity = await readActivity();
    const active = activity.idle === 'active' && activity.browserFocused;
    const paused = isEveningPaused(settings, open.day);
    evening = await evenings.update(open, (r) => ({ ...r, paused, sawActivity: r.sawActivity || active }), now);
    const decision = decideNudge({ settings, evening, now, timeZone, activity });
    userAway = !decision.nudge && decision.reason === 'user-away';
    if (decision.nudge) evening = await showNudge(evenings, open, evening, settings, now);
  }

  let when = nextWake({ settings, evening, now, timeZone, userAway });
  if (when !== null && when <= now) when = now + RETRY_MS;
  await armAlarm(lookForZoneChangeBefore(when, now));
  await browser.storage.local.set({ [LAST_RUN_KEY]: now });
}

async function showNudge(
  evenings: EveningRepository,
  open: WindowOccurrence,
  evening: EveningRecord,
  settings: Settings,
  now: number,
): Promise<EveningRecord> {
  const previous = await getCurrentNudge();
  if (previous) await takeDown(previous);
  const prompt = personalise(pickRitualPrompt(settings.prompts, ritualSeed(open.day, evening.nudgesShown)), settings.names);
  const nudgeId = crypto.randomUUID();
  // An answer to the nudge this one replaces, sent just before, still counts.
  const replaced = previous && sameEvening(previous.occurrence, open) ? [...(previous.replaced ?? []), previous.nudgeId].slice(-5) : [];
  const record = (delivery: NudgeDelivery | null) => setCurrentNudge({ nudgeId, occurrence: open, prompt, shownAt: now, delivery, replaced });
  // Recorded before it is shown, with where it is going: the card asks for its
  // content as soon as it loads, and a worker stopped halfway can still withdraw it.
  const delivery = await deliverNudge(settings.style, prompt, record);
  if (!delivery) {
    await setCurrentNudge(null);
    return recordUndelivered(evenings, open, now);
  }
  await record(delivery);
  await browser.storage.local.remove(UNDELIVERED_NUDGE_KEY);
  return evenings.update(open, (r) => ({ ...r, nudgesShown: r.nudgesShown + 1, lastNudgeAt: now }), now);
}

/**
 * The browser refused every way of showing the nudge (issue 14). The evening
 * log and the options page say so, and the next try waits one repeat, as
 * after a nudge, rather than failing again every minute.
 */
async function recordUndelivered(evenings: EveningRepository, open: WindowOccurrence, now: number): Promise<EveningRecord> {
  await browser.storage.local.set({ [UNDELIVERED_NUDGE_KEY]: { at: now } satisfies UndeliveredNudge });
  return evenings.update(open, (r) => ({ ...r, lastNudgeAt: now, undelivered: (r.undelivered ?? 0) + 1 }), now);
}

/**
 * A nudge whose window is no longer open is taken down: its window ended, or
 * the settings changed under it (nudges off, a pause, an edited window).
 */
async function withdrawStaleNudge(settings: Settings, now: number, timeZone: string): Promise<void> {
  const current = await getCurrentNudge();
  if (current && !nudgeStillBelongs(current.occurrence, settings, now, timeZone)) await takeDown(current);
}

/**
 * Forgets the nudge first, then removes it: closing its window fires
 * windows.onRemoved, which must not read as the user dismissing it (and
 * then clear the nudge that replaces it).
 */
async function takeDown(nudge: CurrentNudge): Promise<void> {
  await setCurrentNudge(null);
  await withdrawNudge(nudge.delivery, nudge.nudgeId);
}
