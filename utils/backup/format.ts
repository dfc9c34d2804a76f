import { version as PACKAGE_VERSION } from '../../package.json';
import type { EveningRecord } from '../evening/record';
import type { NoteRecord } from '../notes/record';
import { bareTombstone, type NoteTombstone } from '../notes/tombstone';
import type { Settings } from '../settings/types';
import { localDateOf } from '../time/zoned';

/** Names the file as Hearth's, so another app's JSON is refused at once. */
export const BACKUP_FORMAT = 'hearth-backup';

/**
 * The shape version this code writes. Bump it, and teach validate.ts the old
 * one, when the shape changes. 2 added `deletedNotes`; a version 1 file reads
 * as one without deletions.
 */
export const BACKUP_FORMAT_VERSION = 2;

/** Every version validate.ts reads. */
export const READABLE_FORMAT_VERSIONS = [1, 2] as const;

/** The largest file import accepts; export can warn before writing a bigger one. */
export const BACKUP_MAX_BYTES = 25 * 1024 * 1024;

/** Everything the user owns, in one versioned file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** ISO 8601, e.g. '2026-11-25T20:00:00.000Z'. */
  exportedAt: string;
  app: { name: 'Hearth'; version: string };
  settings: Settings;
  notes: NoteRecord[];
  evenings: EveningRecord[];
  /** Notes deleted on the device that wrote the file, so import never brings them back. */
  deletedNotes: NoteTombstone[];
}

export interface BackupContents {
  settings: Settings;
  notes: readonly NoteRecord[];
  evenings: readonly EveningRecord[];
  deletedNotes: readonly NoteTombstone[];
  /** Epoch milliseconds. */
  exportedAt: number;
  /** The running extension's version; defaults to the one this code was built as. */
  appVersion?: string;
}

/** Builds the file from copies of the records, so later changes to them cannot leak in. */
export function createBackup({ settings, notes, evenings, deletedNotes, exportedAt, appVersion = PACKAGE_VERSION }: BackupContents): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    app: { name: 'Hearth', version: appVersion },
    settings: structuredClone(settings),
    notes: notes.map(orderNote),
    evenings: evenings.map(orderEvening),
    deletedNotes: deletedNotes.map(bareTombstone),
  };
}

/**
 * The file's text: the header indented, then one note or evening per line.
 * One record per line keeps 100,000 notes near half the size of fully
 * indented JSON, and makes a parse error's line number point at one record.
 * Keys come in a fixed order, so exporting the same data twice gives the same text.
 */
export function serializeBackup(file: BackupFile): string {
  const header = {
    format: file.format,
    formatVersion: file.formatVersion,
    exportedAt: file.exportedAt,
    app: { name: file.app.name, version: file.app.version },
    settings: sortKeys(file.settings),
  };
  const records = (list: readonly object[]) =>
    list.length === 0 ? '[]' : `[\n${list.map((record) => `    ${JSON.stringify(record)}`).join(',\n')}\n  ]`;
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  const notes = records(file.notes.map(orderNote));
  const evenings = records(file.evenings.map(orderEvening));
  const deletedNotes = records(file.deletedNotes.map(bareTombstone));
  return `${head},\n  "notes": ${notes},\n  "evenings": ${evenings},\n  "deletedNotes": ${deletedNotes}\n}\n`;
}

/** 'hearth-backup-2026-11-25.json', dated by the user's own calendar. */
export function backupFileName(exportedAt: number, timeZone: string): string {
  return `hearth-backup-${localDateOf(exportedAt, timeZone)}.json`;
}

// Written out field by field: the compiler then insists on every field of the
// record type, and nothing outside it reaches the file.
function orderNote(note: NoteRecord): NoteRecord {
  const { id, text, createdAt, updatedAt, source, prompt, author } = note;
  // Whose note it is (issue 12); absent, as on every note from before sharing, it is the user's own.
  return { id, text, createdAt, updatedAt, source, prompt, ...(author === undefined ? {} : { author }) };
}

function orderEvening(evening: EveningRecord): EveningRecord {
  return {
    id: evening.id,
    day: evening.day,
    windowId: evening.windowId,
    start: evening.start,
    end: evening.end,
    startTime: evening.startTime,
    endTime: evening.endTime,
    nudgesShown: evening.nudgesShown,
    lastNudgeAt: evening.lastNudgeAt,
    snoozedUntil: evening.snoozedUntil,
    settled: evening.settled,
    dismissedAt: evening.dismissedAt,
    snoozes: evening.snoozes,
    notesWritten: evening.notesWritten,
    sawActivity: evening.sawActivity,
    paused: evening.paused,
    ...(evening.undelivered ? { undelivered: evening.undelivered } : {}),
    outcome: evening.outcome,
    updatedAt: evening.updatedAt,
  };
}

// Settings belong to settings-types.ts; sorting keeps their order stable without repeating their shape here.
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)])) as T;
}
