// `npm start` (after the build): serves the bundled demo article on localhost and opens Debian's
// Chromium with dist/chrome loaded, on the demo page with the reader view open. With a display it
// stays open until Ctrl+C; without one it runs headless, writes a screenshot and prints its path.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Worker } from 'playwright-core';
import { READER_FILES } from '../extension/injected-scripts';
import { extensionArgs, findChromium } from './chromium';
import { demoImage } from './demo-images';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = path.join(ROOT, 'dist/chrome');
const DEMO_PAGE = path.join(ROOT, 'tests/fixtures/demo-article.html');
const SCREENSHOT = path.join(ROOT, 'test-results/start-reader.png');
const IMAGE_PATH = /^\/images\/([a-z]+)\.png$/;
// An article's kind of address: the detector rightly treats a site's root as its home page.
const DEMO_PATH = '/local/2026/10/14/night-ferry-kessel-island';
// How long to wait for the reader to appear before giving up.
const READER_TIMEOUT_MS = 15_000;

/** Serves the demo article at DEMO_PATH (/ redirects there) and its pictures at /images/NAME.png, on 127.0.0.1. */
export async function serveDemo(): Promise<{ server: Server; url: string }> {
  const html = await readFile(DEMO_PAGE);
  const favicon = await readFile(path.join(ROOT, 'icons/icon-32.png'));
  const images = new Map<string, Uint8Array>();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const image = IMAGE_PATH.exec(pathname);
    if (pathname === '/') {
      response.writeHead(302, { location: DEMO_PATH });
      response.end();
      return;
    }
    if (pathname === DEMO_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
      return;
    }
    if (pathname === '/favicon.ico') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(favicon);
      return;
    }
    if (image?.[1]) {
      const name = image[1];
      const bytes = images.get(name) ?? demoImage(name);
      if (bytes) {
        images.set(name, bytes);
        response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
        response.end(bytes);
        return;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${DEMO_PATH}` };
}

/** Opens the in-page reader in the tab showing `url`, the way the keyboard command does. */
async function openReaderFromBackground(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(
    async ([pageUrl, files]: [string, string[]]) => {
      interface ChromeApi {
        tabs: {
          query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>>;
          sendMessage(tabId: number, message: unknown): Promise<unknown>;
        };
        scripting: {
          executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown>;
        };
      }
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      // Without the "tabs" permission tabs cannot be queried by URL: the demo page is the active tab.
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
      await api.scripting.executeScript({ target: { tabId: tab.id }, files });
      await api.tabs.sendMessage(tab.id, { type: 'folio/open-reader' });
    },
    [url, [...READER_FILES]] as [string, string[]],
  );
}

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  const { server, url } = await serveDemo();
  console.log(`demo article: ${url}`);
  const profile = await mkdtemp(path.join(tmpdir(), 'folio-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(EXTENSION_DIR),
  });
  const cleanup = async () => {
    await context.close().catch(() => undefined);
    server.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    await openReaderFromBackground(worker, url);
    await page.locator('[data-folio-reader]').waitFor({ state: 'attached', timeout: READER_TIMEOUT_MS });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: READER_TIMEOUT_MS });
    // Let the pictures and the dyslexic face (if chosen) arrive before the picture is taken.
    await page.waitForTimeout(500);
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`reader view screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
    if (headless) {
      await cleanup();
      return;
    }
    console.log('Chromium is open with Folio loaded. Close the window or press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
    await cleanup();
  } catch (error) {
    await cleanup();
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
