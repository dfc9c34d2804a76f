import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

// `npm start` as the user runs it (after its build), with a stand-in browser
// that records how it was started, so no window opens.
const dir = mkdtempSync(join(tmpdir(), 'hearth-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runStart(): Promise<{ stdout: string; args: string[] }> {
  const argsFile = join(dir, 'args');
  const browser = join(dir, 'chromium');
  writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n`);
  chmodSync(browser, 0o755);
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/start.ts'], {
    env: { ...process.env, HEARTH_CHROMIUM: browser, HEARTH_PROFILE: join(dir, 'profile'), DISPLAY: ':0' },
  });
  return { stdout, args: readFileSync(argsFile, 'utf8').trim().split('\n') };
}

describe('npm start', () => {
  // CI runs as root; a developer's machine usually doesn't. Either way the rule is the same.
  const asRoot = process.getuid?.() === 0;

  test(`${asRoot ? 'as root' : 'as a normal user'}: the sandbox is off only for root, who is told why in one line`, async () => {
    const { stdout, args } = await runStart();
    expect(args.includes('--no-sandbox')).toBe(asRoot);
    expect(stdout.split('\n').filter((line) => line.includes('without its sandbox'))).toHaveLength(asRoot ? 1 : 0);
    expect(args).toContain(`--load-extension=${join(process.cwd(), '.output/chrome-mv3')}`);
  });
});
