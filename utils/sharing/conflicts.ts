import type { SharedRecord } from './shared-record';

/** One leaf revision of a document in conflict, opened where it could be. */
export interface Candidate {
  rev: string;
  /** null when it couldn't be opened (tampered, another key): it is never chosen, nor removed. */
  record: SharedRecord | null;
}

export interface Resolution {
  /** The revision both sides keep, or null when none could be opened. */
  winner: string | null;
  /** The readable revisions that lost: delete them, so the conflict is gone. */
  remove: string[];
  /** Revisions left alone because they couldn't be read; report them. */
  unreadable: string[];
}

/** A revision's generation and hash ("3-abc" → [3, "abc"]). */
function splitRev(rev: string): [number, string] {
  const match = /^(\d+)-(.*)$/.exec(rev);
  return match ? [Number(match[1]), match[2]!] : [0, rev];
}

/**
 * Orders two revisions, the later first: by `updatedAt`, then, for the same
 * millisecond, by the revision itself (generation, then hash). Revisions are
 * the same strings on both browsers, so both pick the same winner without
 * talking to each other. A delete is a record with its own `updatedAt`, so it
 * wins or loses like an edit.
 */
export function compareCandidates(a: { rev: string; record: SharedRecord }, b: { rev: string; record: SharedRecord }): number {
  if (a.record.updatedAt !== b.record.updatedAt) return b.record.updatedAt - a.record.updatedAt;
  const [genA, hashA] = splitRev(a.rev);
  const [genB, hashB] = splitRev(b.rev);
  if (genA !== genB) return genB - genA;
  return hashA < hashB ? 1 : hashA > hashB ? -1 : 0;
}

/**
 * Hearth's own rule for a document edited on both sides while apart, in
 * place of PouchDB's revision-based pick (issue 12): the later `updatedAt`
 * wins and the other readable leaves are removed.
 */
export function resolveConflict(candidates: readonly Candidate[]): Resolution {
  const readable = candidates.filter((c): c is { rev: string; record: SharedRecord } => c.record !== null);
  const unreadable = candidates.filter((c) => c.record === null).map((c) => c.rev);
  const [winner, ...losers] = [...readable].sort(compareCandidates);
  return { winner: winner?.rev ?? null, remove: losers.map((c) => c.rev), unreadable };
}
