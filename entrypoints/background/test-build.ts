import type { Settings } from '../../utils/settings';

/**
 * End-to-end test builds (HEARTH_TEST_BUILD=1) run the clock of snoozes and
 * repeats sixty times faster, so "10 minutes" takes 10 seconds. Production
 * builds compile this to the identity.
 */
export function effectiveSettings(settings: Settings): Settings {
  if (!import.meta.env.HEARTH_TEST_BUILD) return settings;
  return {
    ...settings,
    snoozeMinutes: settings.snoozeMinutes / 60,
    repeatEveryMinutes: settings.repeatEveryMinutes / 60,
  };
}
