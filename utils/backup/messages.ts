import { t } from '../platform/i18n';

const number = (value: number, maximumFractionDigits = 0) => value.toLocaleString(undefined, { maximumFractionDigits });

/**
 * Every sentence a backup problem can show, from the extension's messages.
 * Each describes the field its path names; the path is shown before it
 * ("notes[12].text: longer than 2,000 characters").
 */
export const BACKUP_MESSAGES = Object.freeze({
  empty: () => t('backupEmpty'),
  tooLarge: (megabytes: number) => t('backupTooLarge', number(megabytes, 1)),
  notJson: (line: number, column: number, detail: string) => t('backupNotJson', [line, column, detail]),
  notJsonAnywhere: (detail: string) => t('backupNotJsonAnywhere', detail),
  notAnObject: (found: 'array' | 'string' | 'number' | 'boolean' | 'null') => t('backupNotAnObject', t(FOUND[found])),
  notHearth: () => t('backupNotHearth'),
  newerVersion: (version: number) => t('backupNewerVersion', version),
  unknownVersion: (version: string) => t('backupUnknownVersion', version),
  missing: () => t('backupMissing'),
  unexpectedField: () => t('backupUnexpectedField'),
  expectedNumber: () => t('backupExpectedNumber'),
  expectedNumberOrNull: () => t('backupExpectedNumberOrNull'),
  expectedText: () => t('backupExpectedText'),
  expectedTextOrNull: () => t('backupExpectedTextOrNull'),
  expectedBoolean: () => t('backupExpectedBoolean'),
  expectedList: () => t('backupExpectedList'),
  expectedObject: () => t('backupExpectedObject'),
  oneOf: (values: readonly string[], orNull: boolean) =>
    t(orNull ? 'backupOneOfOrNull' : 'backupOneOf', values.map((value) => `"${value}"`).join(', ')),
  textEmpty: () => t('backupTextEmpty'),
  tooLong: (max: number) => t('backupTooLong', number(max)),
  notUuid: () => t('backupNotUuid'),
  notTimestamp: () => t('backupNotTimestamp'),
  notDateTime: () => t('backupNotDateTime'),
  notDay: () => t('backupNotDay'),
  notClockTime: () => t('backupNotClockTime'),
  notCount: () => t('backupNotCount'),
  notAfter: (field: string) => t('backupNotAfter', field),
  eveningId: (expected: string) => t('backupEveningId', expected),
  windowId: (max: number) => t('backupWindowId', max),
  appVersion: () => t('backupAppVersion'),
  duplicateId: (firstPath: string) => t('backupDuplicateId', firstPath),
  atPath: (path: string, message: string) => (path ? t('backupAtPath', [path, message]) : message),
  more: (count: number) => t(count === 1 ? 'backupMoreOne' : 'backupMoreOther', number(count)),
});

// What the file held instead of an object.
const FOUND = {
  array: 'backupFoundArray',
  string: 'backupFoundString',
  number: 'backupFoundNumber',
  boolean: 'backupFoundBoolean',
  null: 'backupFoundNull',
} as const;
