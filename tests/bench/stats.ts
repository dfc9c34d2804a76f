/** Median, p90 and spread of one series of measurements. */
export interface Summary {
  n: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

/**
 * The q-quantile (0..1) by linear interpolation between closest ranks, the
 * common "type 7" definition (R's default, numpy's 'linear').
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(Math.max(q, 0), 1);
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export function summarise(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: quantile(samples, 0.5),
    p90: quantile(samples, 0.9),
    min: samples.length ? Math.min(...samples) : Number.NaN,
    max: samples.length ? Math.max(...samples) : Number.NaN,
  };
}

/** A measured series beside its same-run baseline. */
export interface Comparison {
  subject: Summary;
  baseline: Summary;
  /** subject median / baseline median. */
  ratio: number;
  /** subject p90 / baseline p90. */
  ratioP90: number;
}

export function compare(subject: readonly number[], baseline: readonly number[]): Comparison {
  const s = summarise(subject);
  const b = summarise(baseline);
  return { subject: s, baseline: b, ratio: divide(s.median, b.median), ratioP90: divide(s.p90, b.p90) };
}

function divide(a: number, b: number): number {
  return b === 0 ? (a === 0 ? 1 : Number.POSITIVE_INFINITY) : a / b;
}

/**
 * Runs `steps` interleaved `reps` times, so that drift in the machine's speed
 * falls on every series alike, and returns each one's samples. Every other
 * round runs in reverse (A B, B A, A B …), so neither series always goes
 * first: going first or second after a pause has a cost of its own.
 */
export async function interleave<K extends string, T = number>(
  reps: number,
  steps: Record<K, () => Promise<T>>,
): Promise<Record<K, T[]>> {
  const keys = Object.keys(steps) as K[];
  const samples = Object.fromEntries(keys.map((key) => [key, [] as T[]])) as Record<K, T[]>;
  for (let rep = 0; rep < reps; rep++) {
    for (const key of rep % 2 ? [...keys].reverse() : keys) samples[key].push(await steps[key]());
  }
  return samples;
}

/**
 * Repetitions for one series: BENCH_REPS_<NAME> if set, else BENCH_REPS for
 * every series, else the default; never fewer than 3, so a p90 means something.
 */
export function repetitions(name: string, fallback: number, env: Record<string, string | undefined> = process.env): number {
  const raw = env[`BENCH_REPS_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`] ?? env.BENCH_REPS;
  const parsed = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Math.max(3, Number.isFinite(parsed) ? parsed : fallback);
}

/**
 * A 95% (by default) bootstrap interval for median(subject) / median(baseline).
 * Series of equal length are taken as pairs (rep i of each ran side by side)
 * and resampled together; the generator is seeded, so a run is reproducible.
 */
export function ratioInterval(
  subject: readonly number[],
  baseline: readonly number[],
  { resamples = 2000, confidence = 0.95, seed = 1 } = {},
): [number, number] {
  if (!subject.length || !baseline.length) return [Number.NaN, Number.NaN];
  let state = seed >>> 0;
  // A linear congruential generator is plenty for picking indices.
  const index = (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const paired = subject.length === baseline.length;
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const s: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < Math.max(subject.length, baseline.length); i++) {
      const pick = index(subject.length);
      s.push(subject[pick]!);
      b.push(baseline[paired ? pick : index(baseline.length)]!);
    }
    ratios.push(divide(quantile(s, 0.5), quantile(b, 0.5)));
  }
  const tail = (1 - confidence) / 2;
  return [quantile(ratios, tail), quantile(ratios, 1 - tail)];
}
