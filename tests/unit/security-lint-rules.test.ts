import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

// The privacy and safety promises rest partly on eslint.config.js. These
// snippets prove each rule still fires, so a guard can't silently disappear
// in a config edit.

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The rules a snippet breaks, linted as if it lived at `filePath`. */
async function brokenRules(code: string, filePath = 'components/Fixture.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('no code from strings, no user text as markup (everywhere)', () => {
  test.each([
    ['eval', 'eval("1 + 1");', 'no-eval'],
    ['the Function constructor', 'new Function("return 1");', 'no-new-func'],
    ['a string given to setTimeout', 'setTimeout("alert(1)", 10);', 'no-implied-eval'],
    ['a string given to window.setInterval', 'window.setInterval("alert(1)", 10);', 'no-implied-eval'],
    ['innerHTML', 'document.body.innerHTML = location.hash;', 'no-restricted-properties'],
    ['outerHTML', 'document.body.outerHTML = location.hash;', 'no-restricted-properties'],
    ['insertAdjacentHTML', 'document.body.insertAdjacentHTML("beforeend", location.hash);', 'no-restricted-properties'],
    ['document.write', 'document.write(location.hash);', 'no-restricted-syntax'],
    ['dangerouslySetInnerHTML', 'export const A = (p: { t: string }) => <p dangerouslySetInnerHTML={{ __html: p.t }} />;', 'no-restricted-syntax'],
  ])('%s is an error', async (_name, code, rule) => {
    expect(await brokenRules(code)).toContain(rule);
    expect(await brokenRules(code, 'tests/components/Fixture.test.tsx')).toContain(rule);
  });

  test("zod comes only from utils/platform/zod.ts, which turns off its eval", async () => {
    expect(await brokenRules('import { z } from "zod";\nexport const s = z.string();', 'utils/fixture.ts')).toContain('no-restricted-imports');
    expect(await brokenRules('import { z } from "./zod";\nexport const s = z.string();', 'utils/fixture.ts')).toEqual([]);
  });
});

describe('no network in the code that ships', () => {
  test.each([
    ['fetch', 'void fetch("https://example.com/");'],
    ['globalThis.fetch', 'void globalThis.fetch("https://example.com/");'],
    ['window.fetch', 'void window.fetch("https://example.com/");'],
    ['XMLHttpRequest', 'new XMLHttpRequest();'],
    ['WebSocket', 'new WebSocket("wss://example.com/");'],
    ['EventSource', 'new EventSource("https://example.com/");'],
    ['navigator.sendBeacon', 'navigator.sendBeacon("https://example.com/", "x");'],
    ['importScripts', 'importScripts("https://example.com/a.js");'],
  ])('%s is an error in entrypoints/, components/ and utils/', async (_name, code) => {
    for (const file of ['entrypoints/background/fixture.ts', 'components/Fixture.tsx', 'utils/fixture.ts']) {
      const rules = await brokenRules(code, file);
      expect(rules.some((r) => r === 'no-restricted-globals' || r === 'no-restricted-properties'), `${file}: ${rules.join(', ')}`).toBe(true);
    }
  });

  test('tests may still talk to their own loopback server', async () => {
    expect(await brokenRules('void fetch("http://127.0.0.1:1/");', 'tests/e2e/fixture.test.ts')).toEqual([]);
  });

  test('ordinary app code passes', async () => {
    expect(await brokenRules('export const sum = (a: number, b: number) => a + b;', 'utils/fixture.ts')).toEqual([]);
  });
});
