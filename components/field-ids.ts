/** The ids that tie a form field to its hint and its error message, from one prefix (useId). */
export interface FieldIds {
  field(path: string): string;
  hint(path: string): string;
  error(path: string): string;
  /** aria-invalid and aria-describedby for the field at `path`: its hint, then its message if there is one. */
  described(path: string, message: string | undefined, hintId?: string): {
    'aria-invalid': 'true' | undefined;
    'aria-describedby': string | undefined;
  };
}

export function fieldIds(prefix: string): FieldIds {
  const field = (path: string) => `${prefix}-${path.replace(/\W/g, '-')}`;
  const error = (path: string) => `${field(path)}-error`;
  return {
    field,
    hint: (path) => `${field(path)}-hint`,
    error,
    described: (path, message, hintId) => ({
      'aria-invalid': message ? 'true' : undefined,
      'aria-describedby': [hintId, message ? error(path) : undefined].filter(Boolean).join(' ') || undefined,
    }),
  };
}
