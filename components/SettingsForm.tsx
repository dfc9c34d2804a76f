import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { Weekday } from '../utils/local-time';
import { describeNextConnection, type NextConnectionText } from '../utils/next-connection';
import { SETTINGS_LIMITS as L, validateSettings, type Settings, type SettingsError } from '../utils/settings';
import { WEEK_ORDER, weekdayName } from '../utils/window-description';
import { addDays, localDateOf } from '../utils/zoned-time';
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

type Style = Settings['style'];
type PermissionStyle = 'card' | 'notification';
type StyleNote = { kind: 'asking'; style: PermissionStyle } | { kind: 'declined'; style: PermissionStyle; kept: Style };
type NumberPath = 'repeatEveryMinutes' | 'maxNudgesPerEvening' | 'snoozeMinutes';

// Long enough to finish a number or a time, short enough to feel instant.
const TYPING_PAUSE_MS = 400;
// "tonight, 21:00" becomes "now" without a reload.
const PREVIEW_TICK_MS = 30_000;
const STYLES: readonly Style[] = ['card', 'window', 'notification'];
const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];
const PROMPT_PATH = /^prompts\[(\d+)\]$/;
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
  const [styleNote, setStyleNote] = useState<StyleNote | null>(null);
  const [cardAllowed, setCardAllowed] = useState(false);
  const [, setTick] = useState(0);
  const draftRef = useRef(settings);
  const lastSaved = useRef(settings);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saves = useRef(0);
  const pauseField = useRef<HTMLInputElement>(null);
  const asking = useRef<PermissionStyle | null>(null);

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

  // "Allowed" bridges the wait for the page's next answer; a new answer (a
  // later revoke in the browser's settings) replaces it.
  useEffect(() => setCardAllowed(false), [cardPermission]);

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

  function chooseStyle(style: Style) {
    asking.current = style === 'window' ? null : style;
    if (style === 'window') {
      setStyleNote(null);
      change({ ...draftRef.current, style }, 'now');
      return;
    }
    setStyleNote({ kind: 'asking', style });
    // Asked inside the click itself: browsers grant permissions only during a user gesture.
    void ask(style).then((granted) => {
      // The user picked another style while the browser was asking; that choice stands.
      if (asking.current !== style) return;
      asking.current = null;
      if (!granted) return setStyleNote({ kind: 'declined', style, kept: draftRef.current.style });
      setStyleNote(null);
      if (style === 'card') setCardAllowed(true);
      change({ ...draftRef.current, style }, 'now');
    });
  }

  async function allowCard() {
    if (await ask('card')) setCardAllowed(true);
    else setStyleNote({ kind: 'declined', style: 'card', kept: 'window' });
  }

  const ask = (style: PermissionStyle) => onStyleNeedsPermission(style).catch(() => false);

  const errorAt = messagesByPath(errors);
  const lines = promptLineNumbers(promptsText);
  const promptErrors = errors.flatMap(({ path, message }) => {
    if (path === 'prompts') return [message];
    const index = PROMPT_PATH.exec(path)?.[1];
    return index === undefined ? [] : [t('settingsPromptLineError', [lines[Number(index)] ?? Number(index) + 1, message])];
  });
  const formErrors = errors.filter(({ path }) => !isWindowErrorPath(path) && !FIELD_PATHS.has(path) && !PROMPT_PATH.test(path));
  const live = validateSettings(draft);
  const nextConnection = describeNextConnection(
    live.ok ? live.settings : lastSaved.current,
    now(),
    timeZone,
    locale,
    nextConnectionText(),
  );

  // aria-invalid and aria-describedby for the field at `path`, with its hint if any.
  const described = (path: string, hintId?: string, message = errorAt.get(path)) => ({
    'aria-invalid': message ? ('true' as const) : undefined,
    'aria-describedby': [hintId, message ? errorId(path) : undefined].filter(Boolean).join(' ') || undefined,
  });
  const errorId = (path: string) => `${id}-${path.replace(/\W/g, '-')}-error`;
  const fieldId = (path: string) => `${id}-${path.replace(/\W/g, '-')}`;
  const hintId = (path: string) => `${fieldId(path)}-hint`;
  const shownStyle = styleNote?.kind === 'asking' ? styleNote.style : draft.style;
  const today = localDateOf(now(), timeZone);

  const numberField = (path: NumberPath, label: string) => (
    <div class="field">
      <label for={fieldId(path)}>{label}</label>
      <input
        id={fieldId(path)}
        type="number"
        inputMode="numeric"
        min={L[path].min}
        max={L[path].max}
        step={1}
        value={Number.isFinite(draft[path]) ? String(draft[path]) : ''}
        {...described(path, hintId(path))}
        onInput={(event) => change({ ...draftRef.current, [path]: toNumber(event.currentTarget.value) }, 'typing')}
      />
      <span id={hintId(path)} class="hint">
        {t('settingsRangeHint', [L[path].min, L[path].max])}
      </span>
      <FieldError id={errorId(path)} message={errorAt.get(path)} />
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
            id={fieldId('enabled')}
            type="checkbox"
            role="switch"
            class="switch"
            checked={draft.enabled}
            {...described('enabled', hintId('enabled'))}
            onChange={(event) => change({ ...draftRef.current, enabled: event.currentTarget.checked }, 'now')}
          />
          <label for={fieldId('enabled')}>{t('settingsEnabledLabel')}</label>
          <span id={hintId('enabled')} class="hint">
            {t('settingsEnabledHint')}
          </span>
          <FieldError id={errorId('enabled')} message={errorAt.get('enabled')} />
        </div>
        <div class="field">
          <label for={fieldId('pausedUntil')}>{t('settingsPauseLabel')}</label>
          <div class="field-row">
            <input
              id={fieldId('pausedUntil')}
              ref={pauseField}
              type="date"
              min={addDays(today, 1)}
              value={draft.pausedUntil ?? ''}
              {...described('pausedUntil', hintId('pausedUntil'))}
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
          <span id={hintId('pausedUntil')} class="hint">
            {t('settingsPauseHint')}
          </span>
          <FieldError id={errorId('pausedUntil')} message={errorAt.get('pausedUntil')} />
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
        <fieldset class="choice-group" role="radiogroup" {...described('style')}>
          <legend>{t('settingsStyleLegend')}</legend>
          {STYLES.map((style) => (
            <div key={style} class="choice">
              <input
                id={fieldId(`style-${style}`)}
                type="radio"
                name={fieldId('style')}
                value={style}
                checked={shownStyle === style}
                aria-describedby={hintId(`style-${style}`)}
                onChange={() => chooseStyle(style)}
              />
              <label for={fieldId(`style-${style}`)}>{STYLE_LABEL[style]()}</label>
              <span id={hintId(`style-${style}`)} class="hint">
                {STYLE_HINT[style]()}
              </span>
            </div>
          ))}
          <div class="style-note" aria-live="polite">
            {styleNote && <p>{styleNote.style === 'card' ? t('settingsStyleCardReason') : t('settingsStyleNotificationReason')}</p>}
            {styleNote?.kind === 'declined' && <p class="style-fallback">{DECLINED[styleNote.kept]()}</p>}
          </div>
          {draft.style === 'card' && cardPermission === 'missing' && !cardAllowed && (
            <p class="field-warning">
              {t('settingsCardPermissionMissing')}{' '}
              <button type="button" class="button-secondary" onClick={() => void allowCard()}>
                {t('settingsCardPermissionAllow')}
              </button>
            </p>
          )}
          <FieldError id={errorId('style')} message={errorAt.get('style')} />
        </fieldset>
      </Section>

      <Section title={t('settingsSectionPrompts')}>
        <div class="field">
          <label for={fieldId('prompts')}>{t('settingsPromptsLabel')}</label>
          <textarea
            id={fieldId('prompts')}
            class="prompts-field"
            rows={Math.min(Math.max(lines.length, 3), 10) + 1}
            value={promptsText}
            {...described('prompts', hintId('prompts'), promptErrors.join(' '))}
            onInput={(event) => {
              const text = event.currentTarget.value;
              setPromptsText(text);
              change({ ...draftRef.current, prompts: promptsOf(text) }, 'typing');
            }}
          />
          <span id={hintId('prompts')} class="hint">
            {t('settingsPromptsHint')}
          </span>
          <FieldError id={errorId('prompts')} message={promptErrors.join(' ')} />
        </div>
      </Section>

      <Section title={t('settingsSectionNames')}>
        <p id={hintId('names')} class="hint">
          {t('settingsNamesHint')}
        </p>
        {(['me', 'partner'] as const).map((who) => (
          <div key={who} class="field">
            <label for={fieldId(`names.${who}`)}>{who === 'me' ? t('settingsNameMe') : t('settingsNamePartner')}</label>
            <input
              id={fieldId(`names.${who}`)}
              type="text"
              autocomplete="off"
              value={draft.names[who]}
              {...described(`names.${who}`, hintId('names'))}
              onInput={(event) => change({ ...draftRef.current, names: { ...draftRef.current.names, [who]: event.currentTarget.value } }, 'typing')}
            />
            <FieldError id={errorId(`names.${who}`)} message={errorAt.get(`names.${who}`)} />
          </div>
        ))}
      </Section>

      <Section title={t('settingsSectionReflection')}>
        <div class="field">
          <label for={fieldId('weekStart')}>{t('settingsWeekStartLabel')}</label>
          <select
            id={fieldId('weekStart')}
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
          <FieldError id={errorId('weekStart')} message={errorAt.get('weekStart')} />
        </div>
        <div class="field">
          <label for={fieldId('dayBoundary')}>{t('settingsDayBoundaryLabel')}</label>
          <input
            id={fieldId('dayBoundary')}
            type="time"
            min={L.dayBoundary.min}
            max={L.dayBoundary.max}
            value={draft.dayBoundary}
            {...described('dayBoundary', hintId('dayBoundary'))}
            onInput={(event) => change({ ...draftRef.current, dayBoundary: event.currentTarget.value }, 'typing')}
          />
          <span id={hintId('dayBoundary')} class="hint">
            {t('settingsDayBoundaryHint', [L.dayBoundary.min, L.dayBoundary.max])}
          </span>
          <FieldError id={errorId('dayBoundary')} message={errorAt.get('dayBoundary')} />
        </div>
      </Section>

      <Section title={t('settingsSectionAppearance')}>
        <fieldset class="choice-group choice-group-row" role="radiogroup" {...described('theme')}>
          <legend>{t('settingsThemeLegend')}</legend>
          {THEMES.map((theme) => (
            <div key={theme} class="choice">
              <input
                id={fieldId(`theme-${theme}`)}
                type="radio"
                name={fieldId('theme')}
                value={theme}
                checked={draft.theme === theme}
                onChange={() => change({ ...draftRef.current, theme }, 'now')}
              />
              <label for={fieldId(`theme-${theme}`)}>{THEME_LABEL[theme]()}</label>
            </div>
          ))}
          <FieldError id={errorId('theme')} message={errorAt.get('theme')} />
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

// Functions, so each label is looked up at render time in the browser's language.
const STYLE_LABEL: Record<Style, () => string> = {
  card: () => t('settingsStyleCard'),
  window: () => t('settingsStyleWindow'),
  notification: () => t('settingsStyleNotification'),
};

const STYLE_HINT: Record<Style, () => string> = {
  card: () => t('settingsStyleCardHint'),
  window: () => t('settingsStyleWindowHint'),
  notification: () => t('settingsStyleNotificationHint'),
};

const DECLINED: Record<Style, () => string> = {
  card: () => t('settingsStyleDeclinedCard'),
  window: () => t('settingsStyleDeclinedWindow'),
  notification: () => t('settingsStyleDeclinedNotification'),
};

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

function messagesByPath(errors: readonly SettingsError[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const { path, message } of errors) byPath.set(path, byPath.has(path) ? `${byPath.get(path)} ${message}` : message);
  return byPath;
}

// Blank lines are spacing, not empty prompts.
function promptsOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

// The textarea line of each prompt, so 'prompts[2]' can say "Line 4".
function promptLineNumbers(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
}

// An empty or partial number is NaN: validation refuses it with the field's own message.
function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

function toWeekStart(value: string): Settings['weekStart'] {
  return value === 'locale' ? 'locale' : (Number(value) as Weekday);
}

// Key order differs between what we sent and what storage gives back.
function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, canonical(record[key])]));
}
