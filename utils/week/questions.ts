import type { MessageKey } from '../platform/i18n';
import { DAY_MS } from '../time/local';
import type { Week } from './range';

/** The questions to look back on the week together, as message keys, in the order they rotate. */
export const REFLECTION_QUESTIONS = [
  'reflectionQuestion1',
  'reflectionQuestion2',
  'reflectionQuestion3',
  'reflectionQuestion4',
  'reflectionQuestion5',
  'reflectionQuestion6',
  'reflectionQuestion7',
] as const satisfies readonly MessageKey[];

export type ReflectionQuestionKey = (typeof REFLECTION_QUESTIONS)[number];

/**
 * This week's question: the same all week, and a different one each week
 * (consecutive weeks never repeat), cycling through the whole list.
 */
export function pickReflectionQuestion(week: Week): ReflectionQuestionKey {
  // Counting weeks since the epoch, not hashing: a hash could repeat next week.
  const weekNumber = Math.floor(Date.parse(week.start) / DAY_MS / 7);
  const count = REFLECTION_QUESTIONS.length;
  return REFLECTION_QUESTIONS[((weekNumber % count) + count) % count]!;
}
