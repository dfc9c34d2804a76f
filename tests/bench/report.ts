import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { dirname } from 'node:path';
import type { Comparison } from './stats';

/** One line of the table. Every cell is already text; `met` is null where no goal applies. */
export interface Row {
  figure: string;
  measure: string;
  median: string;
  p90: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

/** What each figure hands back: its table rows, and its raw data for the JSON file. */
export interface FigureResult {
  rows: Row[];
  data: unknown;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
}

export function describeMachine(chromium: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
  };
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms` : 'n/a');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MB`;
export const times = (ratio: number): string => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a');

/** A row for a timed series beside its baseline. */
export function timedRow(
  figure: string,
  measure: string,
  c: Comparison,
  baselineName: string,
  goal = '',
  met: boolean | null = null,
  format: (value: number) => string = ms,
): Row {
  return {
    figure,
    measure,
    median: format(c.subject.median),
    p90: format(c.subject.p90),
    baseline: `${format(c.baseline.median)} (${baselineName})`,
    ratio: `${times(c.ratio)} / ${times(c.ratioP90)}`,
    goal,
    met,
  };
}

/** A row for a figure that could not be measured, with the reason in place of numbers. */
export function missingRow(figure: string, measure: string, reason: string, goal = ''): Row {
  return { figure, measure, median: reason, p90: '', baseline: '', ratio: '', goal, met: null };
}

const HEADER = ['Figure', 'Measure', 'Median (or value)', 'p90', 'Baseline (median)', 'Ratio: median / p90', 'Goal', 'Met'];

/** The rows as a Markdown table, padded so it also reads well in a terminal. */
export function markdownTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [r.figure, r.measure, r.median, r.p90, r.baseline, r.ratio, r.goal, r.met === null ? '' : r.met ? 'yes' : '**no**']);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function machineLine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`;
}

/** Writes the JSON (every raw sample) and a Markdown copy of the table for docs/benchmarks.md. */
export function writeResults(
  path: string,
  report: { date: string; machine: Machine; settings: Record<string, unknown>; rows: Row[]; figures: Record<string, unknown>; seconds: number },
): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = [`Run ${report.date} on ${machineLine(report.machine)}; ${report.seconds.toFixed(0)} s.`, '', markdownTable(report.rows), ''];
  writeFileSync(path.replace(/\.json$/, '.md'), markdown.join('\n'));
}
