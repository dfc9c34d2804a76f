import type { MessageKey } from '../platform/i18n';

/** Gentle prompts shown as the quick note's placeholder, one per popup open. */
export const NOTE_PROMPTS = [
  'promptAppreciatedToday',
  'promptSmallKindness',
  'promptMadeYouSmile',
  'promptGratefulFor',
  'promptProudOf',
  'promptMissWhenApart',
] as const satisfies readonly MessageKey[];

export type NotePromptKey = (typeof NOTE_PROMPTS)[number];

/** The prompt for the `openCount`-th opening; it cycles through every prompt in turn. */
export function pickNotePrompt(openCount: number): NotePromptKey {
  const size = NOTE_PROMPTS.length;
  const index = ((Math.trunc(openCount) % size) + size) % size;
  return NOTE_PROMPTS[index] ?? NOTE_PROMPTS[0];
}
