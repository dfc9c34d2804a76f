import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../utils/platform/i18n';
import { formatClockTime, parseClockTime } from '../utils/time/clock';
import type { Weekday } from '../utils/time/local';
import { SETTINGS_LIMITS, type ConnectionWindow, type SettingsError } from '../utils/settings';
import { newWindowId } from '../utils/settings/window-ids';
import { describeWindows, WEEK_ORDER, weekdayName, type WindowText } from '../utils/schedule/window-description';

/** 'now' for toggles and buttons; 'typing' for time fields, so the caller can wait for a pause. */
export type ChangePace = 'now' | 'typing';

export interface WindowEditorProps {
  windows: readonly ConnectionWindow[];
  onChange: (windows: ConnectionWindow[], pace: ChangePace) => void;
  /** Errors from validateSettings; this editor shows every one whose path is under 'windows'. */
  errors?: readonly SettingsError[];
  locale: string;
  /** Why the windows as shown aren't saved, if they aren't: the preview says so instead of describing them. */
  notSaved?: string;
}

type Field = 'days' | 'start' | 'end';

const NEW_WINDOW = { start: '21:00', end: '22:00' } as const;
const WINDOW_PATH = /^windows(?:\[(\d+)\](?:\.(\w+))?)?/;

/** Whether WindowEditor shows the error at `path`, so the page doesn't show it twice. */
export function isWindowErrorPath(path: string): boolean {
  return /^windows(\[|$)/.test(path);
}

/** Edits the connection windows: days, start and end of each, with a plain-language preview. */
export function WindowEditor({ windows, onChange, errors = [], locale, notSaved }: WindowEditorProps) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after a window is added or removed, once the list has re-rendered.
  const focusAfter = useRef<'added' | 'removed' | null>(null);
  const placed = placeErrors(errors, windows.length);
  const atMax = windows.length >= SETTINGS_LIMITS.windows.max;
  const preview = describeWindows(windows, windowText(), locale);

  useEffect(() => {
    if (focusAfter.current === 'added') list.current?.querySelector<HTMLInputElement>(':scope > fieldset:last-of-type input')?.focus();
    if (focusAfter.current === 'removed') addButton.current?.focus();
    focusAfter.current = null;
  });

  const update = (index: number, change: Partial<ConnectionWindow>, pace: ChangePace) =>
    onChange(windows.map((window, i) => (i === index ? { ...window, ...change } : window)), pace);

  function toggleDay(index: number, day: Weekday) {
    const days = windows[index]?.days ?? [];
    update(index, { days: days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort((a, b) => a - b) }, 'now');
  }

  function add() {
    focusAfter.current = 'added';
    onChange([...windows, newWindow(windows)], 'now');
  }

  function remove(index: number) {
    focusAfter.current = 'removed';
    onChange(windows.filter((_, i) => i !== index), 'now');
  }

  const listErrorId = `${id}-list-error`;
  return (
    <div class="window-editor">
      <div ref={list} class="window-list">
        {windows.map((window, index) => {
          const base = `${id}-${index}`;
          const fieldError = (field: Field) => placed.fields.get(`${index}.${field}`);
          const describedBy = (field: Field) => (fieldError(field) ? `${base}-${field}-error` : undefined);
          const groupError = placed.groups.get(index);
          return (
            <fieldset
              key={window.id}
              class="window"
              aria-describedby={groupError ? `${base}-error` : undefined}
            >
              <legend class="window-legend">{t('windowLegend', index + 1)}</legend>
              <fieldset class="day-toggles" aria-describedby={describedBy('days')}>
                <legend class="visually-hidden">{t('windowDaysLegend')}</legend>
                {WEEK_ORDER.map((day) => (
                  <label key={day} class="day-toggle">
                    <input
                      type="checkbox"
                      checked={window.days.includes(day)}
                      aria-label={weekdayName(day, locale, 'long')}
                      aria-invalid={fieldError('days') ? 'true' : undefined}
                      aria-describedby={describedBy('days')}
                      onChange={() => toggleDay(index, day)}
                    />
                    <span aria-hidden="true">{weekdayName(day, locale, 'short')}</span>
                  </label>
                ))}
              </fieldset>
              <FieldError id={`${base}-days-error`} message={fieldError('days')} />
              <div class="window-times">
                {(['start', 'end'] as const).map((field) => (
                  <div key={field} class="field field-time">
                    <label for={`${base}-${field}`}>{field === 'start' ? t('windowStart') : t('windowEnd')}</label>
                    <input
                      id={`${base}-${field}`}
                      type="time"
                      value={window[field]}
                      aria-invalid={fieldError(field) ? 'true' : undefined}
                      aria-describedby={describedBy(field)}
                      onInput={(event) => update(index, { [field]: event.currentTarget.value }, 'typing')}
                    />
                    <FieldError id={`${base}-${field}-error`} message={fieldError(field)} />
                  </div>
                ))}
                {windows.length > 1 && (
                  <button
                    type="button"
                    class="button-quiet window-remove"
                    aria-label={t('windowRemoveLabel', index + 1)}
                    onClick={() => remove(index)}
                  >
                    {t('windowRemove')}
                  </button>
                )}
              </div>
              <FieldError id={`${base}-error`} message={groupError} />
            </fieldset>
          );
        })}
      </div>
      <p class="hint">{t('windowMidnightHint')}</p>
      <div class="window-add">
        <button
          type="button"
          ref={addButton}
          class="button-secondary"
          disabled={atMax}
          aria-describedby={placed.list ? listErrorId : undefined}
          onClick={add}
        >
          {t('windowAdd')}
        </button>
        {atMax && <span class="hint">{t('windowMaxReached', SETTINGS_LIMITS.windows.max)}</span>}
      </div>
      <FieldError id={listErrorId} message={placed.list} />
      <p class="window-preview">
        <span class="preview-label">{t('windowPreviewLabel')}</span>{' '}
        {notSaved ? t('windowPreviewNotSaved', notSaved) : preview || t('windowPreviewNone')}
      </p>
    </div>
  );
}

/** An inline error, tied to its field by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} class="field-error">
      {message}
    </p>
  );
}

// fields: keyed '0.start', '2.days'; groups: a whole window (overlaps, ids, anything else under 'windows[i]').
interface PlacedErrors {
  fields: Map<string, string>;
  groups: Map<number, string>;
  list: string | undefined;
}

function placeErrors(errors: readonly SettingsError[], count: number): PlacedErrors {
  const placed: PlacedErrors = { fields: new Map(), groups: new Map(), list: undefined };
  const add = <K,>(map: Map<K, string>, key: K, message: string) => map.set(key, join(map.get(key), message));
  for (const { path, message } of errors) {
    if (!isWindowErrorPath(path)) continue;
    const [, index, field] = WINDOW_PATH.exec(path) ?? [];
    const at = index === undefined ? -1 : Number(index);
    if (at < 0 || at >= count) placed.list = join(placed.list, message);
    else if (field === 'days' || field === 'start' || field === 'end') add(placed.fields, `${at}.${field}`, message);
    else add(placed.groups, at, message);
  }
  return placed;
}

function join(earlier: string | undefined, message: string): string {
  return earlier && earlier !== message ? `${earlier} ${message}` : message;
}

// Days no other window uses, at the usual hour, so a new window doesn't start out overlapping one.
// With every day taken, the first window's days from the hour the last window ends: a new window
// never starts with no days and an error before the user has touched it (#19). Its id is one no
// other install shares, so two devices' evenings never share ids (#16).
function newWindow(windows: readonly ConnectionWindow[]): ConnectionWindow {
  const taken = new Set(windows.flatMap((window) => window.days));
  const days = ([0, 1, 2, 3, 4, 5, 6] as const).filter((day) => !taken.has(day));
  const last = windows.at(-1);
  const lastEnd = last ? parseClockTime(last.end) : null;
  if (days.length > 0 || !last || lastEnd === null) return { id: newWindowId(), days, ...NEW_WINDOW };
  return { id: newWindowId(), days: [...(windows[0]?.days ?? [])], start: last.end, end: formatClockTime(lastEnd + 60) };
}

function windowText(): WindowText {
  return {
    everyDay: t('windowEveryDay'),
    weeknights: t('windowWeeknights'),
    weekends: t('windowWeekends'),
    window: (days, start, end) => t('windowSummary', [days, start, end]),
    endsNextMorning: (window, end) => t('windowEndsNextMorning', [window, end]),
    endsOnDay: (window, end, nextDay) => t('windowEndsOnDay', [window, end, nextDay]),
    separator: t('windowSeparator'),
  };
}
