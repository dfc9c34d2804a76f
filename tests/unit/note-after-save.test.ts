import { describe, expect, test } from 'vitest';
import { textLeftAfterSave } from '../../utils/notes/after-save';

describe('textLeftAfterSave()', () => {
  test.each([
    ['nothing typed meanwhile: the field empties', 'You made tea', 'You made tea', ''],
    ['only spaces or a new line typed meanwhile: the field empties', 'You made tea', 'You made tea \n', ''],
    ['words after a new line: they stay, without the line break', 'You made tea', 'You made tea\nand then you', 'and then you'],
    ['words typed straight after: they stay', 'You made tea', 'You made tea, twice', ', twice'],
    ['saved words changed meanwhile: everything stays', 'You made tea', 'You made coffee', 'You made coffee'],
    ['saved words shortened meanwhile: what is there stays', 'You made tea', 'You made', 'You made'],
    ['field emptied meanwhile: it stays empty', 'You made tea', '', ''],
  ])('%s', (_, sent, current, left) => {
    expect(textLeftAfterSave(sent, current)).toBe(left);
  });
});
