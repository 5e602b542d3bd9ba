// Debian's Chromium with dist/chrome loaded, one browser per test file (launch ≈ 0.5 s).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../src/build/chromium';
import type { WithChrome } from './chrome-api';
import { DIST_CHROME, FIXTURES } from './paths';
import { type StaticServer, startStaticServer } from './static-server';

const WORKER_WAIT_MS = 10_000;
/** How long `tabIdOf` asks again for a tab Chromium has not registered yet, and how often. */
const TAB_WAIT_MS = 5_000;
const TAB_RETRY_MS = 100;

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: StaticServer;
  /** The popup page's URL for the tab `tabId` (the popup opened as a tab). */
  popupUrl(tabId: number): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serveRoot?: string;
  extensionDir?: string;
  /** An X display to run a headed browser on (see xvfb.ts); headless when absent. */
  display?: string;
  /** The browser's UI language ("ar"): Chromium picks the extension's messages from it. */
  locale?: string;
  /** More command-line switches (e.g. --enable-speech-dispatcher for the system's voices). */
  args?: string[];
  /** More environment for the browser process. */
  env?: Record<string, string>;
}

/** Chromium takes its UI language from --lang together with LANGUAGE/LANG of its process. */
function localeEnv(locale: string | undefined): Record<string, string> {
  return locale === undefined ? {} : { LANGUAGE: locale, LANG: `${locale}.UTF-8` };
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('Chromium is not installed (apt-get install chromium)');
  const extensionDir = options.extensionDir ?? DIST_CHROME;
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'folio-e2e-'));
  const server = await startStaticServer(options.serveRoot ?? FIXTURES);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.display === undefined,
    env: {
      ...process.env,
      ...options.env,
      ...(options.display === undefined ? {} : { DISPLAY: options.display }),
      ...localeEnv(options.locale),
    } as Record<string, string>,
    viewport: { width: 1100, height: 800 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.locale === undefined ? [] : [`--lang=${options.locale}`]),
      ...(options.args ?? []),
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: WORKER_WAIT_MS }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    server,
    popupUrl: (tabId) => `chrome-extension://${extensionId}/popup.html?tab=${tabId}`,
    close: async () => {
      await context.close().catch(() => undefined);
      await server.close();
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/**
 * The browser's id for the tab showing `page`. The host permissions let the extension read the
 * tabs' URLs, so the tab is found by its URL; when several tabs show the same page, or the page is
 * one whose URL extensions cannot read, the one in front is meant. Chromium can answer a query made right after `bringToFront` or a tab's opening
 * before it has registered the tab or the window's focus (a CI run found no tab once), so the
 * query is asked again for a while before giving up.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const deadline = Date.now() + TAB_WAIT_MS;
  for (;;) {
    const id = await ext.worker.evaluate(async (url) => {
      const chrome = (globalThis as WithChrome).chrome;
      const showing = (await chrome.tabs.query({})).filter((tab) => tab.url === url);
      if (showing.length === 1) return showing[0]?.id ?? null;
      const [front] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      // A browser page (chrome://) keeps its URL from extensions: the tab in front is meant.
      if (showing.length === 0)
        return front !== undefined && front.url === undefined ? (front.id ?? null) : null;
      return showing.find((tab) => tab.id === front?.id)?.id ?? null;
    }, page.url());
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`no tab found for ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, TAB_RETRY_MS));
  }
}

/** Opens the popup as a tab reading `tabId`, and waits for it to settle on something. */
export async function openPopupTab(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(ext.popupUrl(tabId));
  return popup;
}
