import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';
import { describeNextConnection, type NextConnectionText } from '../utils/schedule/next-connection';
import { validateSettings, type Settings } from '../utils/settings';
import { messagesByPath } from '../utils/settings/form-values';
import { fieldIds } from './field-ids';
import { isPromptErrorPath } from './PromptsField';
import { AppearanceSection } from './settings/AppearanceSection';
import { fieldLabelOf } from './settings/field-labels';
import { ConnectionSection } from './settings/ConnectionSection';
import { NamesSection } from './settings/NamesSection';
import { NudgesSection } from './settings/NudgesSection';
import { PromptsSection } from './settings/PromptsSection';
import { ReflectionSection } from './settings/ReflectionSection';
import { useSettingsDraft, type SettingsSaveResult } from './settings/use-settings-draft';
import type { PermissionStyle } from './StyleChooser';
import { isWindowErrorPath } from './WindowEditor';

export type { SettingsSaveResult } from './settings/use-settings-draft';

export interface SettingsFormProps {
  /** The stored settings. */
  settings: Settings;
  onSave: (next: Settings) => Promise<SettingsSaveResult>;
  now: () => number;
  timeZone: string;
  locale: string;
  /**
   * Called when the user picks a style that needs a permission; resolves to
   * whether it was granted. The form shows the reason before asking, and what
   * they get instead if declined.
   */
  onStyleNeedsPermission: (style: PermissionStyle) => Promise<boolean>;
  /** 'missing' while the style is 'card' shows an inline warning with an Allow button. */
  cardPermission?: 'granted' | 'missing';
  /** Shows the settings without letting them change: a newer Hearth wrote them (the page says why). */
  readOnly?: boolean;
}

// "tonight, 21:00" becomes "now" without a reload.
const PREVIEW_TICK_MS = 30_000;
// Paths shown next to a field in a section; windows are the WindowEditor's, anything else is form-level.
const FIELD_PATHS = new Set([
  'enabled',
  'pausedUntil',
  'repeatEveryMinutes',
  'maxNudgesPerEvening',
  'snoozeMinutes',
  'style',
  'prompts',
  'names.me',
  'names.partner',
  'weekStart',
  'dayBoundary',
  'theme',
]);

/**
 * Every setting, applied as it changes, in the sections the user sees. The
 * draft and when it is saved are useSettingsDraft's; this form lays it out.
 */
export function SettingsForm(props: SettingsFormProps) {
  const { settings, onSave, now, timeZone, locale, onStyleNeedsPermission, cardPermission, readOnly = false } = props;
  const ids = fieldIds(useId());
  const form = useSettingsDraft(settings, onSave);
  const { draft, errors, status, change, flush } = form;
  const [, setTick] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), PREVIEW_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const errorAt = messagesByPath(errors);
  const formErrors = errors.filter(({ path }) => !isWindowErrorPath(path) && !FIELD_PATHS.has(path) && !isPromptErrorPath(path));
  const live = validateSettings(draft);
  // While the change can't be saved, the summaries say so, and where to look, instead of describing it (#19).
  // The reason itself is at its field, or in the alert above.
  let nextConnection: string;
  let windowsNotSaved: string | undefined;
  if (!live.ok) {
    nextConnection = notSavedAt(live.errors[0]?.path ?? '');
    const windowError = live.errors.find(({ path }) => isWindowErrorPath(path));
    windowsNotSaved = windowError && fieldLabelOf(windowError.path);
  } else if (form.refused) {
    nextConnection = t('settingsNotSavedAbove');
  } else {
    nextConnection = describeNextConnection(live.settings, now(), timeZone, locale, nextConnectionText());
  }
  const section = { draft, errorAt, ids, change };

  return (
    <form
      class="settings-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        flush();
      }}
      onFocusOut={flush}
    >
      <p class="settings-status" role="status">
        {status === 'saved' ? t('settingsSaved') : ''}
      </p>
      <div class="form-alert" role="alert">
        {status === 'failed' && <p>{t('settingsSaveFailed')}</p>}
        {formErrors.map((error) => (
          <p key={`${error.path}-${error.message}`}>{error.message}</p>
        ))}
      </div>
      <fieldset class="settings-sections" disabled={readOnly}>
        <ConnectionSection
          {...section}
          nextConnection={nextConnection}
          windowsNotSaved={windowsNotSaved}
          errors={errors}
          now={now}
          timeZone={timeZone}
          locale={locale}
        />
        <NudgesSection {...section} onStyleNeedsPermission={onStyleNeedsPermission} cardPermission={cardPermission} />
        <PromptsSection text={form.promptsText} errors={errors} ids={ids} onInput={form.changePrompts} />
        <NamesSection {...section} />
        <ReflectionSection {...section} locale={locale} />
        <AppearanceSection {...section} />
      </fieldset>
    </form>
  );
}

function notSavedAt(path: string): string {
  const label = fieldLabelOf(path);
  return label ? t('settingsNotSavedField', label) : t('settingsNotSavedAbove');
}

function nextConnectionText(): NextConnectionText {
  return {
    off: t('settingsNextOff'),
    none: t('settingsNextNone'),
    openNow: (end) => t('settingsNextNow', end),
    next: (when) => t('settingsNext', when),
    paused: (until, when) => t('settingsNextPaused', [until, when]),
    today: (time) => t('settingsNextToday', time),
    tonight: (time) => t('settingsNextTonight', time),
    tomorrow: (time) => t('settingsNextTomorrow', time),
    onDay: (day, time) => t('settingsNextOnDay', [day, time]),
  };
}
