import { t, type MessageKey } from '../platform/i18n';

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

type Message = readonly [key: MessageKey, substitutions?: ReadonlyArray<string | number>];

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
  dayBoundary: ['settingsErrorDayBoundary', [L.dayBoundary.min, L.dayBoundary.max]],
  theme: ['settingsErrorTheme'],
  syncQuota: ['settingsErrorSyncQuota', ['8 KB']],
} as const satisfies Record<string, Message>;

/** Why a setting can be refused; each reason has one sentence. */
export type SettingsReason = keyof typeof REASONS;

/** The sentence for `reason`, in the browser's language. */
export function settingsMessage(reason: SettingsReason): string {
  const [key, substitutions] = REASONS[reason] as Message;
  return t(key, substitutions && [...substitutions]);
}

/** The sentence for a window that overlaps the earlier `start`–`end` window. */
export function windowsOverlapMessage(start: string, end: string): string {
  return t('settingsErrorWindowsOverlap', [start, end]);
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
