import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type FigureResult, type Row } from './report';
import { loadClosure } from './size-closure';

const CARD_SCRIPT = 'content-scripts/nudge-card.js';

interface Measured {
  files: string[];
  missing: string[];
  raw: number;
  gzip: number;
}

/** Raw and gzip bytes of the files, each gzipped on its own (as each is loaded on its own). */
function measure(dir: string, files: string[], missing: string[] = []): Measured {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, missing, raw, gzip };
}

function closureOf(dir: string, entry: string, dynamic = false): Measured {
  const read = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined);
  const { files, missing } = loadClosure(entry, read, { dynamic });
  return measure(dir, files, missing);
}

/**
 * Figure 6: what each entrypoint of the shipped build loads, HTML, scripts
 * and styles with every chunk they import, against the budgets.
 */
export function measureSizes(buildDir: string, testBuildDir: string): FigureResult {
  const card = measure(buildDir, [CARD_SCRIPT]);
  const cardCode = readFileSync(join(buildDir, CARD_SCRIPT), 'utf8');
  const databaseInCard = /Dexie|indexedDB/.test(cardCode);
  const entries: Array<[string, Measured, number | null]> = [
    ['background (service worker)', closureOf(buildDir, 'background.js'), null],
    ['popup, before the note field is usable', closureOf(buildDir, 'popup.html'), 45],
    ['popup, everything it ever loads', closureOf(buildDir, 'popup.html', true), 60],
    ...(existsSync(join(buildDir, 'options.html')) ? [['options page', closureOf(buildDir, 'options.html', true), null] as [string, Measured, null]] : []),
    ['nudge window (fallback)', closureOf(buildDir, 'nudge.html', true), null],
    ['nudge card script (content script)', card, 15],
    ['nudge card frame (its page, framed in the shadow root)', closureOf(buildDir, 'nudge-frame.html', true), null],
    ['popup before usable, test build (figures 2, 3, 7)', closureOf(testBuildDir, 'popup.html'), null],
  ];
  const rows: Row[] = entries.map(([measure, m, budget]) => ({
    figure: '6 Size (shipped build)',
    measure,
    median: `${kb(m.gzip)} gzip`,
    p90: '',
    baseline: `${kb(m.raw)} raw, ${m.files.length} ${m.files.length === 1 ? 'file' : 'files'}`,
    ratio: budget === null ? '' : `${Math.round((m.gzip / (budget * 1024)) * 100)}% of budget`,
    goal: budget === null ? '' : `< ${budget} KB gzip`,
    met: budget === null ? null : m.gzip < budget * 1024,
  }));
  rows.push({
    figure: '6 Size (shipped build)',
    measure: 'database code in the card script ("Dexie"/"indexedDB")',
    median: databaseInCard ? 'yes' : 'no',
    p90: '',
    baseline: '',
    ratio: '',
    goal: 'no',
    met: !databaseInCard,
  });
  return { rows, data: Object.fromEntries([...entries.map(([name, m]) => [name, m]), ['databaseInCard', databaseInCard]]) };
}
