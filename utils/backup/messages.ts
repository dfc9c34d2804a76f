/**
 * Every sentence a backup problem can show, in one place so it can move to
 * i18n. Each message describes the field its path names; the path is shown
 * before it ("notes[12].text: longer than 2,000 characters").
 */
export const BACKUP_MESSAGES = Object.freeze({
  empty: () => 'the file is empty',
  tooLarge: (megabytes: number) =>
    `the file is larger than ${megabytes.toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`,
  notJson: (line: number, column: number, detail: string) => `line ${line}, column ${column}: not JSON (${detail})`,
  notJsonAnywhere: (detail: string) => `not JSON (${detail})`,
  notAnObject: (found: 'array' | 'string' | 'number' | 'boolean' | 'null') =>
    `not a Hearth backup: the file holds ${FOUND[found]}, not an object`,
  notHearth: () => 'not a Hearth backup file (expected "hearth-backup")',
  newerVersion: (version: number) =>
    `this file comes from a newer version of Hearth (${version}); update Hearth to import it`,
  unknownVersion: (version: string) => `unknown backup version (${version}); this Hearth reads version 1`,
  missing: () => 'missing',
  unexpectedField: () => 'unexpected field',
  expectedNumber: () => 'expected a number',
  expectedNumberOrNull: () => 'expected a number or null',
  expectedText: () => 'expected text',
  expectedTextOrNull: () => 'expected text or null',
  expectedBoolean: () => 'expected true or false',
  expectedList: () => 'expected a list',
  expectedObject: () => 'expected an object',
  oneOf: (values: readonly string[], orNull: boolean) =>
    `expected one of ${values.map((value) => `"${value}"`).join(', ')}${orNull ? ' or null' : ''}`,
  textEmpty: () => 'empty',
  tooLong: (max: number) => `longer than ${max.toLocaleString('en-US')} characters`,
  notUuid: () => 'not a valid id (expected a UUID)',
  notTimestamp: () => 'not a valid date (expected whole milliseconds since 1970)',
  dateTooEarly: (day: string) => `not a valid date (${day} is before 2000)`,
  dateInFuture: (day: string) => `not a valid date (${day} is in the future)`,
  notDateTime: () => 'not a valid date and time (expected e.g. 2026-11-25T20:00:00.000Z)',
  notDay: () => 'not a valid date (expected YYYY-MM-DD)',
  notClockTime: () => 'not a valid time (expected HH:MM, from 00:00 to 23:59)',
  notCount: () => 'expected a whole number, 0 or more',
  earlierThan: (field: string) => `earlier than ${field}`,
  notAfter: (field: string) => `not after ${field}`,
  eveningId: (expected: string) => `expected "${expected}" (the day, "#" and the window id)`,
  windowId: (max: number) => `expected a window id of 1 to ${max} characters`,
  appVersion: () => 'expected a version such as "1.2.0"',
  duplicateId: (firstPath: string) => `appears twice in this file (also ${firstPath})`,
  atPath: (path: string, message: string) => (path ? `${path}: ${message}` : message),
  more: (count: number) => `and ${count.toLocaleString('en-US')} more ${count === 1 ? 'problem' : 'problems'}`,
});

// What the file held instead of an object.
const FOUND = { array: 'a list', string: 'text', number: 'a number', boolean: 'true or false', null: 'null' };
