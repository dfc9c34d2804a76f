import { DAY_MS } from './local-time';
import type { Week } from './week';

/** A question to look back on the week together; `id` stays when the text is translated. */
export interface ReflectionQuestion {
  id: string;
  text: string;
}

/** The questions, in the order they rotate. English for now; i18n comes later. */
export const REFLECTION_QUESTIONS: readonly ReflectionQuestion[] = [
  { id: 'favourite-moment', text: 'What was your favourite moment together this week?' },
  { id: 'felt-cared-for', text: 'When did you feel most cared for this week?' },
  { id: 'made-you-laugh', text: 'What made you laugh together this week?' },
  { id: 'small-kindness', text: 'Which small kindness from your partner do you want to thank them for?' },
  { id: 'felt-close', text: 'When did you feel closest this week?' },
  { id: 'do-again', text: 'What is one thing you would love to do together again?' },
  { id: 'next-week', text: 'What would make next week feel good for both of you?' },
];

/**
 * This week's question: the same all week, and a different one each week
 * (consecutive weeks never repeat), cycling through the whole list.
 */
export function pickReflectionQuestion(week: Week): ReflectionQuestion {
  // Counting weeks since the epoch, not hashing: a hash could repeat next week.
  const weekNumber = Math.floor(Date.parse(week.start) / DAY_MS / 7);
  const count = REFLECTION_QUESTIONS.length;
  return REFLECTION_QUESTIONS[((weekNumber % count) + count) % count]!;
}
