// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyTheme, followThemeSetting, themeOf } from '../../utils/settings/theme';

describe('themeOf()', () => {
  test.each([
    [{ theme: 'dark' }, 'dark'],
    [{ theme: 'light' }, 'light'],
    [{ theme: 'system' }, 'system'],
    [{ theme: 'neon' }, 'system'],
    [undefined, 'system'],
    ['corrupt', 'system'],
  ])('%j → %s', (settings, theme) => {
    expect(themeOf(settings)).toBe(theme);
  });
});

describe('followThemeSetting()', () => {
  test('applies the stored theme and follows changes to it', async () => {
    const element = document.createElement('div');
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    const stop = followThemeSetting(element);
    await expect.poll(() => element.dataset.theme).toBe('dark');
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light' } });
    await expect.poll(() => element.dataset.theme).toBe('light');
    stop();
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.dataset.theme).toBe('light');
  });

  test('applyTheme sets the attribute the stylesheets read', () => {
    const element = document.createElement('div');
    applyTheme(element, 'system');
    expect(element.getAttribute('data-theme')).toBe('system');
  });
});
