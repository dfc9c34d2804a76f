/** Why a note command was refused before anything was written. */
export type InvalidNoteReason = 'empty' | 'too-long' | 'not-found' | 'deleted' | 'undo-expired';

/** A note that was refused before anything was written. */
export class InvalidNoteError extends Error {
  constructor(
    readonly reason: InvalidNoteReason,
    /** For 'too-long': how many characters over the limit. */
    readonly over = 0,
  ) {
    super(`Invalid note: ${reason}`);
    this.name = 'InvalidNoteError';
  }
}
