import { describe, expect, test } from 'vitest';
import { isFromThisExtension, parseMessageToBackground } from '../../utils/messages';

describe('parseMessageToBackground()', () => {
  test.each([
    [{ type: 'nudge/get' }],
    [{ type: 'nudge/act', nudgeId: 'n1', action: 'put-down' }],
    [{ type: 'nudge/act', nudgeId: 'n1', action: 'snooze' }],
    [{ type: 'nudge/note', nudgeId: 'n1', text: 'thank you' }],
  ])('accepts %j', (message) => {
    expect(parseMessageToBackground(message)).toEqual(message);
  });

  test.each([
    [null],
    ['nudge/get'],
    [{ type: 'nudge/delete-everything' }],
    [{ type: 'nudge/act', nudgeId: 'n1', action: 'explode' }],
    [{ type: 'nudge/act', action: 'put-down' }],
    [{ type: 'nudge/get', extra: true }],
    [{ type: 'nudge/note', nudgeId: 'n1', text: 42 }],
    [{ type: 'nudge/note', nudgeId: 'n1', text: 'x'.repeat(20_001) }],
  ])('ignores %j', (message) => {
    expect(parseMessageToBackground(message)).toBeNull();
  });
});

describe('isFromThisExtension()', () => {
  test('accepts only this extension as the sender', () => {
    expect(isFromThisExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromThisExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isFromThisExtension({}, 'abc')).toBe(false);
  });
});
