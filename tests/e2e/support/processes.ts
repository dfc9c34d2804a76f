import { execFileSync } from 'node:child_process';

/** Ids of the processes Chromium started for this profile: the browser, its zygotes, renderers and utilities. */
function profileProcesses(profileDir: string): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profileDir} `) || line.endsWith(`--user-data-dir=${profileDir}`))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

/**
 * SIGKILLs every process of one Chromium profile at once, as a power cut or
 * the kernel's OOM killer would: no shutdown, no flush, no unload handlers.
 * Playwright's persistent context doesn't expose the browser's process, so
 * they are found by the profile directory in their command line (Debian's
 * /usr/bin/chromium is a wrapper script, so its child is the browser).
 */
export function killProfileProcesses(profileDir: string): void {
  const pids = profileProcesses(profileDir);
  if (pids.length === 0) throw new Error(`No Chromium process uses the profile ${profileDir}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone: a child dies with its parent.
    }
  }
}
