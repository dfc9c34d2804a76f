import { describe, expect, test } from 'vitest';
import { FIREFOX_ENV, findFirefox } from '../../scripts/lib/find-firefox';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findFirefox()', () => {
  test('prefers the path from the environment variable', () => {
    expect(findFirefox({ [FIREFOX_ENV]: '/opt/ff/firefox' }, only('/opt/ff/firefox', '/usr/bin/firefox-esr'), 'linux')).toBe('/opt/ff/firefox');
  });

  test('refuses an environment path that does not exist, and says how to fix it', () => {
    expect(() => findFirefox({ [FIREFOX_ENV]: '/nope' }, only('/usr/bin/firefox-esr'), 'linux')).toThrow(
      /HEARTH_FIREFOX is set to \/nope, but no file is there[\s\S]*apt-get install firefox-esr/,
    );
  });

  test.each([
    ['linux', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], '/usr/bin/firefox-esr'],
    ['linux', ['/usr/bin/firefox'], '/usr/bin/firefox'],
    ['darwin', ['/Applications/Firefox.app/Contents/MacOS/firefox'], '/Applications/Firefox.app/Contents/MacOS/firefox'],
  ])('finds the usual location on %s, ESR first', (platform, present, expected) => {
    expect(findFirefox({}, only(...present), platform)).toBe(expected);
  });

  test('fails with install instructions when nothing is found', () => {
    expect(() => findFirefox({}, () => false, 'linux')).toThrow(/No Firefox was found[\s\S]*sudo apt-get install firefox-esr[\s\S]*HEARTH_FIREFOX=/);
  });
});
