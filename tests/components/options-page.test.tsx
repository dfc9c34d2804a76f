import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { defaultSettings } from '../../utils/settings';

const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
const partnerField = () => screen.getByLabelText<HTMLInputElement>("Your partner's name");

// fakeBrowser has no permissions API: the window style needs none, and nothing is granted or revoked here.
beforeEach(() => {
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
});

describe('the options page, wired to browser storage', () => {
  test('a save storage.sync refuses keeps the typed text and the reason through later storage changes', async () => {
    await fakeBrowser.storage.sync.set({ settings: defaultSettings() });
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const read = vi.spyOn(fakeBrowser.storage.sync, 'get');
    render(<App />);
    await screen.findByLabelText("Your partner's name");

    type(partnerField(), 'Sam');
    fireEvent.focusOut(partnerField());
    await waitFor(() => expect(write).toHaveBeenCalled());
    const reason = /refused to store these settings \(QUOTA_BYTES_PER_ITEM quota exceeded\)/;
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(reason));

    // Export records the backup time, and the worker its own state, in local storage.
    const readsBefore = read.mock.calls.length;
    await fakeBrowser.storage.local.set({ lastBackupAt: Date.now() });
    await waitFor(() => expect(read.mock.calls.length).toBeGreaterThan(readsBefore));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(partnerField().value).toBe('Sam');
    expect(screen.getByRole('alert').textContent).toMatch(reason);
    expect(screen.queryByText('Saved', { selector: '[role=status]' })).toBeNull();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(defaultSettings());
  });
});
