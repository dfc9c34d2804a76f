import { sendToBackground } from '../../utils/messaging/send';
import type { Settings } from '../../utils/settings';
import { onValidatedSettingsChanged, readValidatedSettings } from '../../utils/settings/validated';

/**
 * The validated settings, as the worker last published them (so the popup
 * never loads the validator): read once when the popup opens, and again
 * whenever the worker publishes a change, so the week view can open with them
 * already known.
 */
export interface SettingsSource {
  get(): Promise<Settings>;
  /** The settings once they have arrived, so a view can render with them at once. */
  current(): Settings | undefined;
  /** Calls back with the new settings after each change; returns the unsubscribe. */
  subscribe(callback: (settings: Settings) => void): () => void;
}

export function createSettingsSource(
  ask: () => Promise<Settings> = readOrAsk,
  watch: (callback: () => void) => () => void = onValidatedSettingsChanged,
): SettingsSource {
  let request: Promise<Settings> | undefined;
  let known: Settings | undefined;
  const listeners = new Set<(settings: Settings) => void>();

  function fetchSettings(): Promise<Settings> {
    const pending = ask().then(
      (settings) => {
        // An older answer arriving late must not replace a newer one.
        if (request === pending) known = settings;
        return settings;
      },
      (error: unknown) => {
        // Not remembered: the next get() asks again.
        if (request === pending) request = undefined;
        throw error;
      },
    );
    request = pending;
    return pending;
  }

  // For the popup's lifetime: a change made in the options while the popup is
  // open reaches the next view that opens, not only the one showing.
  watch(() => {
    fetchSettings().then(
      (settings) => listeners.forEach((listener) => listener(settings)),
      () => undefined,
    );
  });

  return {
    get: () => request ?? fetchSettings(),
    current: () => known,
    subscribe(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
}

/** The worker's published copy; only if there is none yet, ask the worker (which wakes it). */
async function readOrAsk(): Promise<Settings> {
  return (await readValidatedSettings().catch(() => undefined)) ?? sendToBackground({ type: 'settings/get' });
}
