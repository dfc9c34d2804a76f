import { describe, expect, test } from 'vitest';
import { compare, interleave, quantile, ratioInterval, repetitions, summarise } from '../bench/stats';

describe('quantile()', () => {
  test.each([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[10, 20], 0, 10],
    [[10, 20], 1, 20],
  ])('of %j at %d is %d (linear between closest ranks)', (samples, q, expected) => {
    expect(quantile(samples, q)).toBeCloseTo(expected, 10);
  });

  test('of nothing is NaN, and the input is not reordered', () => {
    expect(quantile([], 0.5)).toBeNaN();
    const samples = [3, 1, 2];
    quantile(samples, 0.5);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('summarise() and compare()', () => {
  test('give median, p90, min and max', () => {
    expect(summarise([4, 1, 3, 2, 100])).toEqual({ n: 5, median: 3, p90: quantile([1, 2, 3, 4, 100], 0.9), min: 1, max: 100 });
  });

  test('a comparison is the ratio of the medians and of the p90s', () => {
    const c = compare([20, 22, 24], [10, 11, 12]);
    expect(c.ratio).toBeCloseTo(2, 10);
    expect(c.ratioP90).toBeCloseTo(23.6 / 11.8, 10);
  });

  test('a zero baseline gives 1 for zero, infinity otherwise', () => {
    expect(compare([0], [0]).ratio).toBe(1);
    expect(compare([1], [0]).ratio).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('interleave()', () => {
  test('alternates the steps, reversing every other round (A B, B A, A B), and keeps each series apart', async () => {
    const order: string[] = [];
    const samples = await interleave(3, {
      a: async () => (order.push('a'), order.length),
      b: async () => (order.push('b'), order.length),
    });
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(samples).toEqual({ a: [1, 4, 5], b: [2, 3, 6] });
  });
});

describe('ratioInterval()', () => {
  test('holds 1 for two series from the same spread, and not for one twice as slow', () => {
    const base = Array.from({ length: 40 }, (_, i) => 50 + ((i * 7) % 11));
    const [low, high] = ratioInterval(base, [...base].reverse());
    expect(low).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThanOrEqual(1);
    const [slowLow] = ratioInterval(base.map((v) => v * 2), base);
    expect(slowLow).toBeGreaterThan(1.5);
  });

  test('is the same on every run (seeded)', () => {
    const a = [1, 5, 2, 8, 3];
    const b = [2, 2, 3, 4, 1];
    expect(ratioInterval(a, b)).toEqual(ratioInterval(a, b));
  });
});

describe('repetitions()', () => {
  test('takes BENCH_REPS_<NAME>, else BENCH_REPS, else the default, and never fewer than 3', () => {
    expect(repetitions('page_load', 40, {})).toBe(40);
    expect(repetitions('page_load', 40, { BENCH_REPS: '10' })).toBe(10);
    expect(repetitions('page_load', 40, { BENCH_REPS: '10', BENCH_REPS_PAGE_LOAD: '80' })).toBe(80);
    expect(repetitions('popup', 15, { BENCH_REPS: '1' })).toBe(3);
    expect(repetitions('popup', 15, { BENCH_REPS: 'lots' })).toBe(15);
  });
});
