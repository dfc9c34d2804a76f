import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openNudgeWindow } from '../../entrypoints/background/nudge-window';

// The small window must never take the focus from what the user is typing.
// Chromium honours windows.create's focused: false; Firefox ignores it and
// focuses the new window (seen in 153 ESR, tests/e2e/journeys/connection-hour.ts).
describe('the small window and the focus', () => {
  let update: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true, left: 0, top: 0, width: 1200, height: 800 } as never);
    update = vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
  });
  afterEach(() => vi.restoreAllMocks());

  test('opens unfocused, and leaves the focus alone where the browser honours that (Chromium)', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 7, focused: false } as never);
    expect(await openNudgeWindow()).toBe(7);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ focused: false, type: 'popup' }));
    expect(update).not.toHaveBeenCalled();
  });

  test('gives the focus back to the window the user was in when the browser focused the new one anyway (Firefox)', async () => {
    vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 7, focused: true } as never);
    expect(await openNudgeWindow()).toBe(7);
    expect(update).toHaveBeenCalledWith(1, { focused: true });
  });

  test('takes no focus anywhere when the user was in no browser window', async () => {
    vi.mocked(fakeBrowser.windows.getLastFocused).mockResolvedValue({ id: 1, focused: false } as never);
    vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({ id: 7, focused: true } as never);
    await openNudgeWindow();
    expect(update).not.toHaveBeenCalled();
  });
});
