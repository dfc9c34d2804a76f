import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue: Record<string, CatalogueEntry> = english;

/** Resolves a message the way the browser does: named placeholders, then $1…$9. */
export function resolveMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (match, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : match;
  });
}

/** fakeBrowser has no i18n; give it the real English catalogue. */
export function installMessages(): void {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => resolveMessage(key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}
