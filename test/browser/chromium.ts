// Headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM) and a static file server on loopback for the pages.
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  // No background traffic: the machines this runs on have no network beyond loopback. playwright's launch()
  // gives every browser a fresh, empty profile directory of its own (and removes it on close).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Serves `root` on 127.0.0.1 (a free port); `pages` adds in-memory files by path. */
export async function serve(
  root: string,
  pages: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.endsWith('/') ? `${path}index.html` : path;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (pages[file] !== undefined) {
      response.writeHead(200, { 'content-type': type }).end(pages[file]);
      return;
    }
    const full = join(root, normalize(file).replace(/^(\.\.[/\\])+/, ''));
    try {
      if (!statSync(full).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': type }).end(readFileSync(full));
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
