import { describe, expect, test } from 'vitest';
import { CHROMIUM_ENV, findChromium, rootSandbox } from '../../scripts/lib/find-chromium';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium()', () => {
  test('prefers the path from the environment variable', () => {
    expect(findChromium({ [CHROMIUM_ENV]: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium'), 'linux')).toBe('/opt/c/chrome');
  });

  test('refuses an environment path that does not exist, and says how to fix it', () => {
    expect(() => findChromium({ [CHROMIUM_ENV]: '/nope' }, only('/usr/bin/chromium'), 'linux')).toThrow(
      /HEARTH_CHROMIUM is set to \/nope, but no file is there[\s\S]*apt-get install chromium/,
    );
  });

  test.each([
    ['linux', '/usr/bin/chromium-browser'],
    ['darwin', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  ])('finds the usual location on %s', (platform, path) => {
    expect(findChromium({}, only(path), platform)).toBe(path);
  });

  test('fails with install instructions when nothing is found', () => {
    expect(() => findChromium({}, () => false, 'linux')).toThrow(/No Chromium was found[\s\S]*sudo apt-get install chromium[\s\S]*HEARTH_CHROMIUM=/);
  });
});

describe('rootSandbox()', () => {
  test('as root, Chromium runs without its sandbox, and the user is told why in one line', () => {
    const { args, notice } = rootSandbox(0);
    expect(args).toEqual(['--no-sandbox']);
    expect(notice).toMatch(/^Running as root, so Chromium starts without its sandbox/);
    expect(notice).not.toContain('\n');
  });

  test.each([1000, 501, undefined])('as any other user (uid %s), the sandbox stays on and nothing is said', (uid) => {
    expect(rootSandbox(uid)).toEqual({ args: [], notice: null });
  });
});
