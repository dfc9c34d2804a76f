import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { defaultSettings, SETTINGS_VERSION } from '../../utils/settings';

const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
const partnerField = () => screen.getByLabelText<HTMLInputElement>("Your partner's name");

// fakeBrowser has no permissions API: the window style needs none, and nothing is granted or revoked here.
// Left in place between tests: a page's effects may still unsubscribe after its test ends.
beforeEach(() => {
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
});

afterEach(async () => {
  // Unmount here, and let Preact's deferred effects run, while the stubs above are still in place.
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 150));
  vi.mocked(fakeBrowser.storage.sync.set).mockRestore?.();
  vi.mocked(fakeBrowser.storage.sync.get).mockRestore?.();
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

  test('settings a newer Hearth wrote are shown, held still, never written, and the page says to update', async () => {
    const newer = { ...defaultSettings(), version: SETTINGS_VERSION + 1, names: { me: 'Ana', partner: 'Ben' }, sound: 'chime' };
    await fakeBrowser.storage.sync.set({ settings: newer });
    const write = vi.spyOn(fakeBrowser.storage.sync, 'set');
    render(<App />);
    await screen.findByText(/saved by a newer version of Hearth.*Update Hearth/);
    expect(partnerField().value).toBe('Ben');
    expect(partnerField().closest('fieldset')).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    await fakeBrowser.storage.local.set({ lastBackupAt: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(write).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(newer);
  });
});
