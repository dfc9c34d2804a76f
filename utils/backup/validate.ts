import { z } from '../platform/zod';
import { validateSettings } from '../settings/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_MAX_BYTES, READABLE_FORMAT_VERSIONS, type BackupFile } from './format';
import { duplicateIds, fromZodIssue, joinPath, reportable, type BackupError } from './error-list';
import { jsonErrorDetail, jsonErrorPosition } from './json-position';
import { BACKUP_MESSAGES as M } from './messages';
import { backupSchemas } from './record-schemas';

export type { BackupError } from './error-list';
export { MAX_REPORTED_ERRORS } from './error-list';

export type BackupValidation = { ok: true; backup: BackupFile } | { ok: false; errors: BackupError[] };

export interface ValidateOptions {
  maxBytes?: number;
}

const MEGABYTE = 1024 * 1024;

/**
 * Checks a backup file's text whole. A valid file comes back typed and
 * normalised (note text trimmed); anything else is refused with every
 * problem found (up to MAX_REPORTED_ERRORS, then a count), so the user can
 * fix the file in one go, and the caller imports nothing.
 */
export function validateBackup(raw: string, { maxBytes = BACKUP_MAX_BYTES }: ValidateOptions = {}): BackupValidation {
  if (exceedsBytes(raw, maxBytes)) return refuse('', M.tooLarge(maxBytes / MEGABYTE));
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  if (text.trim() === '') return refuse('', M.empty());

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = jsonErrorPosition(text, message);
    const detail = jsonErrorDetail(message);
    return refuse('', at ? M.notJson(at.line, at.column, detail) : M.notJsonAnywhere(detail));
  }
  if (!isRecord(parsed)) return refuse('', M.notAnObject(kindOf(parsed)));

  const headerError = checkHeader(parsed);
  if (headerError) return { ok: false, errors: [headerError] };

  const { note, evening, tombstone, exportedAt, app } = backupSchemas();
  const list = <T extends z.ZodType>(item: T) =>
    z.array(item, { error: (issue) => (issue.input === undefined ? M.missing() : M.expectedList()) });
  // Version 1 had no deletions: its notes all stand.
  const deletedNotes = parsed.formatVersion === 1 ? z.never({ error: M.unexpectedField() }).optional() : list(tombstone);
  const schema = z.strictObject({
    // Both were checked by checkHeader; the messages only keep zod's own wording out.
    format: z.literal(BACKUP_FORMAT, { error: M.notHearth() }),
    formatVersion: z.literal(READABLE_FORMAT_VERSIONS, { error: M.unknownVersion(String(parsed.formatVersion)) }).transform((): typeof BACKUP_FORMAT_VERSION => BACKUP_FORMAT_VERSION),
    exportedAt,
    app,
    // Checked below by validateSettings, the one judge of settings.
    settings: z.unknown().optional(),
    notes: list(note),
    evenings: list(evening),
    deletedNotes,
  });
  const result = schema.safeParse(parsed);
  const errors: BackupError[] = result.success ? [] : result.error.issues.flatMap(fromZodIssue);
  const settings = 'settings' in parsed ? validateSettings(parsed.settings) : null;
  if (!settings) errors.push({ path: 'settings', message: M.missing() });
  else if (!settings.ok) errors.push(...settings.errors.map((e) => ({ path: joinPath('settings', e.path), message: e.message })));
  errors.push(...duplicateIds(parsed.notes, 'notes'), ...duplicateIds(parsed.evenings, 'evenings'), ...duplicateIds(parsed.deletedNotes, 'deletedNotes'));

  if (result.success && settings?.ok && errors.length === 0) {
    return { ok: true, backup: { ...result.data, deletedNotes: result.data.deletedNotes ?? [], settings: settings.settings } };
  }
  return { ok: false, errors: reportable(errors) };
}

/** One problem as one line: 'notes[12].text: longer than 2,000 characters'. */
export function describeBackupError(error: BackupError): string {
  return M.atPath(error.path, error.message);
}

// Another app's file, or a newer Hearth's, gets one clear sentence instead of a list of odd fields.
function checkHeader(file: Record<string, unknown>): BackupError | null {
  if (file.format !== BACKUP_FORMAT) return { path: 'format', message: M.notHearth() };
  const version = file.formatVersion;
  if (version === undefined) return { path: 'formatVersion', message: M.missing() };
  if (typeof version !== 'number') return { path: 'formatVersion', message: M.expectedNumber() };
  if (Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
    return { path: 'formatVersion', message: M.newerVersion(version) };
  }
  if (!(READABLE_FORMAT_VERSIONS as readonly number[]).includes(version)) return { path: 'formatVersion', message: M.unknownVersion(String(version)) };
  return null;
}

function refuse(path: string, message: string): BackupValidation {
  return { ok: false, errors: [{ path, message }] };
}

// UTF-8 bytes without encoding the whole text: each UTF-16 unit is 1 to 3 bytes, a surrogate pair 4.
function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
  }
  return bytes > maxBytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): 'array' | 'string' | 'number' | 'boolean' | 'null' {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  return typeof value === 'boolean' ? 'boolean' : 'null';
}
