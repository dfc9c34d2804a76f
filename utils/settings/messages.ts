import { t, uiLanguage, type MessageKey } from '../platform/i18n';
import { formatClockTimeIn } from '../time/clock-text';
import type { ClockTime } from '../time/local';

/** Bounds of every number and list in the settings; the schema and messages both read them. */
export const SETTINGS_LIMITS = Object.freeze({
  windows: { min: 1, max: 7 },
  windowIdLength: { min: 1, max: 64 },
  windowHours: 12,
  repeatEveryMinutes: { min: 5, max: 120 },
  maxNudgesPerEvening: { min: 1, max: 10 },
  snoozeMinutes: { min: 1, max: 120 },
  prompts: { min: 1, max: 20 },
  promptLength: { min: 1, max: 200 },
  nameLength: { max: 40 },
  dayBoundary: { min: '00:00', max: '06:00' },
  /** storage.sync's QUOTA_BYTES_PER_ITEM: the key and the JSON of its value, in UTF-8 bytes. */
  syncItemBytes: 8192,
});

const L = SETTINGS_LIMITS;

/** A time of day is written in the user's clock when the sentence is made, not when this module loads. */
type Substitution = string | number | { clock: ClockTime };
type Message = readonly [key: MessageKey, substitutions?: readonly Substitution[]];

// Keys, not sentences: the sentence is looked up when an error is made, so it is in the browser's language.
const REASONS = {
  notAnObject: ['settingsErrorNotAnObject'],
  missing: ['settingsErrorMissing'],
  unknownKey: ['settingsErrorUnknownKey'],
  version: ['settingsErrorVersion'],
  text: ['settingsErrorText'],
  enabled: ['settingsErrorEnabled'],
  pausedUntil: ['settingsErrorPausedUntil'],
  windows: ['settingsErrorWindows', [L.windows.min, L.windows.max]],
  window: ['settingsErrorWindow'],
  windowId: ['settingsErrorWindowId', [L.windowIdLength.min, L.windowIdLength.max]],
  windowIdTaken: ['settingsErrorWindowIdTaken'],
  days: ['settingsErrorDays'],
  day: ['settingsErrorDay'],
  dayRepeated: ['settingsErrorDayRepeated'],
  clockTime: ['settingsErrorClockTime'],
  sameStartEnd: ['settingsErrorSameStartEnd'],
  windowTooLong: ['settingsErrorWindowTooLong', [L.windowHours]],
  repeatEveryMinutes: ['settingsErrorMinutes', [L.repeatEveryMinutes.min, L.repeatEveryMinutes.max]],
  maxNudgesPerEvening: ['settingsErrorNudges', [L.maxNudgesPerEvening.min, L.maxNudgesPerEvening.max]],
  snoozeMinutes: ['settingsErrorMinutes', [L.snoozeMinutes.min, L.snoozeMinutes.max]],
  style: ['settingsErrorStyle'],
  prompts: ['settingsErrorPrompts', [L.prompts.min, L.prompts.max]],
  promptEmpty: ['settingsErrorPromptEmpty'],
  promptTooLong: ['settingsErrorPromptTooLong', [L.promptLength.max]],
  name: ['settingsErrorName', [L.nameLength.max]],
  names: ['settingsErrorNames'],
  weekStart: ['settingsErrorWeekStart'],
  dayBoundary: ['settingsErrorDayBoundary', [{ clock: L.dayBoundary.min }, { clock: L.dayBoundary.max }]],
  theme: ['settingsErrorTheme'],
  syncQuota: ['settingsErrorSyncQuota', ['8 KB']],
  walkDay: ['settingsErrorWalkDay'],
} as const satisfies Record<string, Message>;

/** Why a setting can be refused; each reason has one sentence. */
export type SettingsReason = keyof typeof REASONS;

/** The sentence for `reason`, in the browser's language. */
export function settingsMessage(reason: SettingsReason): string {
  const [key, substitutions] = REASONS[reason] as Message;
  return t(key, substitutions?.map((value) => (typeof value === 'object' ? formatClockTimeIn(value.clock, uiLanguage()) : value)));
}

/** The sentence for a window that overlaps the earlier `start`–`end` window, in the user's clock. */
export function windowsOverlapMessage(start: ClockTime, end: ClockTime): string {
  const locale = uiLanguage();
  return t('settingsErrorWindowsOverlap', [formatClockTimeIn(start, locale), formatClockTimeIn(end, locale)]);
}

type SettingsMessages = Readonly<Record<SettingsReason, string> & { windowsOverlap: typeof windowsOverlapMessage }>;

/**
 * Every sentence a settings error can show, read as properties. Each read looks
 * the sentence up again, so read it when it is shown, not at module load.
 */
export const SETTINGS_MESSAGES: SettingsMessages = Object.freeze(
  Object.defineProperties(
    { windowsOverlap: windowsOverlapMessage },
    Object.fromEntries(
      (Object.keys(REASONS) as SettingsReason[]).map((reason) => [
        reason,
        { enumerable: true, get: () => settingsMessage(reason) },
      ]),
    ),
  ) as SettingsMessages,
);
