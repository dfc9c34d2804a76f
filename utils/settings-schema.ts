import { z } from 'zod';
import { parseClockTime } from './clock-time';
import { noteLength } from './note-text';
import { SETTINGS_LIMITS as L, SETTINGS_MESSAGES as M } from './settings-messages';
import { SETTINGS_VERSION, type ConnectionWindow, type Settings, type SettingsValidation } from './settings-types';

const MINUTES_PER_DAY = 24 * 60;
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

// A missing key gets its own sentence; any other failure gets the field's.
function says(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? M.missing : message) };
}

function wholeNumber(bounds: { min: number; max: number }, message: string) {
  return z.number(says(message)).int(message).min(bounds.min, message).max(bounds.max, message);
}

function text(maxLength: number, tooLong: string) {
  return z.string(says(M.text)).trim().refine((value) => noteLength(value) <= maxLength, tooLong);
}

const clockTime = z.string(says(M.clockTime)).refine((value) => parseClockTime(value) !== null, M.clockTime);

const dayBoundary = z.string(says(M.dayBoundary)).refine((value) => {
  const minutes = parseClockTime(value);
  return minutes !== null && minutes <= (parseClockTime(L.dayBoundary.max) ?? 0);
}, M.dayBoundary);

const windowSchema = z
  .strictObject(
    {
      id: z.string(says(M.windowId)).trim().min(L.windowIdLength.min, M.windowId).max(L.windowIdLength.max, M.windowId),
      days: z
        .array(z.literal(WEEKDAYS, says(M.day)), says(M.days))
        .min(1, M.days)
        .refine((days) => new Set(days).size === days.length, M.dayRepeated),
      start: clockTime,
      end: clockTime,
    },
    says(M.window),
  )
  .superRefine((window, ctx) => {
    // Refinements run even after a bad time was reported; that time has its message already.
    const length = spanOf(window)?.length;
    if (length === undefined) return;
    if (length === 0) ctx.addIssue({ code: 'custom', path: ['end'], message: M.sameStartEnd });
    if (length > L.windowHours * 60) ctx.addIssue({ code: 'custom', path: ['end'], message: M.windowTooLong });
  });

const windowsSchema = z
  .array(windowSchema, says(M.windows))
  .min(L.windows.min, M.windows)
  .max(L.windows.max, M.windows)
  .superRefine((windows, ctx) => {
    windows.forEach((window, index) => {
      const earlier = windows.slice(0, index);
      if (earlier.some((other) => other.id === window.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: M.windowIdTaken });
      }
      const clash = earlier.find((other) => overlaps(other, window));
      if (clash) ctx.addIssue({ code: 'custom', path: [index], message: M.windowsOverlap(clash.start, clash.end) });
    });
  });

const settingsSchema = z.strictObject(
  {
    version: z.literal(SETTINGS_VERSION, says(M.version)),
    enabled: z.boolean(says(M.enabled)),
    pausedUntil: z.iso.date(says(M.pausedUntil)).nullable(),
    windows: windowsSchema,
    repeatEveryMinutes: wholeNumber(L.repeatEveryMinutes, M.repeatEveryMinutes),
    maxNudgesPerEvening: wholeNumber(L.maxNudgesPerEvening, M.maxNudgesPerEvening),
    snoozeMinutes: wholeNumber(L.snoozeMinutes, M.snoozeMinutes),
    style: z.enum(['card', 'window', 'notification'], says(M.style)),
    prompts: z
      .array(
        text(L.promptLength.max, M.promptTooLong).refine((value) => value.length > 0, M.promptEmpty),
        says(M.prompts),
      )
      .min(L.prompts.min, M.prompts)
      .max(L.prompts.max, M.prompts),
    names: z.strictObject({ me: text(L.nameLength.max, M.name), partner: text(L.nameLength.max, M.name) }, says(M.names)),
    weekStart: z.literal(['locale', ...WEEKDAYS], says(M.weekStart)),
    dayBoundary,
    theme: z.enum(['system', 'light', 'dark'], says(M.theme)),
  },
  { error: M.notAnObject },
) satisfies z.ZodType<Settings>;

/**
 * Checks settings whole: valid ones come back normalised (text trimmed),
 * anything else is refused with every reason, and nothing is half-applied.
 */
export function validateSettings(input: unknown): SettingsValidation {
  const result = settingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  const errors = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: M.unknownKey }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
  // One failure can trip two checks with the same sentence; say it once.
  const unique = new Map(errors.map((error) => [`${error.path}\n${error.message}`, error]));
  return { ok: false, errors: [...unique.values()] };
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
