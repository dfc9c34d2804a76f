import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CARD_ORIGINS, hasStylePermission, onPermissionsChanged, permissionsFor, requestStylePermission } from '../../utils/platform/permissions';

interface Asked {
  origins?: string[];
  permissions?: string[];
}

// fakeBrowser has no permissions API; this stands in for the browser's own record.
let granted: Required<Asked>;

const covers = (asked: Asked) =>
  (asked.origins ?? []).every((origin) => granted.origins.includes(origin)) &&
  (asked.permissions ?? []).every((permission) => granted.permissions.includes(permission));

beforeEach(() => {
  granted = { origins: [], permissions: [] };
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (asked) => covers(asked));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The user's answer to the browser's prompt. */
function answer(yes: boolean) {
  return vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (asked) => {
    const { origins = [], permissions = [] }: Asked = asked;
    if (yes) granted = { origins: [...granted.origins, ...origins], permissions: [...granted.permissions, ...permissions] };
    return yes;
  });
}

describe('permissionsFor()', () => {
  test('the card needs host access to web pages, the notification its permission, the window nothing', () => {
    expect(permissionsFor('card')).toEqual({ origins: ['http://*/*', 'https://*/*'] });
    expect(permissionsFor('notification')).toEqual({ permissions: ['notifications'] });
    expect(permissionsFor('window')).toBeNull();
  });
});

describe('requestStylePermission()', () => {
  test("for the card asks for exactly the card's origins, and nothing else", async () => {
    const request = answer(true);
    expect(await requestStylePermission('card')).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: [...CARD_ORIGINS] });
  });

  test('for the notification asks for ["notifications"] only', async () => {
    const request = answer(true);
    expect(await requestStylePermission('notification')).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  test('asks synchronously, inside the click: the browser shows its prompt only during a user gesture', () => {
    const request = answer(true);
    void requestStylePermission('card');
    expect(request).toHaveBeenCalledTimes(1);
  });

  test('resolves false when the user declines, and nothing is granted', async () => {
    answer(false);
    expect(await requestStylePermission('card')).toBe(false);
    expect(await hasStylePermission('card')).toBe(false);
  });
});

describe('hasStylePermission()', () => {
  test('reflects what the browser says it holds', async () => {
    const contains = vi.mocked(fakeBrowser.permissions.contains);
    expect(await hasStylePermission('card')).toBe(false);
    expect(contains).toHaveBeenLastCalledWith({ origins: [...CARD_ORIGINS] });
    granted = { origins: [...CARD_ORIGINS], permissions: [] };
    expect(await hasStylePermission('card')).toBe(true);
    expect(await hasStylePermission('notification')).toBe(false);
    expect(contains).toHaveBeenLastCalledWith({ permissions: ['notifications'] });
  });

  test('a card denied, then granted', async () => {
    answer(false);
    expect(await requestStylePermission('card')).toBe(false);
    expect(await hasStylePermission('card')).toBe(false);
    answer(true);
    expect(await requestStylePermission('card')).toBe(true);
    expect(await hasStylePermission('card')).toBe(true);
  });

  test('the small window always can, without asking the browser', async () => {
    expect(await hasStylePermission('window')).toBe(true);
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
  });
});

describe('onPermissionsChanged()', () => {
  test('listens to grants and revokes until stopped', () => {
    const added = vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    const removed = vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    const unAdded = vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
    const unRemoved = vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
    const callback = vi.fn();
    const stop = onPermissionsChanged(callback);
    expect(added).toHaveBeenCalledWith(callback);
    expect(removed).toHaveBeenCalledWith(callback);
    stop();
    expect(unAdded).toHaveBeenCalledWith(callback);
    expect(unRemoved).toHaveBeenCalledWith(callback);
  });
});
