let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `job` after every job queued before it, so the scheduler and the
 * user's answers never interleave (issue 17: an answer clearing the record
 * of a nudge the scheduler had just shown). A job must not wait for another
 * queued job, or both wait forever.
 */
export function exclusively<T>(label: string, job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch((error: unknown) => console.error('Hearth: background job failed', label, error));
  return run;
}
