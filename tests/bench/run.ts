import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, removeProfile, TEST_BUILD_DIR, type Hearth } from '../e2e/support/hearth';
import { launchForBench, launchWithoutExtension, seed } from './browser';
import { measurePopupHeap, memoryRows } from './memory';
import { measureNudgeLatency } from './nudge-latency';
import { measurePageLoad } from './page-load';
import { measurePopupReady, popupReadyRows } from './popup-ready';
import { measureReflection } from './reflection';
import { describeMachine, machineLine, markdownTable, missingRow, writeResults, type FigureResult, type Row } from './report';
import { measureSizes } from './size';
import { repetitions } from './stats';
import { serveTestSite } from './test-site';
import { readAlarms, wakeRows } from './wakes';

// `npm run bench`: builds both builds, then measures every figure of the
// "Benchmarks" issue in headless Chromium, each against a baseline from the
// same run. It reports numbers and never fails on one; it exits non-zero only
// when the harness itself broke. BENCH_ONLY=1,6 runs some figures only.

const RESULTS = 'tests/bench/results/latest.json';
const NOTE_STAGES = [0, 1_000, 10_000, 100_000];
const YEARS = 5;

const reps = {
  pageLoad: repetitions('page_load', 150),
  popup: repetitions('popup', 60),
  weekView: repetitions('week_view', 15),
  weekQuery: repetitions('week_query', 50),
  nudge: repetitions('nudge', 15),
  memory: repetitions('memory', 5),
};
const only = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7').split(',').map((s) => s.trim()));
const started = performance.now();
const rows: Row[] = [];
const figures: Record<string, unknown> = {};
let chromium = 'unknown';
let broken = false;

const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

/** Runs one figure; if the harness breaks there, says so in the table and goes on with the rest. */
async function figure(key: string, title: string, run: () => Promise<FigureResult | void>): Promise<void> {
  log(title);
  try {
    const result = await run();
    if (result) {
      rows.push(...result.rows);
      figures[key] = result.data;
    }
  } catch (error) {
    broken = true;
    log(`${title} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    rows.push(missingRow(title, 'harness error', `error: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`));
  }
}

async function withHearth<T>(buildDir: string, use: (hearth: Hearth) => Promise<T>): Promise<T> {
  const hearth = await launchForBench(buildDir);
  chromium = hearth.context.browser()?.version() ?? chromium;
  try {
    return await use(hearth);
  } finally {
    await hearth.close();
    removeProfile(hearth.profileDir);
  }
}

for (const [dir, file] of [
  [BUILD_DIR, 'manifest.json'],
  [TEST_BUILD_DIR, 'dev-seed.html'],
] as const) {
  if (!existsSync(join(dir, file))) throw new Error(`${join(dir, file)} is missing: run \`npm run build && npm run build:test\` (or \`npm run bench\`).`);
}

const site = await serveTestSite();
try {
  if (only.has('6')) await figure('size', '6 Size', async () => measureSizes(BUILD_DIR, TEST_BUILD_DIR));

  if (only.has('1') || only.has('5')) {
    await withHearth(BUILD_DIR, async (hearth) => {
      if (only.has('5')) await figure('wakes', '5 Worker wakes', async () => wakeRows(await readAlarms(hearth)));
      if (!only.has('1')) return;
      const none = await launchWithoutExtension();
      try {
        await figure('pageLoad', '1 Page-load overhead', () => measurePageLoad(hearth, none.context, site.url, reps.pageLoad));
      } finally {
        await none.context.close();
        removeProfile(none.profileDir);
      }
    });
  }

  let popupHeap: { popup: number[]; blank: number[] } | undefined;
  if (only.has('2') || only.has('3') || only.has('7')) {
    await withHearth(TEST_BUILD_DIR, async (hearth) => {
      const stages: Array<{ notes: number; popup: number[]; blank: number[] }> = [];
      let stored = 0;
      await figure('seed', 'Seeding (dev-seed page, Hearth repositories)', async () => {
        const evenings = await seed(hearth, { evenings: Math.round(YEARS * 365.25), seed: 0 });
        figures.seeding = [{ ...evenings, stage: 'evenings' }];
      });
      // Memory alone needs no more than 10,000 notes.
      const last = only.has('2') || only.has('3') ? 100_000 : 10_000;
      for (const notes of NOTE_STAGES.filter((n) => n <= last)) {
        if (notes > stored) {
          log(`  seeding ${(notes - stored).toLocaleString('en')} notes over ${YEARS} years`);
          const result = await seed(hearth, { notes: notes - stored, years: YEARS, seed: notes });
          (figures.seeding as unknown[]).push({ ...result, stage: notes });
          stored = result.totalNotes;
        }
        if (only.has('2')) {
          log(`2 Popup ready, ${notes.toLocaleString('en')} notes`);
          stages.push({ notes, ...(await measurePopupReady(hearth, reps.popup)) });
        }
        if (notes === 10_000 && only.has('7')) {
          log('7 Memory, popup with 10,000 notes');
          popupHeap = await measurePopupHeap(hearth, reps.memory);
        }
        if (notes === 100_000 && only.has('3')) {
          await figure('reflection', '3 Weekly reflection', () => measureReflection(hearth, reps.weekView, reps.weekQuery));
        }
      }
      if (stages.length) {
        rows.push(...popupReadyRows(stages));
        figures.popupReady = stages;
      }
    });
  }

  if (only.has('4') || only.has('7')) {
    await withHearth(TEST_BUILD_DIR, async (hearth) => {
      await figure('nudge', '4 Nudge latency', async () => {
        const result = await measureNudgeLatency(hearth, site.url, reps.nudge);
        if (only.has('7')) {
          rows.push(...memoryRows(popupHeap, result.workerHeap));
          figures.memory = { popup: popupHeap, worker: result.workerHeap };
        }
        return only.has('4') ? result : undefined;
      });
    });
  }
} finally {
  await site.close();
}

const order = (row: Row) => Number.parseInt(row.figure, 10) || 99;
rows.sort((a, b) => order(a) - order(b));
const machine = describeMachine(chromium);
const seconds = (performance.now() - started) / 1000;
writeResults(RESULTS, { date: new Date().toISOString(), machine, settings: { reps, noteStages: NOTE_STAGES, years: YEARS }, rows, figures, seconds });

console.log(`\nHearth benchmarks, ${new Date().toISOString().slice(0, 10)}: ${machineLine(machine)}\n`);
console.log(markdownTable(rows));
console.log('\nFor comparison (from the issue): a popular schedule extension keeps six alarms a minute: 8,640 wakes a day.');
console.log(`Ratios are Hearth / baseline, measured interleaved in this run. ${seconds.toFixed(0)} s. Full data: ${RESULTS} (table: ${RESULTS.replace(/\.json$/, '.md')})`);
if (broken) process.exitCode = 1;
