import type { Weekday } from '../time/local';
import type { Settings, SettingsError } from './index';

// What the settings form's fields hold, turned into settings and back. Pure, so tested directly.

/** Each field's messages, joined when a path has several. */
export function messagesByPath(errors: readonly SettingsError[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const { path, message } of errors) byPath.set(path, byPath.has(path) ? `${byPath.get(path)} ${message}` : message);
  return byPath;
}

/** The prompts in the textarea, one a line; blank lines are spacing, not empty prompts. */
export function promptsOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** The textarea line of each prompt, so an error at 'prompts[2]' can say "Line 4". */
export function promptLineNumbers(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
}

/** An empty or partial number is NaN: validation then refuses it with the field's own message. */
export function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function toWeekStart(value: string): Settings['weekStart'] {
  return value === 'locale' ? 'locale' : (Number(value) as Weekday);
}

/** Equal settings, whatever their keys' order (storage gives them back in its own). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, canonical(record[key])]));
}
