import { describe, expect, test } from 'vitest';
import { parseFrameMessage } from '../../utils/messaging/card-frame';

describe("parseFrameMessage: what the card's content script takes from its frame", () => {
  test.each([
    [{ hearthFrame: 'ready', height: 212.4 }, { hearthFrame: 'ready', height: 213 }],
    [{ hearthFrame: 'size', height: 0 }, { hearthFrame: 'size', height: 0 }],
    [{ hearthFrame: 'none', extra: 'dropped' }, { hearthFrame: 'none' }],
    [{ hearthFrame: 'close' }, { hearthFrame: 'close' }],
  ])('%o is read as %o', (data, expected) => {
    expect(parseFrameMessage(data)).toEqual(expected);
  });

  test.each([null, 'close', 42, {}, { hearthFrame: 'open' }, { hearthFrame: 'size' }, { hearthFrame: 'size', height: -1 }, { hearthFrame: 'ready', height: Infinity }, { hearthFrame: 'size', height: '300' }])(
    '%o is ignored',
    (data) => {
      expect(parseFrameMessage(data)).toBeNull();
    },
  );
});
