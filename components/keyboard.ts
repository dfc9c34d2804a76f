/** Ctrl+Enter, or Cmd+Enter on a Mac: the shortcut that saves a note. */
export function isSaveShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

/** How to show the save shortcut on this platform. */
export function saveShortcutLabel(platform: string = globalThis.navigator?.platform ?? ''): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘ Enter' : 'Ctrl+Enter';
}
