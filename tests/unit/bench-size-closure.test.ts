import { describe, expect, test } from 'vitest';
import { htmlReferences, jsImports, loadClosure, resolveBuilt } from '../bench/size-closure';

describe('htmlReferences()', () => {
  test('lists scripts, module preloads and stylesheets, not icons or other links', () => {
    const html = `<head>
      <script type="module" crossorigin src="/chunks/popup-A.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/jsx-B.js">
      <link rel="stylesheet" crossorigin href="/assets/style-C.css">
      <link rel="icon" href="/icon.svg">
    </head>`;
    expect(htmlReferences(html)).toEqual(['/chunks/popup-A.js', '/chunks/jsx-B.js', '/assets/style-C.css']);
  });
});

describe('jsImports()', () => {
  test('reads minified static imports and re-exports, and dynamic imports apart', () => {
    const code =
      'import{a as e,b as t}from"./jsx-B.js";import"./side.js";export{x}from"./re.js";export*from"./all.js";' +
      'const P=()=>import("./Panel-D.js");import{y}from"dexie";';
    expect(jsImports(code)).toEqual({ static: ['./jsx-B.js', './side.js', './re.js', './all.js'], dynamic: ['./Panel-D.js'] });
  });

  test("counts Vite's preload list of a dynamic import, from the build's root", () => {
    const code = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/Panel-D.js","assets/Panel-E.css"])))=>i.map(i=>d[i]);';
    expect(jsImports(code).dynamic).toEqual(['/chunks/Panel-D.js', '/assets/Panel-E.css']);
  });
});

describe('resolveBuilt()', () => {
  test.each([
    ['popup.html', '/chunks/a.js', 'chunks/a.js'],
    ['chunks/a.js', './b.js', 'chunks/b.js'],
    ['background.js', './chunks/c.js', 'chunks/c.js'],
    ['chunks/a.js', '../assets/s.css?inline', 'assets/s.css'],
  ])('from %s, %s is %s', (from, spec, expected) => {
    expect(resolveBuilt(from, spec)).toBe(expected);
  });
});

describe('loadClosure()', () => {
  const files: Record<string, string> = {
    'popup.html': '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/popup.css">',
    'chunks/popup.js': 'import{h}from"./preact.js";import{db}from"./dexie.js";const W=()=>import("./week.js");',
    'chunks/preact.js': 'export const h=1;',
    'chunks/dexie.js': 'import"./preact.js";export const db=1;',
    'chunks/week.js': 'import{z}from"./zod.js";import"./gone.js";',
    'chunks/zod.js': 'export const z=1;',
    'assets/popup.css': 'body{}',
  };
  const read = (path: string) => files[path];

  test('follows static imports once each, from the page and its scripts', () => {
    expect(loadClosure('popup.html', read)).toEqual({
      files: ['popup.html', 'chunks/popup.js', 'assets/popup.css', 'chunks/preact.js', 'chunks/dexie.js'],
      missing: [],
    });
  });

  test('with dynamic, also what lazy imports load, and reports files not in the build', () => {
    const { files: loaded, missing } = loadClosure('popup.html', read, { dynamic: true });
    expect(loaded).toEqual(expect.arrayContaining(['chunks/week.js', 'chunks/zod.js']));
    expect(loaded).toHaveLength(7);
    expect(missing).toEqual(['chunks/gone.js']);
  });
});
