import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const SENTENCES = [
  'The council met on Tuesday to discuss the new cycle lanes along the river.',
  'Residents said the evening market had brought the square back to life.',
  'A spokesperson declined to comment on the timetable for the bridge repairs.',
  'Local schools will open their libraries to the public during the summer.',
  'The bakery on Mill Street celebrated its fiftieth year with free bread for all.',
  'Forecasters expect a mild week, with rain returning by the weekend.',
];

function article(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => {
    const text = Array.from({ length: 5 }, (__, j) => SENTENCES[(i + j) % SENTENCES.length]).join(' ');
    return i % 4 === 0 ? `<h2>Section ${i / 4 + 1}</h2><p>${text}</p>` : `<p>${text}</p>`;
  }).join('\n');
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Riverside Gazette</title><link rel="stylesheet" href="/site.css"></head>
<body><header><img src="/logo.png" width="64" height="64" alt="Gazette logo"><h1>The Riverside Gazette</h1>
<nav><a href="#">News</a> <a href="#">Sport</a> <a href="#">Culture</a> <a href="#">Weather</a></nav></header>
<main><article><h1>Evening market returns to the old square</h1>
<figure><img src="/photo.png" width="128" height="128" alt="The square"><figcaption>The square on Friday.</figcaption></figure>
${article(24)}</article>
<aside><h2>Most read</h2><ol>${SENTENCES.map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ol></aside></main>
<footer><p>© The Riverside Gazette</p></footer><script src="/site.js" defer></script></body></html>`;

const CSS = `body{font:16px/1.5 Georgia,serif;margin:0;color:#222;background:#fdfcf9}
header{display:flex;gap:12px;align-items:center;padding:8px 16px;border-bottom:1px solid #ddd}
nav a{margin-right:8px;color:#06c}main{display:grid;grid-template-columns:3fr 1fr;gap:24px;padding:16px}
article p{margin:0 0 1em}figure{margin:0 0 1em}aside{font-size:14px}footer{padding:16px;color:#666}
${Array.from({ length: 60 }, (_, i) => `.c${i}{padding:${i % 8}px;margin:${i % 5}px}`).join('\n')}`;

const JS = `document.querySelectorAll('nav a').forEach(function (a) { a.addEventListener('click', function (e) { e.preventDefault(); }); });`;

/**
 * A small news-like page on loopback: HTML with text, a stylesheet, two
 * images and a deferred script. Nothing is cached, so every load fetches all.
 */
export async function serveTestSite(): Promise<{ url: string; close: () => Promise<void> }> {
  const image = readFileSync('public/icon/128.png');
  const logo = readFileSync('public/icon/96.png');
  const files: Record<string, [string, string | Buffer]> = {
    '/': ['text/html; charset=utf-8', PAGE],
    '/site.css': ['text/css', CSS],
    '/site.js': ['text/javascript', JS],
    '/photo.png': ['image/png', image],
    '/logo.png': ['image/png', logo],
  };
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' });
    res.end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
