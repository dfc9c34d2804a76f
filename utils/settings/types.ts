import type { ClockTime, LocalDate, Weekday } from '../time/local';

/** Settings follow the user across browsers, so they live in storage.sync under this key. */
export const SETTINGS_KEY = 'settings';

/** The shape version this code writes; migrations bring older ones up to it. */
export const SETTINGS_VERSION = 1;

/** A weekly connection window; one that ends before it starts crosses midnight. */
export interface ConnectionWindow {
  id: string;
  days: Weekday[];
  start: ClockTime;
  end: ClockTime;
}

/** Everything the user chooses; kept in browser.storage.sync. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  enabled: boolean;
  /** Holiday pause: evenings owned by an earlier date get no nudges; nudges resume on this date. */
  pausedUntil: LocalDate | null;
  windows: ConnectionWindow[];
  /** How long to wait before nudging again while the user keeps browsing. */
  repeatEveryMinutes: number;
  maxNudgesPerEvening: number;
  snoozeMinutes: number;
  style: 'card' | 'window' | 'notification';
  prompts: string[];
  names: { me: string; partner: string };
  /** First day of the week in the weekly reflection. */
  weekStart: 'locale' | Weekday;
  /** When one reflection day ends, between 00:00 and 06:00: a late night still counts as the evening before. */
  dayBoundary: ClockTime;
  theme: 'system' | 'light' | 'dark';
}

/** One reason the settings were refused; `path` reads like 'windows[0].end'. */
export interface SettingsError {
  path: string;
  message: string;
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };
