import type { PullReport } from './incoming';

/** What a pull means for the user, beyond the notes it brought. */
export type PullSummary =
  | { kind: 'fine' }
  /** Some documents couldn't be used; the rest arrived. */
  | { kind: 'some-unreadable'; count: number }
  /**
   * Nothing opened and everything was refused by AES-GCM: the database holds
   * notes sealed with another key (another couple's, or an older pairing's).
   */
  | { kind: 'other-key'; count: number };

/**
 * Sums up the skipped documents of one or more pulls. Only a pull where not
 * one document opened and every one was refused points at the wrong key: a
 * single tampered note among good ones is just skipped.
 */
export function summarizePull(reports: readonly PullReport[]): PullSummary {
  const skipped = reports.flatMap((report) => report.skipped);
  const applied = reports.reduce((sum, report) => sum + report.applied.length, 0);
  // Count documents, not leaves: a document with two unreadable leaves is one note.
  const count = new Set(skipped.map((item) => item.id ?? `unnamed-${item.rev}`)).size;
  if (count === 0) return { kind: 'fine' };
  if (applied === 0 && skipped.every((item) => item.reason === 'refused')) return { kind: 'other-key', count };
  return { kind: 'some-unreadable', count };
}
