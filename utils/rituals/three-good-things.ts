import { t } from '../platform/i18n';
import type { NoteRitual } from '../notes/record';
import { checkNoteText, NOTE_MAX_LENGTH } from '../notes/text';

/** How many good things an evening asks for. */
export const GOOD_THINGS_COUNT = 3;

/** One of the three fields as typed: the good thing, and why it went well (optional). */
export interface GoodThingEntry {
  thing: string;
  why: string;
}

/** One good thing ready to store as a note. */
export interface GoodThingNote {
  text: string;
  ritual: NoteRitual;
}

export type GoodThingsCheck =
  | { ok: true; notes: GoodThingNote[] }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'why-without-thing'; index: number }
  | { ok: false; reason: 'too-long'; index: number; over: number };

/** Three empty fields. */
export function emptyGoodThings(): GoodThingEntry[] {
  return Array.from({ length: GOOD_THINGS_COUNT }, () => ({ thing: '', why: '' }));
}

/**
 * The note's text: the thing, and its why on the line below. Folded into the
 * text, so every place that shows, exports or shares a note carries it.
 */
export function goodThingText({ thing, why }: GoodThingEntry): string {
  const reason = why.trim();
  return reason ? `${thing.trim()}\n${t('goodThingsWhyInNote', reason)}` : thing.trim();
}

/**
 * The notes for an evening's three, each marked with the evening and its
 * place. Blank rows are skipped (one or two good things are welcome too); a
 * why with no thing, or a note too long, is refused and nothing is stored.
 */
export function checkGoodThings(entries: readonly GoodThingEntry[], day: string): GoodThingsCheck {
  const notes: GoodThingNote[] = [];
  for (const [index, entry] of entries.slice(0, GOOD_THINGS_COUNT).entries()) {
    if (!entry.thing.trim()) {
      if (entry.why.trim()) return { ok: false, reason: 'why-without-thing', index };
      continue;
    }
    const checked = checkNoteText(goodThingText(entry));
    if (!checked.ok) return { ok: false, reason: 'too-long', index, over: checked.reason === 'too-long' ? checked.over : 0 };
    notes.push({ text: checked.text, ritual: { kind: 'three-good-things', day, index } });
  }
  return notes.length > 0 ? { ok: true, notes } : { ok: false, reason: 'empty' };
}

/** The sentence for a refused entry, in the browser's language. */
export function goodThingsProblem(check: Exclude<GoodThingsCheck, { ok: true }>): string {
  if (check.reason === 'empty') return t('goodThingsEmpty');
  if (check.reason === 'why-without-thing') return t('goodThingsWhyWithoutThing', check.index + 1);
  return t('goodThingsTooLong', [check.index + 1, check.over, NOTE_MAX_LENGTH]);
}

/** Whether anything is typed, so an untouched form leaves no draft behind. */
export function hasGoodThings(entries: readonly GoodThingEntry[]): boolean {
  return entries.some((entry) => entry.thing.trim() !== '' || entry.why.trim() !== '');
}

/** A draft as stored (JSON), read back leniently: anything malformed is three empty fields. */
export function parseGoodThingsDraft(raw: unknown): GoodThingEntry[] {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return emptyGoodThings();
    }
  }
  const entries = emptyGoodThings();
  if (!Array.isArray(value)) return entries;
  value.slice(0, GOOD_THINGS_COUNT).forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) return;
    const { thing, why } = item as Record<string, unknown>;
    entries[index] = { thing: typeof thing === 'string' ? thing : '', why: typeof why === 'string' ? why : '' };
  });
  return entries;
}

/**
 * Whether a ritual prompt is the one that opens the three fields: the line
 * "Three good things" as options offer it, in the browser's language or in
 * English, whatever the case or a final full stop.
 */
export function isThreeGoodThingsPrompt(prompt: string): boolean {
  const plain = (text: string) => text.trim().replace(/[.!…]+$/u, '').toLocaleLowerCase();
  const names = [THREE_GOOD_THINGS_PROMPT, translatedPrompt()].filter(Boolean).map(plain);
  return names.includes(plain(prompt));
}

/** The prompt line, in English; options offer it in the browser's language. */
export const THREE_GOOD_THINGS_PROMPT = 'Three good things';

function translatedPrompt(): string {
  try {
    const text = t('ritualThreeGoodThings');
    return text === 'ritualThreeGoodThings' ? '' : text;
  } catch {
    return '';
  }
}
