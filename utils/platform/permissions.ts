import { browser, type Browser } from 'wxt/browser';
import { CARD_ORIGINS } from './card-origins';

export { CARD_ORIGINS };

/** What each nudge style needs beyond the manifest's required permissions. */
export function permissionsFor(style: 'card' | 'window' | 'notification'): Browser.permissions.Permissions | null {
  if (style === 'card') return { origins: [...CARD_ORIGINS] };
  if (style === 'notification') return { permissions: ['notifications'] };
  return null;
}

/**
 * Asks for what a style needs. Must be called straight from the user's click
 * (no await before it), or the browser refuses to show its prompt.
 */
export function requestStylePermission(style: 'card' | 'notification'): Promise<boolean> {
  const needed = permissionsFor(style);
  return needed ? browser.permissions.request(needed) : Promise.resolve(true);
}

/** Whether the style can work now: the permission may have been revoked since. */
export async function hasStylePermission(style: 'card' | 'window' | 'notification'): Promise<boolean> {
  const needed = permissionsFor(style);
  return needed ? browser.permissions.contains(needed) : true;
}

/** Calls back when the user grants or revokes any optional permission. */
export function onPermissionsChanged(callback: () => void): () => void {
  browser.permissions.onAdded.addListener(callback);
  browser.permissions.onRemoved.addListener(callback);
  return () => {
    browser.permissions.onAdded.removeListener(callback);
    browser.permissions.onRemoved.removeListener(callback);
  };
}
