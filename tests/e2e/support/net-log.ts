import { readFileSync } from 'node:fs';

/** One request the browser's network stack started, and the origin that asked for it. */
export interface LoggedRequest {
  url: string;
  method: string;
  /** 'chrome-extension://<id>' for the worker and extension pages; a page's origin for its scripts and content scripts; 'not an origin' for the browser itself. */
  initiator: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: { url?: string; method?: string; initiator?: string } }>;
}

/**
 * The requests in a Chromium NetLog (`--log-net-log=FILE`, complete once the
 * browser has closed). Unlike Playwright's events it covers the whole run,
 * from the browser's start, whoever made the request.
 */
export function readNetLog(file: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as NetLog;
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && event.params?.url)
    .map(({ params }) => ({ url: params!.url!, method: params!.method ?? '', initiator: params!.initiator ?? '' }));
}
