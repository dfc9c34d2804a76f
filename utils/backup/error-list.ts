import type { z } from '../platform/zod';
import { BACKUP_MESSAGES as M } from './messages';

/** One reason a file was refused; `path` reads like 'notes[12].text', '' for the file as a whole. */
export interface BackupError {
  path: string;
  message: string;
}

/** How many problems are listed before the rest are only counted. */
export const MAX_REPORTED_ERRORS = 20;

const FIELD_ORDER = ['format', 'formatVersion', 'exportedAt', 'app', 'settings', 'notes', 'evenings', 'deletedNotes'];

/** A zod issue as errors: an object with two unknown keys gives two. */
export function fromZodIssue(issue: z.core.$ZodIssue): BackupError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: M.unexpectedField() }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

/**
 * Ids used more than once in `list`, each reported where it repeats. A Map of
 * first places keeps this one pass: 100,000 notes must not cost 100,000².
 */
export function duplicateIds(list: unknown, field: 'notes' | 'evenings' | 'deletedNotes'): BackupError[] {
  if (!Array.isArray(list)) return [];
  const firstAt = new Map<string, number>();
  const errors: BackupError[] = [];
  list.forEach((item: unknown, index) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else errors.push({ path: `${field}[${index}].id`, message: M.duplicateId(`${field}[${first}]`) });
  });
  return errors;
}

// Problems read top to bottom as in the file, each record's together.
function inFileOrder(errors: BackupError[]): BackupError[] {
  const rank = (path: string) => {
    const [, field = '', index] = /^(\w*)(?:\[(\d+)\])?/.exec(path) ?? [];
    const order = FIELD_ORDER.indexOf(field);
    return [order === -1 ? FIELD_ORDER.length : order, index === undefined ? -1 : Number(index)] as const;
  };
  const ranked = errors.map((error) => ({ error, key: rank(error.path) }));
  ranked.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return ranked.map(({ error }) => error);
}

/** The errors in file order, capped at MAX_REPORTED_ERRORS and a count of the rest. */
export function reportable(errors: BackupError[]): BackupError[] {
  const ordered = inFileOrder(errors);
  if (ordered.length <= MAX_REPORTED_ERRORS) return ordered;
  return [...ordered.slice(0, MAX_REPORTED_ERRORS), { path: '', message: M.more(ordered.length - MAX_REPORTED_ERRORS) }];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : joinPath(out, String(key))), '');
}

/** 'settings' + 'windows[0].end' gives 'settings.windows[0].end'. */
export function joinPath(parent: string, child: string): string {
  if (!child) return parent;
  if (!parent || child.startsWith('[')) return `${parent}${child}`;
  return `${parent}.${child}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
