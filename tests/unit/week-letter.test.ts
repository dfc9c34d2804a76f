import { describe, expect, test } from 'vitest';
import { t } from '../../utils/platform/i18n';
import { composeWeekLetter, letterTextFrom, type LetterText, type WeekLetterInput } from '../../utils/week/letter';
import type { NoteLike } from '../../utils/week/summary';

const note = (text: string, iso: string): NoteLike => ({ id: text, text, createdAt: Date.parse(iso) });
// As summariseWeek gives them: newest day first, newest note first.
const notesByDay: WeekLetterInput['notesByDay'] = [
  { day: '2026-11-27', notes: [note('You danced in the kitchen.', '2026-11-27T21:00Z')] },
  {
    day: '2026-11-23',
    notes: [note('You made tea\nwithout asking.', '2026-11-23T22:00Z'), note('You listened.', '2026-11-23T20:00Z')],
  },
];
const letter = (overrides: Partial<WeekLetterInput> = {}) =>
  composeWeekLetter({
    notesByDay,
    names: { me: 'Alex', partner: 'Sam' },
    locale: 'en-GB',
    format: 'markdown',
    weekRangeLabel: '23 – 29 Nov 2026',
    // The English catalogue, as the popup fills it.
    wording: letterTextFrom(t),
    ...overrides,
  });

describe('composeWeekLetter()', () => {
  test('writes a Markdown letter, oldest day and oldest note first', () => {
    expect(letter()).toBe(
      [
        '# Our week, 23 – 29 Nov 2026',
        '',
        'Dear Sam,',
        '',
        'Here are the little things I noticed and loved this week.',
        '',
        '## Monday 23 November',
        '',
        '> You listened.',
        '',
        '> You made tea  ',
        '> without asking.',
        '',
        '## Friday 27 November',
        '',
        '> You danced in the kitchen.',
        '',
        'With love,  ',
        'Alex',
      ].join('\n'),
    );
  });

  test('writes the text letter as a letter: flowing sentences, day by day, with no dates and no Markdown', () => {
    expect(letter({ format: 'text' })).toBe(
      [
        'Dear Sam,',
        '',
        'Here are the little things I noticed and loved this week.',
        '',
        'On Monday: You listened. You made tea',
        'without asking.',
        '',
        'On Friday: You danced in the kitchen.',
        '',
        'With love,',
        'Alex',
      ].join('\n'),
    );
  });

  test('text: a note that ends without a full stop gets one, so the next sentence does not run into it', () => {
    const text = letter({
      format: 'text',
      notesByDay: [{ day: '2026-11-23', notes: [note('You sang', '2026-11-23T22:00Z'), note('You listened', '2026-11-23T20:00Z')] }],
    });
    expect(text).toContain('On Monday: You listened. You sang.');
  });

  test('text: a note ending in its own punctuation or an emoji is left as written', () => {
    const text = letter({
      format: 'text',
      notesByDay: [{ day: '2026-11-23', notes: [note('Thank you 🧡', '2026-11-23T22:00Z'), note('Wow!', '2026-11-23T20:00Z')] }],
    });
    expect(text).toContain('On Monday: Wow! Thank you 🧡');
  });

  test.each([
    [{ me: null, partner: null }, 'To you,', 'With love.'],
    [{ me: '  ', partner: '' }, 'To you,', 'With love.'],
    [{}, 'To you,', 'With love.'],
    [{ me: 'Alex' }, 'To you,', 'With love,  \nAlex'],
    [{ partner: ' Sam ' }, 'Dear Sam,', 'With love.'],
  ])('names %j: greets with %j and signs off with %j', (names, greeting, closing) => {
    const text = letter({ names });
    expect(text.split('\n\n')[1]).toBe(greeting);
    expect(text.endsWith(`\n\n${closing}`)).toBe(true);
  });

  test.each([
    ['fr', '## lundi 23 novembre'],
    ['en-US', '## Monday, November 23'],
    ['de', '## Montag, 23. November'],
  ])('names the days in the %s locale', (locale, heading) => {
    expect(letter({ locale })).toContain(`\n${heading}\n`);
  });

  test('takes its fixed phrases from the caller, so they can be translated', () => {
    const french: LetterText = {
      title: (range) => `Notre semaine, ${range}`,
      greeting: (partner) => `Cher ${partner},`,
      greetingWithoutName: 'À toi,',
      intro: 'Voici les petites choses que j’ai remarquées.',
      noNotes: 'Rien d’écrit cette semaine.',
      closing: 'Avec amour,',
      closingWithoutName: 'Avec amour.',
      onDay: (day) => `${day[0]!.toUpperCase()}${day.slice(1)} :`,
    };
    const text = letter({ locale: 'fr', format: 'text', wording: french });
    expect(text.startsWith('Cher Sam,\n\nVoici les petites choses')).toBe(true);
    expect(text).toContain('\n\nLundi : You listened.');
    expect(text.endsWith('\n\nAvec amour,\nAlex')).toBe(true);
    expect(letter({ names: {}, notesByDay: [], wording: french })).toBe(
      ['# Notre semaine, 23 – 29 Nov 2026', 'À toi,', 'Rien d’écrit cette semaine.', 'Avec amour.'].join('\n\n'),
    );
  });

  test('says something kind when the week has no notes', () => {
    const text = letter({ notesByDay: [] });
    expect(text).toContain("I didn't write anything down this week, but I noticed you all the same.");
    expect(text).not.toContain('##');
  });

  describe('keeps user text inside its note', () => {
    // The one note as written into the letter: after the day's label, before the closing.
    const one = (text: string) =>
      letter({ notesByDay: [{ day: '2026-11-23', notes: [note(text, '2026-11-23T20:00Z')] }] })
        .split(/Monday 23 November\n\n?/)[1]!
        .split('\n\nWith love')[0];

    test.each([
      ['# not a heading', '> \\# not a heading'],
      ['> not a nested quote', '> \\> not a nested quote'],
      ['- not a list', '> \\- not a list'],
      ['* not a list', '> \\* not a list'],
      ['+ not a list', '> \\+ not a list'],
      ['1. not a list', '> 1\\. not a list'],
      ['---', '> \\---'],
      ['```', '> \\```'],
      ['<div>', '> \\<div>'],
      ['  ## indented', '>   \\## indented'],
      ['*you* are **great** #1', '> \\*you* are **great** #1'],
    ])('Markdown: %j stays quoted text as %j', (text, expected) => {
      expect(one(text)).toBe(expected);
    });

    test('Markdown: every line of a multi-line note stays in the same quote, blank lines included', () => {
      expect(one('first\n# second\n\n===\nlast')).toBe('> first  \n> \\# second\n>\n> \\===  \n> last');
    });

    test('Markdown: Windows line breaks are treated like any other', () => {
      expect(one('first\r\nsecond')).toBe('> first  \n> second');
    });

    test('text: a note is written as it is, markers and line breaks included, never turned into a list', () => {
      const text = letter({ format: 'text', notesByDay: [{ day: '2026-11-23', notes: [note('# one\n- two\n\nthree', '2026-11-23T20:00Z')] }] });
      expect(text).toContain('\n\nOn Monday: # one\n- two\n\nthree.\n\nWith love');
    });
  });
});
