import { describe, expect, test } from 'vitest';
import { isFromThisExtension, parseMessageToBackground } from '../../utils/messaging/protocol';

const noteId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('parseMessageToBackground()', () => {
  test.each([
    [{ type: 'nudge/get' }],
    [{ type: 'nudge/act', nudgeId: 'n1', action: 'put-down' }],
    [{ type: 'nudge/act', nudgeId: 'n1', action: 'snooze' }],
    [{ type: 'nudge/note', nudgeId: 'n1', noteId, text: 'thank you' }],
    [{ type: 'nudge/draft', noteId, text: 'thank you for' }],
    [{ type: 'nudge/draft', noteId, text: '' }],
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
    [{ type: 'nudge/note', nudgeId: 'n1', noteId, text: 42 }],
    [{ type: 'nudge/note', nudgeId: 'n1', noteId, text: 'x'.repeat(20_001) }],
    [{ type: 'nudge/note', nudgeId: 'n1', text: 'no id, so a retry could store it twice' }],
    [{ type: 'nudge/note', nudgeId: 'n1', noteId: 'not-a-uuid', text: 'thank you' }],
    [{ type: 'nudge/draft', noteId, text: 'x'.repeat(20_001) }],
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
