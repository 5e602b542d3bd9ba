// Serves generated stress pages on 127.0.0.1 the way a plain web server would: UTF-8 pages say so in
// the header, legacy-encoded and binary ones carry no charset, so the browser has to read the page's
// own declaration (or guess) exactly as it would on the open web.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StressPage } from './generate';

export interface StressServer {
  origin: string;
  url(page: StressPage): string;
  close(): Promise<void>;
}

function contentTypeFor(page: StressPage): string {
  return page.name.startsWith('legacy-') || page.name === 'binary' ? 'text/html' : 'text/html; charset=utf-8';
}

export async function serveStressPages(pages: StressPage[]): Promise<StressServer> {
  const byPath = new Map(pages.map((page) => [`/${page.name}.html`, page]));
  const server: Server = createServer((req, res) => {
    const page = byPath.get(req.url ?? '');
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentTypeFor(page), 'cache-control': 'no-store' });
    res.end(readFileSync(page.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page.name}.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
