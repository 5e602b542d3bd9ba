// The first extraction in a new tab, the one a reader waits for when they first open Folio on a
// site. bench:browser's runs share one renderer process: V8 keeps a script's compiled functions and
// every compiled pattern per process, so from the second page on, each engine's first call there
// reuses what the pages before compiled (Folio's first call before 0dcc342: 52.7 ms there against
// 162 ms in a new process). Here each page and engine gets a browser context of its own,
// and with it a new renderer process: nothing compiled before. A reader's first wait there also holds
// the script's start (compiling it and running its top level: building every pattern and table):
// timed apart, in the page, for each engine.
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/build/chromium';
import { type StaticServer, startStaticServer } from '../e2e/harness/static-server';

const PAGE_LOAD_TIMEOUT_MS = 20_000;

/** One page's first extraction in a new tab, and the start of the script before it. */
export interface FirstCall {
  start: number;
  call: number;
}

export interface FreshTabTimes {
  folio: FirstCall[];
  readability: FirstCall[];
}

// Runs in the page (plain JavaScript source): the script as a classic script, as runScript does,
// its element gone once it ran, timed from inserting it to its end.
const START_SCRIPT = `(source) => {
  const t0 = performance.now();
  const el = document.createElement('script');
  el.textContent = source;
  (document.head ?? document.documentElement).append(el);
  el.remove();
  return performance.now() - t0;
}`;

/** The script's start and first extraction on `file`, loaded in a context (and renderer) of its own. */
async function firstCall(
  browser: Browser,
  server: StaticServer,
  file: string,
  script: string,
  call: string,
): Promise<FirstCall | null> {
  const context = await browser.newContext();
  try {
    // Saved pages reference the whole web; nothing but the local server is reachable or wanted.
    await context.route(/^https?:\/\//, (route) =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(server.url(file), { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS });
    const start = await page.evaluate(`(${START_SCRIPT})(${JSON.stringify(script)})`);
    // Sent as source text, as bench:browser's in-page measure is.
    const ms = await page.evaluate(
      `(() => { const t0 = performance.now(); ${call}; return performance.now() - t0; })()`,
    );
    return typeof start === 'number' && typeof ms === 'number' ? { start, call: ms } : null;
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

/**
 * Each engine's first extraction in a new tab on up to `samples` of `files` (pages of `root`),
 * the two engines' contexts one after the other per page, in alternating order.
 */
export async function freshTabTimes(
  root: string,
  files: readonly string[],
  samples: number,
  scripts: { folio: string; readability: string },
): Promise<FreshTabTimes> {
  const out: FreshTabTimes = { folio: [], readability: [] };
  if (samples <= 0) return out;
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('Chromium is not installed (apt-get install chromium)');
  const server = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    for (const [i, file] of files.slice(0, samples).entries()) {
      const folio = () =>
        firstCall(
          browser,
          server,
          file,
          scripts.folio,
          'FolioEngine.extractArticle(document, { url: location.href })',
        );
      const readability = () =>
        firstCall(
          browser,
          server,
          file,
          scripts.readability,
          'new __Readability(document.cloneNode(true)).parse()',
        );
      let f: FirstCall | null;
      let r: FirstCall | null;
      if (i % 2 === 0) {
        f = await folio();
        r = await readability();
      } else {
        r = await readability();
        f = await folio();
      }
      if (f !== null && r !== null) {
        out.folio.push(f);
        out.readability.push(r);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
