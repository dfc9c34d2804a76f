import { describe, expect, test } from 'vitest';
import {
  DEFAULT_RITUAL_PROMPTS,
  NAME_FALLBACKS,
  personalise,
  pickRitualPrompt,
  ritualSeed,
} from '../../utils/rituals/prompts';
import { validateSettings, defaultSettings } from '../../utils/settings';

describe('DEFAULT_RITUAL_PROMPTS', () => {
  test('are valid prompts for the settings', () => {
    expect(validateSettings({ ...defaultSettings(), prompts: [...DEFAULT_RITUAL_PROMPTS] }).ok).toBe(true);
  });

  test('are short enough to read at a glance', () => {
    for (const prompt of DEFAULT_RITUAL_PROMPTS) expect(prompt.length).toBeLessThanOrEqual(80);
  });

  test('include the nightly question', () => {
    expect(DEFAULT_RITUAL_PROMPTS.some((prompt) => prompt.includes('What stayed with you today?'))).toBe(true);
  });

  test('never scold', () => {
    for (const prompt of DEFAULT_RITUAL_PROMPTS) expect(prompt).not.toMatch(/\b(should|must|stop|too much|addict)/i);
  });

  test('cannot be changed in place', () => {
    expect(Object.isFrozen(DEFAULT_RITUAL_PROMPTS)).toBe(true);
  });
});

describe('pickRitualPrompt()', () => {
  const prompts = ['a', 'b', 'c'];

  test.each([
    [0, 'a'],
    [1, 'b'],
    [2, 'c'],
    [3, 'a'],
    [-1, 'c'],
    [4.9, 'b'],
  ])('seed %d gives %s', (seed, expected) => {
    expect(pickRitualPrompt(prompts, seed)).toBe(expected);
  });

  test('consecutive seeds never repeat a prompt', () => {
    for (let seed = 0; seed < 10; seed++) {
      expect(pickRitualPrompt(prompts, seed)).not.toBe(pickRitualPrompt(prompts, seed + 1));
    }
  });

  test('a single prompt is always that prompt', () => {
    expect(pickRitualPrompt(['only'], 7)).toBe('only');
  });

  test('an empty list falls back to the defaults', () => {
    expect(pickRitualPrompt([], 0)).toBe(DEFAULT_RITUAL_PROMPTS[0]);
  });

  test('a seed that is not a number still gives a prompt', () => {
    expect(pickRitualPrompt(prompts, Number.NaN)).toBe('a');
  });
});

describe('ritualSeed()', () => {
  test('moves on by one with each nudge of the evening', () => {
    expect(ritualSeed('2026-01-14', 1) - ritualSeed('2026-01-14', 0)).toBe(1);
  });

  test('starts each evening one prompt further than the evening before', () => {
    expect(ritualSeed('2026-01-15', 0) - ritualSeed('2026-01-14', 0)).toBe(1);
  });
});

describe('personalise()', () => {
  test.each([
    ['Tell {partner} something kind.', { me: 'Alex', partner: 'Sam' }, 'Tell Sam something kind.'],
    ['Tell {partner} something kind.', { me: 'Alex', partner: '' }, `Tell ${NAME_FALLBACKS.partner} something kind.`],
    ['Tell {partner} something kind.', { me: '', partner: '   ' }, 'Tell your partner something kind.'],
    ['{me} and {partner}', { me: 'Alex', partner: 'Sam' }, 'Alex and Sam'],
    ['{me} and {partner}', { me: '', partner: 'Sam' }, 'you and Sam'],
    ['{partner}, {partner}', { me: '', partner: 'Sam' }, 'Sam, Sam'],
    ['Breathe together.', { me: 'Alex', partner: 'Sam' }, 'Breathe together.'],
    ['Ask {partner}.', { me: '', partner: '$& $1' }, 'Ask $& $1.'],
  ])('%j with %j reads %j', (prompt, names, expected) => {
    expect(personalise(prompt, names)).toBe(expected);
  });

  test('every default reads naturally with and without a name', () => {
    for (const prompt of DEFAULT_RITUAL_PROMPTS) {
      expect(personalise(prompt, { me: '', partner: '' })).not.toMatch(/[{}]/);
      expect(personalise(prompt, { me: 'Alex', partner: 'Sam' })).not.toMatch(/[{}]/);
    }
  });
});

describe('defaultRitualPrompts() and nameFallbacks()', () => {
  test('come from the message catalogue, so a translation is one file', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { defaultRitualPrompts, nameFallbacks } = await import('../../utils/rituals/prompts');
    expect(defaultRitualPrompts()).toEqual([...DEFAULT_RITUAL_PROMPTS]);
    fakeBrowser.i18n.getMessage = ((key: string) => `«${key}»`) as typeof fakeBrowser.i18n.getMessage;
    expect(defaultRitualPrompts()[2]).toBe('«ritualBreathe»');
    expect(nameFallbacks()).toEqual({ me: '«nameFallbackMe»', partner: '«nameFallbackPartner»' });
  });

  test('fall back to English where there is no extension runtime', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { defaultRitualPrompts, nameFallbacks } = await import('../../utils/rituals/prompts');
    fakeBrowser.i18n.getMessage = (() => {
      throw new Error('i18n.getMessage not implemented');
    }) as typeof fakeBrowser.i18n.getMessage;
    expect(defaultRitualPrompts()).toEqual([...DEFAULT_RITUAL_PROMPTS]);
    expect(nameFallbacks()).toEqual({ ...NAME_FALLBACKS });
  });
});
