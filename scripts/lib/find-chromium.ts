import { existsSync } from 'node:fs';

/** Set this to a Chromium (or Chrome for Testing) binary to use it instead of the usual places. */
export const CHROMIUM_ENV = 'HEARTH_CHROMIUM';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env.LOCALAPPDATA ?? ''}\\Chromium\\Application\\chrome.exe`,
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

const INSTALL_HELP = [
  'No Chromium was found for Hearth.',
  'Install it, for example on Debian or Ubuntu: sudo apt-get install chromium',
  '(on macOS: brew install --cask chromium),',
  `or point ${CHROMIUM_ENV} at a Chromium binary: ${CHROMIUM_ENV}=/path/to/chromium npm test`,
  'Branded Google Chrome cannot load unpacked extensions from the command line, so it is not used.',
].join('\n');

/**
 * The Chromium binary for tests and `npm start`: the environment variable if
 * set (and it must exist), else the usual install locations.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  platform: string = process.platform,
): string {
  const custom = env[CHROMIUM_ENV];
  if (custom) {
    if (exists(custom)) return custom;
    throw new Error(`${CHROMIUM_ENV} is set to ${custom}, but no file is there.\n\n${INSTALL_HELP}`);
  }
  const found = (CANDIDATES[platform] ?? []).find((path) => exists(path));
  if (found) return found;
  throw new Error(INSTALL_HELP);
}

/** Flags every Hearth launch uses: quiet, offline-friendly, with only Hearth loaded. */
export function chromiumArgs(extensionDir: string, { headless }: { headless: boolean }): string[] {
  return [
    ...(headless
      ? [
          '--no-sandbox',
          '--disable-gpu',
          // Automated runs reach loopback only. Chromium itself still tries
          // Google's hosts (sign-in, updates) whatever the flags; this makes
          // every other name unresolvable inside the browser, so nothing
          // leaves the machine, not even a DNS query.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ]
      : []),
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Chromium refuses to start as root with its sandbox on ("Running as root
 * without --no-sandbox is not supported"), which is how many people first meet
 * Hearth: in a container or a root shell. As root, a visible browser runs
 * without the sandbox, and the caller prints the notice saying why.
 */
export function rootSandbox(uid: number | undefined): { args: string[]; notice: string | null } {
  if (uid !== 0) return { args: [], notice: null };
  return {
    args: ['--no-sandbox'],
    notice:
      'Running as root, so Chromium starts without its sandbox (it refuses to start otherwise). For everyday browsing, run npm start as a normal user.',
  };
}
