import { defaultRitualPrompts } from '../rituals/prompts';
import { validateSettings } from './schema';
import { SETTINGS_VERSION, type Settings } from './types';

export { formatClockTime, parseClockTime } from '../time/clock';
export { SETTINGS_LIMITS, SETTINGS_MESSAGES } from './messages';
export { validateSettings } from './schema';
export {
  SETTINGS_VERSION,
  type ConnectionWindow,
  type Settings,
  type SettingsError,
  type SettingsValidation,
} from './types';

/** A fresh, mutable copy of the settings a new install starts with. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    pausedUntil: null,
    windows: [{ id: 'default', days: [0, 1, 2, 3, 4, 5, 6], start: '21:00', end: '22:00' }],
    repeatEveryMinutes: 20,
    maxNudgesPerEvening: 3,
    snoozeMinutes: 10,
    // The card needs a host permission the user grants later; a window works from the start.
    style: 'window',
    prompts: defaultRitualPrompts(),
    names: { me: '', partner: '' },
    weekStart: 'locale',
    dayBoundary: '04:00',
    theme: 'system',
  };
}

/** The defaults, deep-frozen; use defaultSettings() for a copy to change. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(defaultSettings());

/**
 * What happened on load, so the UI can tell the user. 'newer-version': a newer
 * Hearth wrote them; they are read as far as this version understands, and
 * must never be written over (#16).
 */
export type SettingsNotice = 'none' | 'migrated' | 'recovered-corrupt' | 'newer-version';

type Stored = Record<string, unknown>;

/** One step up: turns the shape of version `from` into the shape of `from + 1`. */
interface Migration {
  from: number;
  migrate: (old: Stored) => Stored;
}

/** Adding version N is one entry here with `from: N - 1`, and bumping SETTINGS_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 0 (before releases) had one `window: { start, end }` shared by `days`,
    // and called the nudge limit `maxNudges`.
    from: 0,
    migrate: ({ enabled, days, window, maxNudges, snoozeMinutes }) => {
      const { start, end } = isRecord(window) ? window : {};
      return {
        ...defaultSettings(),
        ...defined({ enabled, snoozeMinutes, maxNudgesPerEvening: maxNudges }),
        windows: [{ id: 'default', days, start, end }],
        version: 1,
      };
    },
  },
];

/**
 * Turns whatever storage held into valid settings. Never throws: nothing
 * stored gives the defaults; an older version is migrated; a corrupt shape
 * keeps each field that still validates and resets the rest; a newer one is
 * read for the keys this version knows, each field kept if it validates.
 */
export function migrateSettings(stored: unknown): { settings: Settings; notice: SettingsNotice } {
  if (stored === undefined || stored === null) return { settings: defaultSettings(), notice: 'none' };
  if (!isRecord(stored)) return { settings: defaultSettings(), notice: 'recovered-corrupt' };
  // An object without a version predates versioning: it is version 0.
  const version = 'version' in stored ? stored.version : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { settings: salvage(stored), notice: 'recovered-corrupt' };
  }
  if (isFromNewerVersion(stored)) return { settings: salvage(knownKeysOf(stored)), notice: 'newer-version' };

  let current: Stored = stored;
  try {
    for (let from = version; from < SETTINGS_VERSION; from++) {
      const step = MIGRATIONS.find((migration) => migration.from === from);
      if (!step) return { settings: salvage(stored), notice: 'recovered-corrupt' };
      current = step.migrate(current);
    }
  } catch {
    // A migration tripped on data it did not expect; the user still gets working settings.
    return { settings: salvage(stored), notice: 'recovered-corrupt' };
  }
  const checked = validateSettings(current);
  if (checked.ok) return { settings: checked.settings, notice: version < SETTINGS_VERSION ? 'migrated' : 'none' };
  return { settings: salvage(current), notice: 'recovered-corrupt' };
}

/**
 * Whether stored settings were written by a newer Hearth: a higher version, or
 * the current one with a key this version doesn't know (a newer Hearth may add
 * one before it bumps the version, and dropping it would lose the user's choice).
 */
export function isFromNewerVersion(stored: unknown): boolean {
  if (!isRecord(stored) || typeof stored.version !== 'number') return false;
  if (stored.version > SETTINGS_VERSION) return true;
  return stored.version === SETTINGS_VERSION && JSON.stringify(knownKeysOf(stored)) !== JSON.stringify(stored);
}

const WINDOW_KEYS = ['id', 'days', 'start', 'end'];
const NAME_KEYS = ['me', 'partner'];

// Only the keys this version knows, at every level it has objects, in their stored order.
function knownKeysOf(stored: Stored): Stored {
  const known = pick(stored, Object.keys(DEFAULT_SETTINGS));
  if (isRecord(known.names)) known.names = pick(known.names, NAME_KEYS);
  if (Array.isArray(known.windows)) known.windows = known.windows.map((window) => (isRecord(window) ? pick(window, WINDOW_KEYS) : window));
  return known;
}

function pick(record: Stored, keys: readonly string[]): Stored {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)));
}

// Field by field over the defaults: each field is kept only if the whole still validates.
function salvage(stored: Stored): Settings {
  let settings = defaultSettings();
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    if (key === 'version' || !(key in stored)) continue;
    const checked = validateSettings({ ...settings, [key]: stored[key] });
    if (checked.ok) settings = checked.settings;
  }
  return settings;
}

function isRecord(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defined(fields: Stored): Stored {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
