import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

/** Every key of the English catalogue; a typo in a key is a type error. */
export type MessageKey = keyof typeof messages;

/**
 * The user-facing string for `key` in the browser's language. Falls back to
 * the key itself so a missing translation is visible, never an empty label.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return browser.i18n.getMessage(key, subs) || key;
}

/** The browser's UI language: the one its time and date inputs follow, so Hearth's text follows it too. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/**
 * The key for `count` in `locale`: its 'one' form or the 'other' one. The
 * catalogue has only these two, so languages with more forms (few, many) get 'other'.
 */
export function pluralKey(count: number, locale: string, keys: { one: MessageKey; other: MessageKey }): MessageKey {
  return new Intl.PluralRules(locale).select(count) === 'one' ? keys.one : keys.other;
}
