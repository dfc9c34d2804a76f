import { posix } from 'node:path';

/** Reads a built file by its path from the build's root ('chunks/a.js'); undefined if there is none. */
export type ReadBuilt = (path: string) => string | undefined;

/** What an HTML entry loads before its scripts run: scripts, module preloads and stylesheets. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (tag.toLowerCase().startsWith('<script')) {
      const src = attr('src');
      if (src) refs.push(src);
    } else if (/^(modulepreload|stylesheet)$/i.test(attr('rel') ?? '')) {
      const href = attr('href');
      if (href) refs.push(href);
    }
  }
  return refs;
}

/**
 * The files a bundled module imports. Static: `import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`. Dynamic: `import("./x.js")`
 * and the files Vite lists to preload with a dynamic import (__vite__mapDeps,
 * which are relative to the build's root, so they come back with a leading /).
 * Only relative or rooted paths count: bare names cannot load in an extension.
 */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const local = (spec: string) => /^(\.{1,2}\/|\/)/.test(spec);
  const staticImports = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`\s]+)["'`]/g),
  ].map((m) => m[1]!);
  const dynamicImports = [...code.matchAll(/\bimport\s*\(\s*["'`]([^"'`\s]+)["'`]\s*\)/g)].map((m) => m[1]!);
  const preloads = [...code.matchAll(/\.f\s*=\s*\[([^\]]*)\]/g)].flatMap((m) =>
    [...m[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)].map((s) => `/${s[1]!.replace(/^\//, '')}`),
  );
  return { static: unique(staticImports.filter(local)), dynamic: unique([...dynamicImports, ...preloads].filter(local)) };
}

/** A reference from `from` (a built file) resolved to a path from the build's root. */
export function resolveBuilt(from: string, spec: string): string {
  const clean = spec.split(/[?#]/)[0]!;
  return clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.join(posix.dirname(from), clean);
}

/**
 * Every file an entry loads: an HTML page with what it references, or a
 * script, with the static imports of each script, transitively; with
 * `dynamic`, also what its dynamic imports load. Files missing from the
 * build are listed under `missing`, not thrown on.
 */
export function loadClosure(entry: string, read: ReadBuilt, { dynamic = false } = {}): { files: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || missing.has(path)) continue;
    const text = read(path);
    if (text === undefined) {
      missing.add(path);
      continue;
    }
    seen.add(path);
    const refs = path.endsWith('.html')
      ? htmlReferences(text)
      : /\.m?js$/.test(path)
        ? (({ static: s, dynamic: d }) => (dynamic ? [...s, ...d] : s))(jsImports(text))
        : [];
    for (const ref of refs) queue.push(resolveBuilt(path, ref));
  }
  return { files: [...seen], missing: [...missing] };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
