import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// The icon is inline, so the browser asks the server for nothing but the page itself.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page on localhost</title><link rel="icon" href="data:,">
<style>html{font-size:40px} button,input,div{all:unset} *{color:red !important}</style></head>
<body><h1>Reading the news</h1><label>Search <input id="search" type="text"></label></body></html>`;

/**
 * A plain web page on loopback, with hostile CSS, for the card to appear on.
 * `requests` lists every path asked of it, by anyone.
 */
export async function serveTestPage(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
