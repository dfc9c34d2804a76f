import { describe, expect, test } from 'vitest';
import { createBackup, serializeBackup, type BackupFile } from '../../utils/backup/format';
import { jsonErrorPosition } from '../../utils/backup/json-position';
import { describeBackupError, MAX_REPORTED_ERRORS, validateBackup, type BackupError } from '../../utils/backup/validate';
import type { NoteRecord } from '../../utils/notes/record';
import { defaultSettings } from '../../utils/settings';
import { finishedEvening, fixedUuid } from '../fixtures/records';

const NOW = Date.parse('2026-11-25T21:00:00Z');
const WRITTEN = Date.parse('2026-11-25T20:00:00Z');
const MB = 1024 * 1024;


function note(i: number, text = `You made tea for me, number ${i}.`): NoteRecord {
  const at = WRITTEN - i * 60_000;
  return { id: fixedUuid(i), text, createdAt: at, updatedAt: at, source: 'popup', prompt: null };
}

function backup(notes = Array.from({ length: 13 }, (_, i) => note(i))): BackupFile {
  const evenings = [finishedEvening('2026-11-23'), finishedEvening('2026-11-24')];
  return createBackup({ settings: defaultSettings(), notes, evenings, deletedNotes: [], exportedAt: NOW, appVersion: '0.1.0' });
}

type Json = Record<string, unknown>;
type Editable = Json & { notes: Json[]; evenings: Json[]; settings: Json; app: Json };

/** The text of a valid file after `change` has spoiled it. */
function spoiled(change: (file: Editable) => void): string {
  const file = JSON.parse(serializeBackup(backup())) as Editable;
  change(file);
  return JSON.stringify(file);
}

const validate = (raw: string, maxBytes?: number) => validateBackup(raw, { maxBytes });
const problems = (raw: string) => {
  const result = validate(raw);
  return result.ok ? [] : result.errors.map(describeBackupError);
};

describe('validateBackup() accepts', () => {
  test('the file createBackup and serializeBackup write, unchanged', () => {
    const file = backup();
    expect(validate(serializeBackup(file))).toEqual({ ok: true, backup: file });
  });

  test('good things: notes marked with their evening and place (issue 18), unchanged', () => {
    const good = { ...note(1, 'Soup for dinner\nWhy: you cooked'), ritual: { kind: 'three-good-things' as const, day: '2026-11-25', index: 2 } };
    const file = backup([good, note(2)]);
    expect(validate(serializeBackup(file))).toEqual({ ok: true, backup: file });
  });

  test('settings saved before the weekly walk existed (version 1), with no walk', () => {
    const result = validate(spoiled((f) => Object.assign(f.settings, { version: 1, walkDay: undefined })));
    expect(result.ok && result.backup.settings.walkDay).toBe(null);
  });

  test('a file that starts with a byte-order mark, as some editors save it', () => {
    expect(validate(`\uFEFF${serializeBackup(backup())}`).ok).toBe(true);
  });

  test('a note of exactly 2,000 characters, counting an emoji as one', () => {
    expect(validate(serializeBackup(backup([note(1, '🌙'.repeat(2000))]))).ok).toBe(true);
  });

  test('text with spaces around it, trimmed as the note form trims it', () => {
    const result = validate(spoiled((file) => void (file.notes[0]!.text = '  thank you  ')));
    expect(result.ok && result.backup.notes[0]?.text).toBe('thank you');
  });

  // Everything Hearth's writers can store (#16); tests/unit/backup-roundtrip-property.test.ts writes such records for real.
  test.each([
    ['a clock more than a day ahead', { createdAt: NOW + 40 * 86_400_000, updatedAt: NOW + 40 * 86_400_000 }],
    ['a clock centuries ahead', { createdAt: Date.UTC(2999, 0, 1), updatedAt: Date.UTC(2999, 0, 1) }],
    ['a dead clock battery (1999)', { createdAt: Date.UTC(1999, 4, 1), updatedAt: Date.UTC(1999, 4, 1) }],
    ['a clock reset to 1970, or just before it', { createdAt: -1, updatedAt: 0 }],
    ['an edit after the clock stepped back', { createdAt: WRITTEN, updatedAt: WRITTEN - 3_600_000 }],
    ['a nudge prompt personalised with long names', { prompt: 'Alexandria-Konstantina Papadopoulou-Smith'.repeat(20) }],
  ])('%s', (_name, fields) => {
    expect(problems(spoiled((file) => Object.assign(file.notes[0]!, fields)))).toEqual([]);
  });

  test('an export date written by a clock past the year 9999', () => {
    expect(problems(spoiled((file) => void (file.exportedAt = new Date(8.64e15).toISOString())))).toEqual([]);
  });
});

describe('validateBackup() refuses, with one precise message per problem', () => {
  const notJson = '{\n  "format": "hearth-backup",\n  "formatVersion": 1,\n}';
  test.each<[string, string, string[]]>([
    ['a trailing comma', notJson, ['line 4, column 1: not JSON (Expected double-quoted property name)']],
    ['text that is not JSON at all', 'hello', [`line 1, column 1: not JSON (Unexpected token 'h', "hello" is not valid JSON)`]],
    ['a file cut short', '{\n  "notes": [1, 2', [`line 2, column 17: not JSON (Expected ',' or ']' after array element)`]],
    ['an empty file', '', ['the file is empty']],
    ['a file of only whitespace', ' \n\t\n ', ['the file is empty']],
    ['a JSON list', '[1, 2]', ['not a Hearth backup: the file holds a list, not an object']],
    ['a JSON number', '42', ['not a Hearth backup: the file holds a number, not an object']],
    ['JSON null', 'null', ['not a Hearth backup: the file holds null, not an object']],
    ['another app’s file', '{"version": 3, "items": []}', ['format: not a Hearth backup file (expected "hearth-backup")']],
    ['a wrong format string', spoiled((f) => void (f.format = 'hearth-notes')), ['format: not a Hearth backup file (expected "hearth-backup")']],
    [
      'a file from a newer Hearth',
      spoiled((f) => Object.assign(f, { formatVersion: 3, notes: 'whatever a newer version writes' })),
      ['formatVersion: this file comes from a newer version of Hearth (3); update Hearth to import it'],
    ],
    ['an older, unknown format version', spoiled((f) => void (f.formatVersion = 0)), ['formatVersion: unknown backup version (0); this Hearth reads versions 1 and 2']],
    ['a fractional format version', spoiled((f) => void (f.formatVersion = 1.5)), ['formatVersion: unknown backup version (1.5); this Hearth reads versions 1 and 2']],
    ['a format version as text', spoiled((f) => void (f.formatVersion = '1')), ['formatVersion: expected a number']],
    ['a missing format version', spoiled((f) => void delete f.formatVersion), ['formatVersion: missing']],
    ['a missing note field', spoiled((f) => void delete f.notes[0]!.text), ['notes[0].text: missing']],
    ['missing top-level fields', spoiled((f) => {
      const file: Json = f;
      delete file.exportedAt;
      delete file.settings;
      delete file.evenings;
    }), [
      'exportedAt: missing',
      'settings: missing',
      'evenings: missing',
    ]],
    ['an extra note field', spoiled((f) => void (f.notes[0]!.colour = 'red')), ['notes[0].colour: unexpected field']],
    ['a ritual of an unknown kind', spoiled((f) => void (f.notes[0]!.ritual = { kind: 'gratitude', day: '2026-11-25', index: 0 })), ['notes[0].ritual.kind: expected one of "three-good-things"']],
    ['a fourth good thing', spoiled((f) => void (f.notes[0]!.ritual = { kind: 'three-good-things', day: '2026-11-25', index: 3 })), ["notes[0].ritual.index: expected 0, 1 or 2 (its place among the evening's three)"]],
    ['an extra top-level field', spoiled((f) => void (f.comment = 'hi')), ['comment: unexpected field']],
    ['a date as text', spoiled((f) => void (f.notes[0]!.createdAt = '2026-11-25')), ['notes[0].createdAt: expected a number']],
    ['text as a number', spoiled((f) => void (f.notes[0]!.text = 42)), ['notes[0].text: expected text']],
    ['an unknown source', spoiled((f) => void (f.notes[0]!.source = 'email')), ['notes[0].source: expected one of "popup", "nudge", "import"']],
    ['an unknown author', spoiled((f) => void (f.notes[0]!.author = 'Sam')), ['notes[0].author: expected one of "me", "partner"']],
    ['a prompt that is a number', spoiled((f) => void (f.notes[0]!.prompt = 5)), ['notes[0].prompt: expected text or null']],
    ['a prompt longer than personalising can make one', spoiled((f) => void (f.notes[0]!.prompt = 'p'.repeat(2001))), ['notes[0].prompt: longer than 2,000 characters']],
    ['notes that are not a list', spoiled((f) => void (f.notes = {} as Json[])), ['notes: expected a list']],
    ['a note that is not an object', spoiled((f) => void (f.notes[2] = 'hi' as unknown as Json)), ['notes[2]: expected an object']],
    ['an id that is not a UUID', spoiled((f) => void (f.notes[1]!.id = 'note-1')), ['notes[1].id: not a valid id (expected a UUID)']],
    ['a note over 2,000 characters', spoiled((f) => void (f.notes[12]!.text = 'x'.repeat(2001))), ['notes[12].text: longer than 2,000 characters']],
    ['an empty note', spoiled((f) => void (f.notes[0]!.text = '')), ['notes[0].text: empty']],
    ['a note of only spaces', spoiled((f) => void (f.notes[0]!.text = ' \n ')), ['notes[0].text: empty']],
    ['a time beyond any date', spoiled((f) => void (f.notes[3]!.updatedAt = 1e300)), ['notes[3].updatedAt: not a valid date (expected whole milliseconds since 1970)']],
    ['a fractional time', spoiled((f) => void (f.notes[3]!.updatedAt = WRITTEN + 0.5)), ['notes[3].updatedAt: not a valid date (expected whole milliseconds since 1970)']],
    ['a note id used twice', spoiled((f) => void (f.notes[4]!.id = f.notes[1]!.id)), ['notes[4].id: appears twice in this file (also notes[1])']],
    ['an evening used twice', spoiled((f) => void f.evenings.push({ ...f.evenings[0]! })), ['evenings[2].id: appears twice in this file (also evenings[0])']],
    ['an export date that is not one', spoiled((f) => void (f.exportedAt = 'yesterday')), ['exportedAt: not a valid date and time (expected e.g. 2026-11-25T20:00:00.000Z)']],
    ['another app’s name', spoiled((f) => void (f.app.name = 'Hearthstone')), ['app.name: expected one of "Hearth"']],
    ['an empty app version', spoiled((f) => void (f.app.version = '')), ['app.version: expected a version such as "1.2.0"']],
    ['an evening id that does not match its day', spoiled((f) => void (f.evenings[0]!.id = '2026-11-24#default')), [
      'evenings[0].id: expected "2026-11-23#default" (the day, "#" and the window id)',
      'evenings[1].id: appears twice in this file (also evenings[0])',
    ]],
    ['an evening on 30 February', spoiled((f) => Object.assign(f.evenings[0]!, { day: '2026-02-30', id: '2026-02-30#default' })), ['evenings[0].day: not a valid date (expected YYYY-MM-DD)']],
    ['an evening time without its leading zero', spoiled((f) => void (f.evenings[0]!.startTime = '9:00')), ['evenings[0].startTime: not a valid time (expected HH:MM, from 00:00 to 23:59)']],
    ['a negative count', spoiled((f) => void (f.evenings[0]!.nudgesShown = -1)), ['evenings[0].nudgesShown: expected a whole number, 0 or more']],
    ['an unknown outcome', spoiled((f) => void (f.evenings[0]!.outcome = 'lovely')), ['evenings[0].outcome: expected one of "put-down", "away", "kept-browsing", "paused" or null']],
    ['a window that ends as it starts', spoiled((f) => void (f.evenings[0]!.end = f.evenings[0]!.start)), ['evenings[0].end: not after start']],
    ['a flag as text', spoiled((f) => void (f.evenings[1]!.paused = 'no')), ['evenings[1].paused: expected true or false']],
  ])('%s', (_name, raw, expected) => {
    expect(problems(raw)).toEqual(expected);
  });

  test.each<[string, (settings: Json) => void, string]>([
    ['a setting out of range', (s) => void (s.snoozeMinutes = 0), 'settings.snoozeMinutes'],
    ['an unknown setting', (s) => void (s.colour = 'red'), 'settings.colour'],
    ['a bad window time', (s) => void ((s.windows as Json[])[0]!.end = '25:00'), 'settings.windows[0].end'],
  ])('invalid settings: %s, under the settings path', (_name, change, path) => {
    const result = validate(spoiled((file) => change(file.settings)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ path, message: expect.any(String) as string }]);
  });

  test('lists problems in file order, each record’s together', () => {
    const raw = spoiled((file) => {
      file.evenings[0]!.snoozes = -2;
      file.notes[5]!.id = file.notes[0]!.id;
      file.notes[5]!.text = '';
      file.notes[2]!.source = 'nowhere';
      file.settings.theme = 'purple';
    });
    expect(problems(raw).map((line) => line.split(':')[0])).toEqual([
      'settings.theme',
      'notes[2].source',
      'notes[5].text',
      'notes[5].id',
      'evenings[0].snoozes',
    ]);
  });

  test(`lists the first ${MAX_REPORTED_ERRORS} problems, then counts the rest`, () => {
    const raw = spoiled((file) => void (file.notes = Array.from({ length: 30 }, (_, i) => ({ ...note(i), text: '' }))));
    const lines = problems(raw);
    expect(lines).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(lines.slice(0, 2)).toEqual(['notes[0].text: empty', 'notes[1].text: empty']);
    expect(lines.at(-1)).toBe('and 10 more problems');
  });
});

describe('file size', () => {
  const big = backup(Array.from({ length: 100_000 }, (_, i) => note(i, `Thank you for the morning coffee and the quiet walk, ${i}.`)));
  const raw = serializeBackup(big);

  test('the 100,000-note file used below is about 20 MB', () => {
    expect(raw.length / MB).toBeGreaterThan(17);
    expect(raw.length / MB).toBeLessThan(23);
  });

  test('over the maxBytes option, the file is refused before it is parsed', () => {
    expect(validate(raw, 10 * MB)).toEqual({ ok: false, errors: [{ path: '', message: 'the file is larger than 10 MB' }] });
  });

  test('bytes are counted as UTF-8: 4 million euro signs are 12 MB', () => {
    expect(validate(JSON.stringify({ text: '€'.repeat(4_000_000) }), 10 * MB)).toMatchObject({
      errors: [{ message: 'the file is larger than 10 MB' }],
    });
  });

  // Emoji are 4 UTF-8 bytes and two UTF-16 units; counting them as 3 bytes (or 6) must fail here.
  test.each([
    ['emoji', '😀'.repeat(1_000)],
    ['mixed ASCII, 2-, 3- and 4-byte characters', 'aé€😀'.repeat(500)],
    ['a lone surrogate, as a broken editor may write it', `${'😀'.repeat(300)}\ud83d`],
  ])('bytes are counted as UTF-8 exactly, with %s', (_name, text) => {
    const raw = JSON.stringify({ text });
    const bytes = Buffer.byteLength(raw, 'utf8');
    const tooLarge = (max: number) => {
      const result = validate(raw, max);
      return !result.ok && result.errors.some((error) => error.message.startsWith('the file is larger than'));
    };
    expect(tooLarge(bytes)).toBe(false);
    expect(tooLarge(bytes - 1)).toBe(true);
  });

  test('100,000 valid notes (about 20 MB) pass under the default 25 MB cap, in under 2 seconds', () => {
    const started = performance.now();
    const result = validateBackup(raw);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    expect(result.ok && result.backup.notes).toHaveLength(100_000);
    expect(result.ok && result.backup.notes[99_999]).toEqual(big.notes[99_999]);
    expect(elapsed).toBeLessThan(2000);
  });

  test('one bad note among 100,000 is found by its index', () => {
    const spoilt = raw.replace(`"id":"${fixedUuid(76_543)}"`, `"id":"${fixedUuid(12)}"`);
    expect(problems(spoilt)).toEqual(['notes[76543].id: appears twice in this file (also notes[12])']);
  });
});

describe('jsonErrorPosition()', () => {
  test.each<[string, string, string, { line: number; column: number } | null]>([
    ['V8 with an offset', '{\n  "a": 1,\n}', 'Expected double-quoted property name in JSON at position 12', { line: 3, column: 1 }],
    ['newer V8 with line and column', '{}', "Unexpected token 'x', ...(line 7 column 3)", { line: 7, column: 3 }],
    ['Firefox', '{}', 'JSON.parse: unexpected character at line 2 column 5 of the JSON data', { line: 2, column: 5 }],
    ['V8 at the end of the input', '{\n  "a": [', 'Unexpected end of JSON input', { line: 2, column: 9 }],
    ['V8 without a position: found by scanning', '{\n  "a": tru }', `Unexpected token ' ', "{ "a": tru }" is not valid JSON`, { line: 2, column: 11 }],
    ['an unescaped line break in a string', '{"a": "one\ntwo"}', 'Bad control character', { line: 1, column: 11 }],
    ['a bad escape', '{"a": "\\q"}', 'Bad escaped character', { line: 1, column: 8 }],
    ['a leading zero', '[01]', 'Unexpected number', { line: 1, column: 3 }],
    ['a missing colon', '{"a" 1}', 'Expected', { line: 1, column: 6 }],
    ['text after the value', '{} x', 'Unexpected non-whitespace', { line: 1, column: 4 }],
    ['valid JSON has no error to find', '{"a": [1, -2.5e3, true, null, "\\u00e9"]}', 'odd', null],
  ])('%s', (_name, text, message, expected) => {
    expect(jsonErrorPosition(text, message)).toEqual(expected);
  });
});

// Keeps the helper honest: a BackupError renders as "path: message".
test('describeBackupError() puts the path first, and only when there is one', () => {
  const errors: BackupError[] = [{ path: 'notes[1].text', message: 'empty' }, { path: '', message: 'the file is empty' }];
  expect(errors.map(describeBackupError)).toEqual(['notes[1].text: empty', 'the file is empty']);
});
