import { describe, expect, test } from 'vitest';
import { fieldIds } from '../../components/field-ids';
import { defaultSettings } from '../../utils/settings';
import { messagesByPath, promptLineNumbers, promptsOf, sameSettings, toNumber, toWeekStart } from '../../utils/settings/form-values';

describe('the settings form’s values', () => {
  test('prompts are the non-blank lines, and each knows its line number', () => {
    const text = 'What stayed with you today?\n\n  \nBreathe together\nSay one thing you appreciate';
    expect(promptsOf(text)).toEqual(['What stayed with you today?', 'Breathe together', 'Say one thing you appreciate']);
    expect(promptLineNumbers(text)).toEqual([1, 4, 5]);
    expect(promptsOf('')).toEqual([]);
    expect(promptLineNumbers('\n\n')).toEqual([]);
  });

  test('an empty number is NaN, so validation refuses it; anything else is read as typed', () => {
    expect(toNumber('')).toBeNaN();
    expect(toNumber('  ')).toBeNaN();
    expect(toNumber('12')).toBe(12);
    expect(toNumber('1e')).toBeNaN();
  });

  test('the week start is the locale’s or a weekday number', () => {
    expect(toWeekStart('locale')).toBe('locale');
    expect(toWeekStart('0')).toBe(0);
    expect(toWeekStart('6')).toBe(6);
  });

  test('settings are the same whatever their keys’ order, and differ by any value', () => {
    const a = defaultSettings();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(sameSettings(a, reordered)).toBe(true);
    expect(sameSettings(a, { ...a, names: { partner: '', me: '' } })).toBe(true);
    expect(sameSettings(a, { ...a, snoozeMinutes: a.snoozeMinutes + 1 })).toBe(false);
    expect(sameSettings(a, { ...a, prompts: [...a.prompts].reverse() })).toBe(a.prompts.length < 2);
  });

  test('messages for one path are joined, in order', () => {
    const byPath = messagesByPath([
      { path: 'snoozeMinutes', message: 'Too long.' },
      { path: 'theme', message: 'Unknown.' },
      { path: 'snoozeMinutes', message: 'Whole minutes only.' },
    ]);
    expect(byPath.get('snoozeMinutes')).toBe('Too long. Whole minutes only.');
    expect(byPath.get('theme')).toBe('Unknown.');
    expect(byPath.has('prompts')).toBe(false);
  });
});

describe('fieldIds()', () => {
  const ids = fieldIds(':r1:');

  test('derives valid, distinct ids for a field, its hint and its error', () => {
    expect(ids.field('names.me')).toBe(':r1:-names-me');
    expect(ids.hint('names.me')).toBe(':r1:-names-me-hint');
    expect(ids.error('names.me')).toBe(':r1:-names-me-error');
    expect(ids.field('windows[0].start')).toBe(':r1:-windows-0--start');
  });

  test('ties a field to its hint, and to its message only while there is one', () => {
    expect(ids.described('theme', undefined)).toEqual({ 'aria-invalid': undefined, 'aria-describedby': undefined });
    expect(ids.described('theme', undefined, 'h')).toEqual({ 'aria-invalid': undefined, 'aria-describedby': 'h' });
    expect(ids.described('theme', 'Unknown.', 'h')).toEqual({ 'aria-invalid': 'true', 'aria-describedby': `h ${ids.error('theme')}` });
    expect(ids.described('theme', 'Unknown.')).toEqual({ 'aria-invalid': 'true', 'aria-describedby': ids.error('theme') });
  });
});
