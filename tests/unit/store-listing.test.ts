import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import messages from '../../public/_locales/en/messages.json';

const STORE = 'docs/store';

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii'), `${path} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the store listing in docs/store/', () => {
  test('its short description is the extension\'s own, within the stores\' 132 characters', () => {
    const listing = readFileSync(`${STORE}/listing.md`, 'utf8');
    const short = listing.split(/^## Short description$/m)[1]?.split(/^## /m)[0]?.trim();
    expect(short).toBe(messages.extDescription.message);
    expect(short!.length).toBeLessThanOrEqual(132);
  });

  test.each(['screenshot-1-nudge.png', 'screenshot-2-note.png', 'screenshot-3-week.png', 'screenshot-4-options.png'])(
    '%s is 1280×800, as the stores ask',
    (file) => {
      expect(pngSize(`${STORE}/${file}`)).toEqual({ width: 1280, height: 800 });
    },
  );

  test('the promo tile is 440×280', () => {
    expect(pngSize(`${STORE}/promo-tile-440x280.png`)).toEqual({ width: 440, height: 280 });
  });

  test('the privacy policy says what the README says: nothing is sent, notes stay on the device', () => {
    const policy = readFileSync(`${STORE}/privacy-policy.md`, 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/makes no network requests/);
    expect(policy).toMatch(/It makes no network requests\./);
    expect(policy).toMatch(/IndexedDB\) on this device/);
  });
});
