import type { Settings } from './types';

/** The id every install used to give its first window: evenings of two devices then shared ids (#16). */
export const SHARED_WINDOW_ID = 'default';

/** A window id no other install will choose. */
export function newWindowId(): string {
  return `w-${crypto.randomUUID()}`;
}

/** The settings with the shared id replaced by `id`; the same object when no window has it. */
export function withoutSharedWindowId(settings: Settings, id: string): Settings {
  if (!settings.windows.some((window) => window.id === SHARED_WINDOW_ID)) return settings;
  const taken = settings.windows.some((window) => window.id === id);
  const unique = taken ? newWindowId() : id;
  return { ...settings, windows: settings.windows.map((window) => (window.id === SHARED_WINDOW_ID ? { ...window, id: unique } : window)) };
}
