import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The icon is inline, so the browser asks the server for nothing but the page itself.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page on localhost</title><link rel="icon" href="data:,">
<style>html{font-size:40px} button,input,div{all:unset} *{color:red !important}</style></head>
<body><h1>Reading the news</h1><label>Search <input id="search" type="text"></label></body></html>`;

// Records every key and input event the page's scripts can hear, listening
// first (capture phase, on window and on document), as a snooping page would.
const LISTENING_PAGE = PAGE.replace(
  '</body>',
  `<script>window.heard = [];
for (const target of [window, document]) for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'])
  target.addEventListener(type, (e) => window.heard.push(type + ':' + (e.key ?? e.data ?? '')), true);</script></body>`,
);

// A one-page PDF, which the browser shows in its PDF viewer.
const PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
trailer<</Root 1 0 R>>
%%EOF`;

// Pages without an HTML body, where the card has nowhere to go.
const NOT_HTML: Record<string, { type: string; body: string; headers?: Record<string, string> }> = {
  '/image.svg': {
    type: 'image/svg+xml',
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="80" fill="teal"/></svg>',
  },
  '/feed.xml': {
    type: 'application/xml',
    body: '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>',
  },
};

/** Other pages: one that listens to every key, ones whose policy forbids frames, and a PDF. */
const OTHER: Record<string, { type: string; body: string; headers?: Record<string, string> }> = {
  '/listening': { type: 'text/html; charset=utf-8', body: LISTENING_PAGE },
  '/no-frames': { type: 'text/html; charset=utf-8', body: PAGE, headers: { 'content-security-policy': "frame-src 'none'" } },
  '/no-child-frames': { type: 'text/html; charset=utf-8', body: PAGE, headers: { 'content-security-policy': "child-src 'none'" } },
  // As raw.githubusercontent.com serves files: frames inside run no script.
  '/sandboxed': { type: 'text/html; charset=utf-8', body: PAGE, headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } },
  '/doc.pdf': { type: 'application/pdf', body: PDF },
};

/**
 * A plain web page on loopback, with hostile CSS, for the card to appear on;
 * at /image.svg and /feed.xml, pages that aren't HTML; and the pages above.
 * `requests` lists every path asked of it, by anyone.
 */
export async function serveTestPage(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const other = NOT_HTML[req.url ?? ''] ?? OTHER[req.url ?? ''];
    res.writeHead(200, { 'content-type': other?.type ?? 'text/html; charset=utf-8', ...other?.headers });
    res.end(other?.body ?? PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
