import { t, type MessageKey } from '../../utils/platform/i18n';

// Each settings path by the label the user reads next to its field.
const LABELS: Readonly<Record<string, MessageKey>> = {
  enabled: 'settingsEnabledLabel',
  pausedUntil: 'settingsPauseLabel',
  windows: 'settingsWindowsHeading',
  repeatEveryMinutes: 'settingsRepeatLabel',
  maxNudgesPerEvening: 'settingsMaxNudgesLabel',
  snoozeMinutes: 'settingsSnoozeLabel',
  style: 'settingsStyleLegend',
  prompts: 'settingsPromptsLabel',
  'names.me': 'settingsNameMe',
  'names.partner': 'settingsNamePartner',
  weekStart: 'settingsWeekStartLabel',
  dayBoundary: 'settingsDayBoundaryLabel',
  theme: 'settingsThemeLegend',
};

const WINDOW_PATH = /^windows\[(\d+)\]/;
const PROMPT_PATH = /^prompts\[\d+\]$/;

/** The label of the field an error at `path` is shown at ('Window 2', 'Snooze for (minutes)'), if it has one. */
export function fieldLabelOf(path: string): string | undefined {
  const window = WINDOW_PATH.exec(path)?.[1];
  if (window !== undefined) return t('windowLegend', Number(window) + 1);
  const key = LABELS[PROMPT_PATH.test(path) ? 'prompts' : path];
  return key && t(key);
}
