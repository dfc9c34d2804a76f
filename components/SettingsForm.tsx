import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';
import { describeNextConnection, type NextConnectionText } from '../utils/schedule/next-connection';
import { SETTINGS_LIMITS as L, validateSettings, type Settings, type SettingsError } from '../utils/settings';
import { messagesByPath, sameSettings, toNumber, toWeekStart } from '../utils/settings/form-values';
import { WEEK_ORDER, weekdayName } from '../utils/schedule/window-description';
import { addDays, localDateOf } from '../utils/time/zoned';
import { fieldIds } from './field-ids';
import { isPromptErrorPath, PromptsField } from './PromptsField';
import { WalkDayField } from './WalkDayField';
import { StyleChooser, type PermissionStyle } from './StyleChooser';
import { FieldError, isWindowErrorPath, WindowEditor, type ChangePace } from './WindowEditor';

export type SettingsSaveResult = { ok: true } | { ok: false; errors: SettingsError[] };

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
}

type NumberPath = 'repeatEveryMinutes' | 'maxNudgesPerEvening' | 'snoozeMinutes';

// Long enough to finish a number or a time, short enough to feel instant.
const TYPING_PAUSE_MS = 400;
// "tonight, 21:00" becomes "now" without a reload.
const PREVIEW_TICK_MS = 30_000;
const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];
// Paths shown next to a field here; windows are the WindowEditor's, anything else is form-level.
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
  'walkDay',
]);

/**
 * Every setting, applied as it changes: each change is validated whole and
 * saved only if valid, so stored settings are never invalid or half-applied.
 * Text fields save after a pause in typing; toggles and choices at once.
 */
export function SettingsForm(props: SettingsFormProps) {
  const { settings, onSave, now, timeZone, locale, onStyleNeedsPermission, cardPermission } = props;
  const id = useId();
  const [draft, setDraft] = useState(settings);
  const [promptsText, setPromptsText] = useState(() => settings.prompts.join('\n'));
  const [errors, setErrors] = useState<readonly SettingsError[]>([]);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [, setTick] = useState(0);
  const draftRef = useRef(settings);
  const lastSaved = useRef(settings);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saves = useRef(0);
  const pauseField = useRef<HTMLInputElement>(null);

  function change(next: Settings, pace: ChangePace) {
    draftRef.current = next;
    setDraft(next);
    setStatus('idle');
    cancelPending();
    if (pace === 'now') commit();
    else pending.current = setTimeout(commit, TYPING_PAUSE_MS);
  }

  function cancelPending() {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  }

  function commit() {
    cancelPending();
    const checked = validateSettings(draftRef.current);
    setErrors(checked.ok ? [] : checked.errors);
    if (checked.ok) void save(checked.settings);
  }

  async function save(valid: Settings) {
    const attempt = ++saves.current;
    lastSaved.current = valid;
    const result = await onSave(valid).catch(() => null);
    // Only the latest save speaks for the form.
    if (attempt !== saves.current) return;
    if (result === null) setStatus('failed');
    else if (result.ok) setStatus('saved');
    else setErrors(result.errors);
  }

  // Leaving a field, or the page, saves what was typed without waiting.
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const flush = () => pending.current !== null && commitRef.current();
  useEffect(() => flush, []);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), PREVIEW_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // Settings changed elsewhere (another window, sync) replace the draft; the echo of our own save does not.
  useEffect(() => {
    if (pending.current !== null || sameSettings(settings, lastSaved.current)) return;
    lastSaved.current = settings;
    draftRef.current = settings;
    setDraft(settings);
    setPromptsText(settings.prompts.join('\n'));
    setErrors([]);
  }, [settings]);

  const errorAt = messagesByPath(errors);
  const formErrors = errors.filter(({ path }) => !isWindowErrorPath(path) && !FIELD_PATHS.has(path) && !isPromptErrorPath(path));
  const live = validateSettings(draft);
  const nextConnection = describeNextConnection(
    live.ok ? live.settings : lastSaved.current,
    now(),
    timeZone,
    locale,
    nextConnectionText(),
  );

  const ids = fieldIds(id);
  // aria-invalid and aria-describedby for the field at `path`, with its hint if any.
  const described = (path: string, hint?: string) => ids.described(path, errorAt.get(path), hint);
  const today = localDateOf(now(), timeZone);

  const numberField = (path: NumberPath, label: string) => (
    <div class="field">
      <label for={ids.field(path)}>{label}</label>
      <input
        id={ids.field(path)}
        type="number"
        inputMode="numeric"
        min={L[path].min}
        max={L[path].max}
        step={1}
        value={Number.isFinite(draft[path]) ? String(draft[path]) : ''}
        {...described(path, ids.hint(path))}
        onInput={(event) => change({ ...draftRef.current, [path]: toNumber(event.currentTarget.value) }, 'typing')}
      />
      <span id={ids.hint(path)} class="hint">
        {t('settingsRangeHint', [L[path].min, L[path].max])}
      </span>
      <FieldError id={ids.error(path)} message={errorAt.get(path)} />
    </div>
  );

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

      <Section title={t('settingsSectionConnection')}>
        <p class="next-connection">{nextConnection}</p>
        <div class="field field-inline">
          <input
            id={ids.field('enabled')}
            type="checkbox"
            role="switch"
            class="switch"
            checked={draft.enabled}
            {...described('enabled', ids.hint('enabled'))}
            onChange={(event) => change({ ...draftRef.current, enabled: event.currentTarget.checked }, 'now')}
          />
          <label for={ids.field('enabled')}>{t('settingsEnabledLabel')}</label>
          <span id={ids.hint('enabled')} class="hint">
            {t('settingsEnabledHint')}
          </span>
          <FieldError id={ids.error('enabled')} message={errorAt.get('enabled')} />
        </div>
        <div class="field">
          <label for={ids.field('pausedUntil')}>{t('settingsPauseLabel')}</label>
          <div class="field-row">
            <input
              id={ids.field('pausedUntil')}
              ref={pauseField}
              type="date"
              min={addDays(today, 1)}
              value={draft.pausedUntil ?? ''}
              {...described('pausedUntil', ids.hint('pausedUntil'))}
              onInput={(event) => change({ ...draftRef.current, pausedUntil: event.currentTarget.value || null }, 'typing')}
            />
            {draft.pausedUntil !== null && (
              <button
                type="button"
                class="button-quiet"
                onClick={() => {
                  change({ ...draftRef.current, pausedUntil: null }, 'now');
                  pauseField.current?.focus();
                }}
              >
                {t('settingsPauseClear')}
              </button>
            )}
          </div>
          <span id={ids.hint('pausedUntil')} class="hint">
            {t('settingsPauseHint')}
          </span>
          <FieldError id={ids.error('pausedUntil')} message={errorAt.get('pausedUntil')} />
        </div>
        <h3 class="field-heading">{t('settingsWindowsHeading')}</h3>
        <WindowEditor
          windows={draft.windows}
          errors={errors}
          locale={locale}
          onChange={(windows, pace) => change({ ...draftRef.current, windows }, pace)}
        />
      </Section>

      <Section title={t('settingsSectionNudges')}>
        {numberField('repeatEveryMinutes', t('settingsRepeatLabel'))}
        {numberField('maxNudgesPerEvening', t('settingsMaxNudgesLabel'))}
        {numberField('snoozeMinutes', t('settingsSnoozeLabel'))}
        <StyleChooser
          style={draft.style}
          onChoose={(style) => change({ ...draftRef.current, style }, 'now')}
          onStyleNeedsPermission={onStyleNeedsPermission}
          cardPermission={cardPermission}
          ids={ids}
          error={errorAt.get('style')}
        />
      </Section>

      <Section title={t('settingsSectionPrompts')}>
        <PromptsField
          text={promptsText}
          errors={errors}
          ids={ids}
          onInput={(text, prompts) => {
            setPromptsText(text);
            change({ ...draftRef.current, prompts }, 'typing');
          }}
        />
      </Section>

      <Section title={t('settingsSectionNames')}>
        <p id={ids.hint('names')} class="hint">
          {t('settingsNamesHint')}
        </p>
        {(['me', 'partner'] as const).map((who) => (
          <div key={who} class="field">
            <label for={ids.field(`names.${who}`)}>{who === 'me' ? t('settingsNameMe') : t('settingsNamePartner')}</label>
            <input
              id={ids.field(`names.${who}`)}
              type="text"
              autocomplete="off"
              value={draft.names[who]}
              {...described(`names.${who}`, ids.hint('names'))}
              onInput={(event) => change({ ...draftRef.current, names: { ...draftRef.current.names, [who]: event.currentTarget.value } }, 'typing')}
            />
            <FieldError id={ids.error(`names.${who}`)} message={errorAt.get(`names.${who}`)} />
          </div>
        ))}
      </Section>

      <Section title={t('settingsSectionReflection')}>
        <div class="field">
          <label for={ids.field('weekStart')}>{t('settingsWeekStartLabel')}</label>
          <select
            id={ids.field('weekStart')}
            value={String(draft.weekStart)}
            {...described('weekStart')}
            onChange={(event) => change({ ...draftRef.current, weekStart: toWeekStart(event.currentTarget.value) }, 'now')}
          >
            <option value="locale">{t('settingsWeekStartLocale')}</option>
            {WEEK_ORDER.map((day) => (
              <option key={day} value={String(day)}>
                {weekdayName(day, locale, 'long')}
              </option>
            ))}
          </select>
          <FieldError id={ids.error('weekStart')} message={errorAt.get('weekStart')} />
        </div>
        <div class="field">
          <label for={ids.field('dayBoundary')}>{t('settingsDayBoundaryLabel')}</label>
          <input
            id={ids.field('dayBoundary')}
            type="time"
            min={L.dayBoundary.min}
            max={L.dayBoundary.max}
            value={draft.dayBoundary}
            {...described('dayBoundary', ids.hint('dayBoundary'))}
            onInput={(event) => change({ ...draftRef.current, dayBoundary: event.currentTarget.value }, 'typing')}
          />
          <span id={ids.hint('dayBoundary')} class="hint">
            {t('settingsDayBoundaryHint', [L.dayBoundary.min, L.dayBoundary.max])}
          </span>
          <FieldError id={ids.error('dayBoundary')} message={errorAt.get('dayBoundary')} />
        </div>
        <WalkDayField
          value={draft.walkDay}
          onChange={(walkDay) => change({ ...draftRef.current, walkDay }, 'now')}
          locale={locale}
          ids={ids}
          error={errorAt.get('walkDay')}
        />
      </Section>

      <Section title={t('settingsSectionAppearance')}>
        <fieldset class="choice-group choice-group-row" role="radiogroup" {...described('theme')}>
          <legend>{t('settingsThemeLegend')}</legend>
          {THEMES.map((theme) => (
            <div key={theme} class="choice">
              <input
                id={ids.field(`theme-${theme}`)}
                type="radio"
                name={ids.field('theme')}
                value={theme}
                checked={draft.theme === theme}
                onChange={() => change({ ...draftRef.current, theme }, 'now')}
              />
              <label for={ids.field(`theme-${theme}`)}>{THEME_LABEL[theme]()}</label>
            </div>
          ))}
          <FieldError id={ids.error('theme')} message={errorAt.get('theme')} />
        </fieldset>
      </Section>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="settings-section">
      <h2 class="settings-section-heading">{title}</h2>
      {children}
    </section>
  );
}

// A function each, so the label is looked up at render time in the browser's language.
const THEME_LABEL: Record<Settings['theme'], () => string> = {
  system: () => t('settingsThemeSystem'),
  light: () => t('settingsThemeLight'),
  dark: () => t('settingsThemeDark'),
};

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
