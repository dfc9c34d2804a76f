import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const POUCHDB = /^pouchdb(-|$)/;

/** Every module a source file loads, statically or dynamically; type-only imports load nothing. */
function importsOf(source: string): string[] {
  const withoutTypes = source.replace(/\bimport\s+type\b[^;]*;/g, '').replace(/\btypeof\s+import\s*\([^)]*\)/g, '');
  return [...withoutTypes.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

interface SourceTree {
  read(file: string): string;
  /** The file a relative specifier names, or null. */
  find(from: string, spec: string): string | null;
}

const disk: SourceTree = {
  read: (file) => readFileSync(file, 'utf8'),
  find: (from, spec) => {
    const base = resolve(from, '..', spec);
    return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
  },
};

/** Each chain of imports from `entry` that ends in a PouchDB package. */
function pathsToPouchDB(entry: string, tree: SourceTree): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, relative(ROOT, file)];
    for (const spec of importsOf(tree.read(file))) {
      if (POUCHDB.test(spec)) found.push([...here, spec].join(' → '));
      const next = spec.startsWith('.') ? tree.find(file, spec) : null;
      if (next) walk(next, here);
    }
  };
  walk(entry, []);
  return found;
}

describe('PouchDB stays out of the popup (issue 12: its start-up must not grow)', () => {
  test('nothing the popup loads, at once or later, reaches a PouchDB package', () => {
    expect(pathsToPouchDB(resolve(ROOT, 'entrypoints/popup/main.tsx'), disk)).toEqual([]);
  });

  test('the check finds PouchDB behind a dynamic import two files away, and passes over type-only imports', () => {
    const at = (name: string) => resolve(ROOT, 'x', name);
    const files = new Map([
      [at('main.tsx'), "import { a } from './a';\nimport type { R } from './types';"],
      [at('a.ts'), "const load = () => import('./b');"],
      [at('b.ts'), "import PouchDB from 'pouchdb-browser';"],
      [at('types.ts'), "import type P from 'pouchdb-core';"],
    ]);
    const tree: SourceTree = {
      read: (file) => files.get(file) ?? '',
      find: (from, spec) => [resolve(from, '..', spec), `${resolve(from, '..', spec)}.ts`].find((file) => files.has(file)) ?? null,
    };
    expect(pathsToPouchDB(at('main.tsx'), tree)).toEqual(['x/main.tsx → x/a.ts → x/b.ts → pouchdb-browser']);
  });
});
