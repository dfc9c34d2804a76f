import { describe, expect, test } from 'vitest';
import { CHROMIUM_ENV, findChromium } from '../../scripts/lib/find-chromium';

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
