import { newEveningRecord } from '../../utils/db/evenings';
import type { NewNote } from '../../utils/db/notes';
import type { EveningRecord } from '../../utils/evening/record';
import type { EveningOutcome } from '../../utils/evening/outcome';
import type { LocalDate } from '../../utils/time/local';
import { DEFAULT_RITUAL_PROMPTS } from '../../utils/rituals/prompts';
import { occurrenceOn } from '../../utils/schedule/occurrences';
import type { ConnectionWindow } from '../../utils/settings';

/** A small, fast, seedable generator (mulberry32): the same seed gives the same data everywhere. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const OPENINGS = ['You', 'Today you', 'This morning you', 'Tonight you', 'Again you', 'Without being asked, you'];
const DEEDS = [
  'made me a cup of tea',
  'listened to the whole story about work',
  'fixed the wobbly shelf',
  'held my hand on the walk home',
  'laughed at my terrible joke',
  'let me have the last dumpling',
  'remembered my mother’s birthday',
  'sang in the kitchen',
  'took the bins out in the rain',
  'read to me until I fell asleep',
];
const ENDINGS = ['.', ', and I noticed.', '. Thank you.', ', which made my day.', '. I love how you do that.'];
const POPUP_PROMPTS = ['Something small they did today…', 'What made you smile about them?', null];

/** One note's fields; `createdAt` is spread over [from, to). */
export function generateNotes(count: number, from: number, to: number, random: () => number): Array<NewNote & { createdAt: number }> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    const fromNudge = random() < 0.2;
    // Now and then a longer note, so texts are not all the same size.
    const sentences = random() < 0.1 ? 3 : 1;
    const text = Array.from({ length: sentences }, () => `${pick(OPENINGS)} ${pick(DEEDS)}${pick(ENDINGS)}`).join(' ');
    return {
      text,
      source: fromNudge ? 'nudge' : 'popup',
      prompt: fromNudge ? pick(DEFAULT_RITUAL_PROMPTS) : pick(POPUP_PROMPTS),
      createdAt: Math.floor(from + random() * (to - from)),
    };
  });
}

const OUTCOMES: ReadonlyArray<[EveningOutcome, number]> = [
  ['put-down', 0.5],
  ['away', 0.2],
  ['kept-browsing', 0.25],
  ['paused', 0.05],
];

/** Finished evening records for `days` (a mix of outcomes), as the background would have left them. */
export function generateEvenings(
  days: readonly LocalDate[],
  window: ConnectionWindow,
  timeZone: string,
  random: () => number,
): EveningRecord[] {
  const records: EveningRecord[] = [];
  for (const day of days) {
    const occurrence = occurrenceOn(window, day, timeZone);
    if (!occurrence) continue;
    const outcome = pickOutcome(random());
    const nudged = outcome === 'put-down' || outcome === 'kept-browsing';
    const base = newEveningRecord(occurrence, occurrence.end);
    records.push({
      ...base,
      outcome,
      settled: outcome === 'put-down' ? 'put-down' : null,
      nudgesShown: nudged ? 1 + Math.floor(random() * 3) : 0,
      lastNudgeAt: nudged ? occurrence.start : null,
      snoozes: nudged ? Math.floor(random() * 2) : 0,
      notesWritten: nudged && random() < 0.3 ? 1 : 0,
      sawActivity: outcome !== 'away' && outcome !== 'paused',
      paused: outcome === 'paused',
    });
  }
  return records;
}

function pickOutcome(roll: number): EveningOutcome {
  let sum = 0;
  for (const [outcome, share] of OUTCOMES) {
    sum += share;
    if (roll < sum) return outcome;
  }
  return 'put-down';
}
