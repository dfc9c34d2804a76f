import { browser } from 'wxt/browser';

/** The one alarm Hearth keeps: always at the next moment that matters. */
export const ALARM_NAME = 'hearth-next';

/**
 * Sets the single one-shot alarm, replacing any earlier one (same name), or
 * clears it when nothing is coming. A `when` alarm set from wall-clock
 * instants stays right across DST, unlike a 24-hour period.
 */
export async function armAlarm(when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(ALARM_NAME);
    return;
  }
  await browser.alarms.create(ALARM_NAME, { when });
}
