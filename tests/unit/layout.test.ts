import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const UTILS = join(ROOT, 'utils');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => resolve(file, '..', match[1]!));
}

/** The utils/ folder a path lies in, or null outside utils/. */
function domainOf(path: string): string | null {
  const rel = relative(UTILS, path);
  if (rel.startsWith('..')) return null;
  const [first] = rel.split(sep);
  return first ?? null;
}

/** Folder → the folders its files import. */
function domainGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(UTILS)) {
    const from = domainOf(file);
    if (!from || from === relative(UTILS, file)) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of relativeImports(file)) {
      const to = domainOf(target);
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the layout of utils/', () => {
  test('utils/ holds only domain folders and its README', () => {
    const loose = readdirSync(UTILS).filter((name) => !statSync(join(UTILS, name)).isDirectory() && name !== 'README.md');
    expect(loose).toEqual([]);
  });

  test('no folder imports from a folder that imports it back', () => {
    expect(findCycle(domainGraph())).toBeNull();
  });

  test('utils/README.md names every folder and the folders it imports from', () => {
    const readme = readFileSync(join(UTILS, 'README.md'), 'utf8');
    for (const [domain, imports] of domainGraph()) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${domain}/\``));
      expect(row, `a README row for ${domain}/`).toBeDefined();
      const listed = row!.split('|').at(-2)!.trim();
      const named = listed === 'nothing' ? [] : listed.split(', ').sort();
      expect(named, `what ${domain}/ imports`).toEqual([...imports].sort());
    }
  });

  test('the cycle finder finds a cycle', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('the layout of components/', () => {
  const COMPONENTS = join(ROOT, 'components');

  test('no component reaches into the database module', () => {
    const offenders = sourceFiles(COMPONENTS).filter((file) =>
      relativeImports(file).some((target) => relative(join(UTILS, 'db'), target).split(sep)[0] !== '..'),
    );
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });

  test('no two components import each other, directly or around a circle', () => {
    const graph = new Map<string, Set<string>>();
    for (const file of sourceFiles(COMPONENTS)) {
      const targets = relativeImports(file)
        .filter((target) => !relative(COMPONENTS, target).startsWith('..'))
        .map((target) => relative(COMPONENTS, target).replace(/\.tsx?$/, ''));
      graph.set(relative(COMPONENTS, file).replace(/\.tsx?$/, ''), new Set(targets));
    }
    expect(findCycle(graph)).toBeNull();
  });
});
