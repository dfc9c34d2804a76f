/**
 * Calls `probe` until it returns something other than null or false, and
 * returns that; fails with `message` after `timeout` ms. For waiting on a
 * positive signal instead of sleeping.
 */
export async function pollUntil<T>(
  probe: () => Promise<T | null | false>,
  { timeout = 10_000, interval = 100, message = 'timed out' }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${message} (after ${timeout} ms)`, { cause: lastError });
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
