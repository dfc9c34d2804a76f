// `npm start`: opens a real Chromium window with the production build of
// Hearth loaded, on a profile kept in .hearth-profile/ so notes persist
// between runs. (WXT's dev mode keeps the worker alive and adds permissions,
// which hides MV3 bugs, so we try the real build.)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium, rootSandbox } from './lib/find-chromium';

const extensionDir = resolve('.output/chrome-mv3');
const profileDir = resolve(process.env.HEARTH_PROFILE ?? '.hearth-profile');

if (!existsSync(`${extensionDir}/manifest.json`)) {
  console.error('No build found in .output/chrome-mv3. Run `npm run build` first (npm start does this for you).');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: npm start opens a real browser window. Run it in a desktop session (or under xvfb-run).');
  process.exit(1);
}

let chromium: string;
try {
  chromium = findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const sandbox = rootSandbox(process.getuid?.());
if (sandbox.notice) console.log(sandbox.notice);
const args = [...chromiumArgs(extensionDir, { headless: false }), ...sandbox.args, `--user-data-dir=${profileDir}`, 'chrome://extensions/'];
console.log(`Starting ${chromium} with Hearth loaded (profile: ${profileDir}).`);
console.log('Pin Hearth from the puzzle-piece menu, or press Alt+Shift+H to open it.');
const child = spawn(chromium, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
