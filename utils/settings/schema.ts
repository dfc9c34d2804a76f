import { z } from '../platform/zod';
import { parseClockTime } from '../time/clock';
import { noteLength } from '../notes/text';
import { SETTINGS_LIMITS as L, settingsMessage, windowsOverlapMessage, type SettingsReason } from './messages';
import { SETTINGS_KEY, SETTINGS_VERSION, type ConnectionWindow, type Settings, type SettingsValidation } from './types';

const MINUTES_PER_DAY = 24 * 60;
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

// Sentences are looked up when a check fails, never at module load: i18n may not be ready then.
function fails(reason: SettingsReason) {
  return { error: () => settingsMessage(reason) };
}

// A missing key gets its own sentence; any other failure gets the field's.
function says(reason: SettingsReason) {
  return { error: (issue: { input?: unknown }) => settingsMessage(issue.input === undefined ? 'missing' : reason) };
}

function wholeNumber(bounds: { min: number; max: number }, reason: SettingsReason) {
  return z
    .number(says(reason))
    .int(fails(reason))
    .min(bounds.min, fails(reason))
    .max(bounds.max, fails(reason));
}

function text(maxLength: number, tooLong: SettingsReason) {
  return z.string(says('text')).trim().refine((value) => noteLength(value) <= maxLength, fails(tooLong));
}

const clockTime = z.string(says('clockTime')).refine((value) => parseClockTime(value) !== null, fails('clockTime'));

const dayBoundary = z.string(says('dayBoundary')).refine((value) => {
  const minutes = parseClockTime(value);
  return minutes !== null && minutes <= (parseClockTime(L.dayBoundary.max) ?? 0);
}, fails('dayBoundary'));

const windowSchema = z
  .strictObject(
    {
      id: z.string(says('windowId')).trim().min(L.windowIdLength.min, fails('windowId')).max(L.windowIdLength.max, fails('windowId')),
      days: z
        .array(z.literal(WEEKDAYS, says('day')), says('days'))
        .min(1, fails('days'))
        .refine((days) => new Set(days).size === days.length, fails('dayRepeated')),
      start: clockTime,
      end: clockTime,
    },
    says('window'),
  )
  .superRefine((window, ctx) => {
    // Refinements run even after a bad time was reported; that time has its message already.
    const length = spanOf(window)?.length;
    if (length === undefined) return;
    if (length === 0) ctx.addIssue({ code: 'custom', path: ['end'], message: settingsMessage('sameStartEnd') });
    if (length > L.windowHours * 60) ctx.addIssue({ code: 'custom', path: ['end'], message: settingsMessage('windowTooLong') });
  });

const windowsSchema = z
  .array(windowSchema, says('windows'))
  .min(L.windows.min, fails('windows'))
  .max(L.windows.max, fails('windows'))
  .superRefine((windows, ctx) => {
    windows.forEach((window, index) => {
      const earlier = windows.slice(0, index);
      if (earlier.some((other) => other.id === window.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: settingsMessage('windowIdTaken') });
      }
      const clash = earlier.find((other) => overlaps(other, window));
      if (clash) ctx.addIssue({ code: 'custom', path: [index], message: windowsOverlapMessage(clash.start, clash.end) });
    });
  });

const settingsSchema = z.strictObject(
  {
    version: z.literal(SETTINGS_VERSION, says('version')),
    enabled: z.boolean(says('enabled')),
    pausedUntil: z.iso.date(says('pausedUntil')).nullable(),
    windows: windowsSchema,
    repeatEveryMinutes: wholeNumber(L.repeatEveryMinutes, 'repeatEveryMinutes'),
    maxNudgesPerEvening: wholeNumber(L.maxNudgesPerEvening, 'maxNudgesPerEvening'),
    snoozeMinutes: wholeNumber(L.snoozeMinutes, 'snoozeMinutes'),
    style: z.enum(['card', 'window', 'notification'], says('style')),
    prompts: z
      .array(
        text(L.promptLength.max, 'promptTooLong').refine((value) => value.length > 0, fails('promptEmpty')),
        says('prompts'),
      )
      .min(L.prompts.min, fails('prompts'))
      .max(L.prompts.max, fails('prompts')),
    names: z.strictObject({ me: text(L.nameLength.max, 'name'), partner: text(L.nameLength.max, 'name') }, says('names')),
    weekStart: z.literal(['locale', ...WEEKDAYS], says('weekStart')),
    dayBoundary,
    theme: z.enum(['system', 'light', 'dark'], says('theme')),
  },
  fails('notAnObject'),
) satisfies z.ZodType<Settings>;

/**
 * Checks settings whole: valid ones come back normalised (text trimmed),
 * anything else is refused with every reason, and nothing is half-applied.
 * Valid settings also fit in one storage.sync item, so the browser never
 * refuses what validation passed (#16).
 */
export function validateSettings(input: unknown): SettingsValidation {
  const result = settingsSchema.safeParse(input);
  if (result.success) {
    if (syncItemBytes(result.data) <= L.syncItemBytes) return { ok: true, settings: result.data };
    // Prompts are the only settings long enough to pass the limit.
    return { ok: false, errors: [{ path: 'prompts', message: settingsMessage('syncQuota') }] };
  }
  const errors = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: settingsMessage('unknownKey') }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
  // One failure can trip two checks with the same sentence; say it once.
  const unique = new Map(errors.map((error) => [`${error.path}\n${error.message}`, error]));
  return { ok: false, errors: [...unique.values()] };
}

const utf8 = new TextEncoder();

// What storage.sync counts against QUOTA_BYTES_PER_ITEM: the key plus the value's JSON, in UTF-8.
function syncItemBytes(settings: Settings): number {
  return utf8.encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function spanOf(window: { start: string; end: string }): { start: number; length: number } | null {
  const start = parseClockTime(window.start);
  const end = parseClockTime(window.end);
  if (start === null || end === null) return null;
  return { start, length: (end - start + MINUTES_PER_DAY) % MINUTES_PER_DAY };
}

// Compared on a weekly clock, so Saturday 23:00–01:00 meets a Sunday 00:30 window.
function overlaps(a: ConnectionWindow, b: ConnectionWindow): boolean {
  const week = 7 * MINUTES_PER_DAY;
  const runs = (window: ConnectionWindow) => {
    const span = spanOf(window);
    return span ? window.days.map((day) => ({ from: day * MINUTES_PER_DAY + span.start, length: span.length })) : [];
  };
  return runs(a).some((x) =>
    runs(b).some((y) => (y.from - x.from + week) % week < x.length || (x.from - y.from + week) % week < y.length),
  );
}
