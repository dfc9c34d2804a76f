import { t, type MessageKey } from '../platform/i18n';
import { DAY_MS, type LocalDate } from '../time/local';

/**
 * The ritual prompts a new install starts with, in English; the user can edit
 * them. `{partner}` becomes the partner's name (see personalise()).
 * `defaultRitualPrompts()` gives them in the browser's language.
 */
export const DEFAULT_RITUAL_PROMPTS: readonly string[] = Object.freeze([
  'Share a few quiet seconds of eye contact.',
  'Ask {partner} how they are really feeling, not just about plans.',
  'Take three slow breaths together.',
  'Tell {partner} something you appreciated about them today.',
  'What stayed with you today?',
]);

const RITUAL_PROMPT_KEYS = [
  'ritualEyeContact',
  'ritualCheckIn',
  'ritualBreathe',
  'ritualAppreciate',
  'ritualStayedWithYou',
] as const satisfies readonly MessageKey[];

/** Words used when a name is left empty, in English; see nameFallbacks(). */
export const NAME_FALLBACKS = Object.freeze({ me: 'you', partner: 'your partner' });

/**
 * A message in the browser's language, or '' where there is no extension
 * runtime (the build, Node-side test helpers), so callers fall back to English.
 */
function translated(key: MessageKey): string {
  try {
    return t(key) === key ? '' : t(key);
  } catch {
    return '';
  }
}

/** The default ritual prompts in the browser's language. */
export function defaultRitualPrompts(): string[] {
  return RITUAL_PROMPT_KEYS.map((key, i) => translated(key) || DEFAULT_RITUAL_PROMPTS[i] || '');
}

/** The gentle words used for an empty name, in the browser's language. */
export function nameFallbacks(): { me: string; partner: string } {
  return {
    me: translated('nameFallbackMe') || NAME_FALLBACKS.me,
    partner: translated('nameFallbackPartner') || NAME_FALLBACKS.partner,
  };
}

/**
 * The prompt for an integer `seed`; consecutive seeds walk through the list in
 * order, so nudges in a row never repeat while there are two or more prompts.
 * An empty list falls back to the defaults.
 */
export function pickRitualPrompt(prompts: readonly string[], seed: number): string {
  const list = prompts.length > 0 ? prompts : DEFAULT_RITUAL_PROMPTS;
  const size = list.length;
  const index = ((Math.trunc(seed) % size) + size) % size;
  return list[index] ?? list[0] ?? '';
}

/** A seed that starts each evening on a new prompt and moves on with every nudge. */
export function ritualSeed(day: LocalDate, nudgesShown: number): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS) + nudgesShown;
}

/** Fills `{me}` and `{partner}` with the names, or gentle fallbacks when a name is empty. */
export function personalise(prompt: string, names: { me: string; partner: string }): string {
  const fallbacks = nameFallbacks();
  const me = names.me.trim() || fallbacks.me;
  const partner = names.partner.trim() || fallbacks.partner;
  // A function replacement, so a '$' in a name is taken literally.
  return prompt.replaceAll('{me}', () => me).replaceAll('{partner}', () => partner);
}
