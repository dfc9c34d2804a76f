// `npm start`: opens a real Chromium window with the production build of
// Hearth loaded, on a profile kept in .hearth-profile/ so notes persist
// between runs. (WXT's dev mode keeps the worker alive and adds permissions,
// which hides MV3 bugs, so we try the real build.)
// `npm run start:firefox` (or `npm start -- --firefox` after
// `npm run build:firefox`) does the same in Firefox, on .hearth-profile-firefox/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, rootSandbox } from './lib/find-chromium';
import { findFirefox, GECKO_ID, UNPACKED_INSTALL_PREFS } from './lib/find-firefox';

const firefox = process.argv.includes('--firefox');
const extensionDir = resolve(firefox ? '.output/firefox-mv3' : '.output/chrome-mv3');
const profileDir = resolve(process.env.HEARTH_PROFILE ?? (firefox ? '.hearth-profile-firefox' : '.hearth-profile'));

if (!existsSync(`${extensionDir}/manifest.json`)) {
  const build = firefox ? 'npm run build:firefox' : 'npm run build';
  console.error(`No build found in ${extensionDir}. Run \`${build}\` first (npm start${firefox ? ':firefox' : ''} does this for you).`);
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: npm start opens a real browser window. Run it in a desktop session (or under xvfb-run).');
  process.exit(1);
}

function chromiumLaunch(): [string, string[]] {
  const sandbox = rootSandbox(process.getuid?.());
  if (sandbox.notice) console.log(sandbox.notice);
  return [
    findChromium(),
    [...chromiumArgs(extensionDir, { headless: false }), ...sandbox.args, `--user-data-dir=${profileDir}`, 'chrome://extensions/'],
  ];
}

/** Installs Hearth into the profile from the unpacked build, for good, as the end-to-end tests do (tests/e2e/support/firefox-driver.ts). */
function firefoxLaunch(): [string, string[]] {
  const binary = findFirefox();
  mkdirSync(join(profileDir, 'extensions'), { recursive: true });
  writeFileSync(join(profileDir, 'extensions', GECKO_ID), extensionDir);
  const prefs = Object.entries(UNPACKED_INSTALL_PREFS).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
  writeFileSync(join(profileDir, 'user.js'), `${prefs.join('\n')}\n`);
  return [binary, ['--profile', profileDir, '--no-remote', 'about:addons']];
}

let command: [string, string[]];
try {
  command = firefox ? firefoxLaunch() : chromiumLaunch();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const [binary, args] = command;
console.log(`Starting ${binary} with Hearth loaded (profile: ${profileDir}).`);
console.log(
  firefox
    ? 'Pin Hearth from the puzzle-piece menu, or press Alt+Shift+H to open it. Firefox loads it unsigned only in ESR, Developer Edition and Nightly.'
    : 'Pin Hearth from the puzzle-piece menu, or press Alt+Shift+H to open it.',
);
const child = spawn(binary, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
