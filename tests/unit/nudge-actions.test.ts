import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageToBackground } from '../../utils/messaging/protocol';
import { createNudgeActions, fetchNudgeContent } from '../../utils/nudge/actions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let sent: MessageToBackground[];
let reply: () => Promise<unknown>;

beforeEach(() => {
  sent = [];
  reply = async () => ({ ok: true });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: MessageToBackground) => {
    sent.push(message);
    return reply();
  }) as never);
});

const notes = () => sent.filter((m) => m.type === 'nudge/note');

describe('the nudge UIs\' calls to the background', () => {
  test('a note is sent with a fresh UUID, and the next note gets another', async () => {
    const actions = createNudgeActions({ nudgeId: 'n1', draft: null });
    expect(await actions.writeNote('one')).toEqual({ ok: true });
    await actions.writeNote('two');
    const [first, second] = notes();
    expect(first).toMatchObject({ nudgeId: 'n1', text: 'one', noteId: expect.stringMatching(UUID) });
    expect(second).toMatchObject({ text: 'two', noteId: expect.stringMatching(UUID) });
    expect(second).not.toMatchObject({ noteId: (first as { noteId: string }).noteId });
  });

  test('when the background never answers (worker stopped), says so, and a retry keeps the same note id', async () => {
    const actions = createNudgeActions({ nudgeId: 'n1', draft: null });
    reply = () => Promise.reject(new Error('The message port closed before a response was received.'));
    expect(await actions.writeNote('You listened.')).toEqual({ ok: false, message: expect.stringContaining('Your text is kept here') });
    reply = async () => ({ ok: true });
    await actions.writeNote('You listened.');
    const [failed, retried] = notes();
    expect(retried).toMatchObject({ noteId: (failed as { noteId: string }).noteId });
  });

  test('a restored draft continues under its own note id, for drafts and the save', async () => {
    const noteId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const actions = createNudgeActions({ nudgeId: 'n2', draft: { noteId, text: 'You always' } });
    actions.keepDraft('You always know');
    await actions.writeNote('You always know.');
    expect(sent).toEqual([
      { type: 'nudge/draft', noteId, text: 'You always know' },
      { type: 'nudge/note', nudgeId: 'n2', noteId, text: 'You always know.' },
    ]);
  });

  test('a failed draft or answer does not throw into the card', async () => {
    reply = () => Promise.reject(new Error('Could not establish connection.'));
    const actions = createNudgeActions({ nudgeId: 'n1', draft: null });
    actions.keepDraft('x');
    actions.act('snooze');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent.map((m) => m.type)).toEqual(['nudge/draft', 'nudge/act']);
  });

  test('asking for the nudge is repeated when the worker dropped the answer, then given up', async () => {
    let asks = 0;
    reply = async () => {
      asks++;
      if (asks === 1) throw new Error('The message port closed before a response was received.');
      return { nudgeId: 'n3' };
    };
    expect(await fetchNudgeContent()).toEqual({ nudgeId: 'n3' });

    reply = () => Promise.reject(new Error('Could not establish connection.'));
    await expect(fetchNudgeContent()).rejects.toThrow('Could not establish connection.');
  });
});
