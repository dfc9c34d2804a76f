import { existsSync } from 'node:fs';

/** Set this to a Firefox binary to use it instead of the usual places. */
export const FIREFOX_ENV = 'HEARTH_FIREFOX';

/** Hearth's add-on id in Firefox (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'hearth@hearth-extension.org';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/snap/bin/firefox'],
  darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  win32: ['C:\\Program Files\\Mozilla Firefox\\firefox.exe'],
};

const INSTALL_HELP = [
  'No Firefox was found for Hearth.',
  'Install Firefox ESR, for example on Debian or Ubuntu: sudo apt-get install firefox-esr',
  `or point ${FIREFOX_ENV} at a Firefox binary: ${FIREFOX_ENV}=/path/to/firefox npm test`,
  'Hearth installs itself unsigned, which only ESR, Developer Edition and Nightly allow.',
].join('\n');

/** The Firefox binary for tests and `npm run start:firefox`: the environment variable if set (and it must exist), else the usual places. */
export function findFirefox(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  platform: string = process.platform,
): string {
  const custom = env[FIREFOX_ENV];
  if (custom) {
    if (exists(custom)) return custom;
    throw new Error(`${FIREFOX_ENV} is set to ${custom}, but no file is there.\n\n${INSTALL_HELP}`);
  }
  const found = (CANDIDATES[platform] ?? []).find((path) => exists(path));
  if (found) return found;
  throw new Error(INSTALL_HELP);
}

/**
 * Preferences that install Hearth for good from an unpacked build: Firefox
 * reads a profile's extensions/<id> file holding the build's path (a "proxy
 * file"), and ESR accepts it unsigned with signatures turned off. Unlike a
 * temporary add-on, it stays installed across restarts, with its data.
 */
export const UNPACKED_INSTALL_PREFS: Readonly<Record<string, boolean | number | string>> = {
  'xpinstall.signatures.required': false,
  // Profile-scope add-ons start enabled instead of waiting for the user's consent.
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 5,
  // Look in the profile's extensions/ at every start, not only on a new profile or version.
  'extensions.startupScanScopes': 1,
};
