import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadClosure } from '../bench/size-closure';
import { BUILD_DIR, FIREFOX_BUILD_DIR } from './support/hearth';

// What ships is checked as built, not only as written: bundled libraries are
// part of the package a store reviews.

/**
 * Every web address in the shipped code, and why it sends nothing anywhere.
 * A library upgrade that brings a new one fails here until someone looks.
 */
const HARMLESS_URLS: Record<string, string> = {
  'http://*/*': "the card's optional host match pattern",
  'https://*/*': "the card's optional host match pattern",
  'http://www.w3.org/1999/xhtml': "an XML namespace (Preact's renderer)",
  'http://www.w3.org/2000/svg': "an XML namespace (Preact's renderer)",
  'http://www.w3.org/1998/Math/MathML': "an XML namespace (Preact's renderer)",
  'http://[${e}]': "zod checks an IPv6 address by parsing it with new URL(); nothing is fetched",
  'http://json-schema.org/draft-04/schema#': "zod's JSON Schema export names its dialect (unused)",
  'http://json-schema.org/draft-07/schema#': "zod's JSON Schema export names its dialect (unused)",
  'https://json-schema.org/draft/2020-12/schema': "zod's JSON Schema export names its dialect (unused)",
  'http://bit.ly/2kdckMn': "a link in one of Dexie's error messages",
  'https://tinyurl.com/y2uuvskb': "a link in one of Dexie's error messages",
  'https://wxt.dev/guide/go-further/testing.html': "a link in one of WXT's error messages",
  'https://github.com/wxt-dev/wxt/issues/371': "a link in one of WXT's error messages",
  'https://github.com/uuidjs/uuid#getrandomvalues-not-supported': "a link in one of the uuid package's error messages (PouchDB's ids, in the worker)",
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to':
    "a link in one of WXT's error messages",
};

function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each([
  ['Chrome', BUILD_DIR],
  ['Firefox', FIREFOX_BUILD_DIR],
])('the %s build as shipped', (_browser, dir) => {
  const files = existsSync(dir) ? filesIn(dir) : [];
  const code = files.filter((f) => /\.(js|html|css)$/.test(f));
  const text = (file: string) => readFileSync(file, 'utf8');

  test('exists', () => {
    expect(code.length, `${dir} is missing: npm test builds it`).toBeGreaterThan(0);
  });

  test('names no web address except the known harmless ones', () => {
    const found = new Map<string, string>();
    for (const file of code) {
      for (const [url] of text(file).matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)]*/g)) found.set(url, relative(dir, file));
    }
    const unknown = [...found].filter(([url]) => !(url in HARMLESS_URLS)).map(([url, file]) => `${url} (${file})`);
    expect(unknown).toEqual([]);
  });

  test('loads every script from a local module file: no inline or remote script, no inline handlers', () => {
    for (const file of code.filter((f) => f.endsWith('.html'))) {
      const html = text(file);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, `${relative(dir, file)} has no script`).toBeGreaterThan(0);
      for (const [tag, attributes = '', body = ''] of scripts) {
        expect(attributes, tag).toMatch(/\btype="module"/);
        expect(attributes, tag).toMatch(/\bsrc="\/[\w./-]+\.js"/);
        expect(body.trim(), tag).toBe('');
      }
      // Nothing else pulls code or styles from elsewhere either.
      for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]*)"/gi)) expect(url, relative(dir, file)).toMatch(/^\/(?!\/)/);
      expect(html, relative(dir, file)).not.toMatch(/\son[a-z]+=/i);
    }
  });

  // wxt.config.ts (oneFilePerPage): each module file costs an extension page
  // a fetch and a link step before its first line runs.
  test.each(['popup.html', 'options.html', 'onboarding.html', 'nudge.html'])(
    '%s runs one script of its own, beside at most the bundler runtime and the shared database code',
    (page) => {
      const read = (path: string) => (existsSync(join(dir, path)) ? text(join(dir, path)) : undefined);
      const { files, missing } = loadClosure(page, read);
      expect(missing).toEqual([]);
      const scripts = files.filter((f) => f.endsWith('.js'));
      const own = scripts.filter((f) => !/\/rolldown-runtime-[\w-]+\.js$/.test(f) && !read(f)!.includes('Dexie'));
      expect(own, scripts.join(', ')).toHaveLength(1);
    },
  );

  test("has Dexie in one shared file, so each page runs one copy of it", () => {
    const pageScripts = code.filter((f) => f.endsWith('.js') && relative(dir, f).startsWith('chunks/'));
    const withDexie = pageScripts.filter((f) => text(f).includes('Dexie'));
    expect(withDexie.map((f) => relative(dir, f))).toHaveLength(1);
  });

  test('contains no eval call', () => {
    // The Function constructor appears only in zod's probe, which utils/zod.ts
    // turns off; the Firefox lint pins that one down (scripts/lib/firefox-lint.ts).
    for (const file of code.filter((f) => f.endsWith('.js'))) expect(text(file), relative(dir, file)).not.toMatch(/\beval\s*\(/);
  });
});
