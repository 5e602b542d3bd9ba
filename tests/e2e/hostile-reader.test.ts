// Issue 4 in real Chromium with the extension loaded: the hostile fixture (30+ XSS vectors inside the
// article, a phishing form, a transparent full-page overlay, page CSS aimed at the reader, tampered
// prototypes, forged window messages) and the generated stress pages.
// - nothing of the page runs again once the reader opens (page-side counters stay put);
// - the popup's and the reader's DOM hold no forbidden element or attribute;
// - the reader is on top (elementFromPoint) and visible despite the page's !important rules;
// - every request is recorded: Folio's pages and service worker fetch nothing but the article's images;
// - window.postMessage from the page does not steer the content script;
// - Folio writes no error into the page's console;
// - the stress pages finish or say "too large", and the tab stays responsive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/ui/sanitize-article-html';
import { generateStressPages, type StressPage } from '../stress/generate';
import { type StressServer, serveStressPages } from '../stress/serve';
import { findHostileMarkup, type HostileScanOptions } from '../unit/hostile-markup';
import { describeWith } from './harness/browsers';
import { type ExtensionBrowser, launchExtension, openPopupTab, tabIdOf } from './harness/chromium';
import {
  isFolioContext,
  type RecordedRequest,
  recordRequests,
  watchServiceWorker,
} from './harness/network-probes';
import { DIST_CHROME } from './harness/paths';
import { screenshotPage } from './harness/screenshots';

const HOST = '[data-folio-reader]';
const FIXTURE = 'hostile-article.html';
const TITLE = 'The last keeper of Skerry Light';
const FIRST_WORDS = 'hundred and twelve steps';
const PAYLOAD_MARKERS = ['__bump', 'javascript:', 'vbscript:', 'data:text', 'expression('];
/** Long enough for late handlers (image errors, timers, re-queued events) to have fired if they were going to. */
const SETTLE_MS = 1_500;
/** The stress pages in the browser: the extension's budget is 2.5 s; parsing a 6 MB page is extra. */
const STRESS_WAIT_MS = 45_000;
/** A tab that answers a trivial evaluate within this is not frozen. */
const RESPONSIVE_MS = 3_000;
/** Tags that are an offence anywhere in Folio's UI (the UI has its own buttons, inputs and styles). */
const UI_FORBIDDEN_TAGS = [
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'math',
  'marquee',
  'noscript',
];

const articleScan: HostileScanOptions = {
  forbiddenTags: null,
  allowedTags: [...ALLOWED_TAGS],
  // tabindex: the reader's block remover makes each numbered block focusable after sanitizing (the
  // sanitizer itself never keeps a page's tabindex: it is not in ALLOWED_ATTR).
  allowedAttrs: [...ALLOWED_ATTR, 'target', 'rel', 'tabindex'],
  bannedValueParts: PAYLOAD_MARKERS,
};
const uiScan: HostileScanOptions = {
  forbiddenTags: UI_FORBIDDEN_TAGS,
  allowedTags: null,
  allowedAttrs: null,
  bannedValueParts: PAYLOAD_MARKERS,
};

// The scanner travels into the browser as source text: vitest's transform must not add helpers to it.
const SCANNER_SOURCE = findHostileMarkup.toString();

/**
 * Runs the scanner in `page` on the element `selector` (or the document), inside open shadow roots
 * too. Sent as an expression string: the popup's CSP forbids eval, which CDP's evaluate is not
 * subject to but `new Function` inside the page would be.
 */
async function scan(
  page: Page,
  selector: string | null,
  options: HostileScanOptions,
  inShadowOf?: string,
): Promise<string[]> {
  const scope = inShadowOf ? `document.querySelector(${JSON.stringify(inShadowOf)})?.shadowRoot` : 'document';
  const root = selector ? `(${scope})?.querySelector(${JSON.stringify(selector)})` : scope;
  return page.evaluate(
    `(() => { const root = ${root}; return root ? (${SCANNER_SOURCE})(root, ${JSON.stringify(options)}) : ['nothing matches ${selector ?? inShadowOf}']; })()`,
  );
}

interface Counters {
  ran: string | null;
  tamper: string | null;
  stolen: string | null;
  /** The last handler that ran ("error on IMG"): not compared, shown when a comparison fails. */
  last?: string | null;
}

/** The page-side counters, read from <html data-*> through Playwright's isolated utility world. */
async function counters(page: Page): Promise<Counters> {
  const html = page.locator('html');
  return {
    ran: await html.getAttribute('data-ran'),
    tamper: await html.getAttribute('data-tamper'),
    stolen: await html.getAttribute('data-stolen'),
  };
}

/** The counters with what ran last, for assertion messages. */
async function lastRan(page: Page): Promise<string> {
  return `last handler: ${await page.locator('html').getAttribute('data-last')}`;
}

async function settledCounters(page: Page): Promise<Counters> {
  let previous = await counters(page);
  for (;;) {
    await page.waitForTimeout(SETTLE_MS / 2);
    const now = await counters(page);
    if (JSON.stringify(now) === JSON.stringify(previous)) return now;
    previous = now;
  }
}

const readerOpen = (page: Page) => page.evaluate((sel) => document.querySelector(sel) !== null, HOST);

describeWith({ browser: 'chromium' })('hostile pages in Chromium with Folio loaded', () => {
  let ext: ExtensionBrowser;
  let requests: RecordedRequest[];
  let stressServer: StressServer | undefined;
  let stressPages: StressPage[];
  const folioConsole: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    requests = recordRequests(ext);
    // Nothing leaves the machine: requests to other hosts fail at once (and stay in the log).
    await ext.context.route('**/*', (route) => {
      const url = route.request().url();
      const local =
        url.startsWith('chrome-extension://') ||
        url.startsWith(ext.server.origin) ||
        (stressServer !== undefined && url.startsWith(stressServer.origin));
      if (local) return route.continue();
      return route.abort('addressunreachable');
    });
    stressPages = await generateStressPages();
    stressServer = await serveStressPages(stressPages);
  }, 120_000);

  afterAll(async () => {
    await stressServer?.close();
    await ext?.close();
  });

  function listenToConsole(page: Page): void {
    page.on('console', (message: ConsoleMessage) => {
      const where = message.location().url ?? '';
      if (
        message.type() === 'error' &&
        (where.startsWith('chrome-extension://') || /folio/i.test(message.text()))
      ) {
        folioConsole.push(`${message.text()} @ ${where}`);
      }
    });
    page.on('pageerror', (error) => {
      if (/folio|chrome-extension/i.test(`${error.message}\n${error.stack ?? ''}`))
        folioConsole.push(error.message);
    });
  }

  it('the extension bundles contain no network API at all', () => {
    for (const name of ['background.js', 'boot.js', 'popup.js', 'article.js', 'reader.js', 'detect.js']) {
      const code = readFileSync(path.join(DIST_CHROME, name), 'utf8');
      for (const api of ['XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource', 'fetch(']) {
        expect(code.includes(api), `${name} uses ${api}`).toBe(false);
      }
    }
  });

  it('opens the hostile article without running page code again, on top, clean, and sending nothing', async () => {
    const page = await ext.context.newPage();
    listenToConsole(page);
    const worker = await watchServiceWorker(ext, page);
    await page.goto(ext.server.url(FIXTURE), { waitUntil: 'load' });
    const before = await settledCounters(page);
    expect(Number(before.ran)).toBeGreaterThan(0);
    // The page posted forged Folio messages at load: they opened nothing.
    expect(await readerOpen(page)).toBe(false);

    const tabId = await tabIdOf(ext, page);
    const popup = await openPopupTab(ext, tabId);
    // The popup's own console shows the article images that cannot load here; only its uncaught
    // errors count.
    popup.on('pageerror', (error) => folioConsole.push(`popup: ${error.message}`));
    await popup.getByRole('heading', { name: TITLE }).first().waitFor({ timeout: 15_000 });
    expect(await popup.getByText(FIRST_WORDS).first().isVisible()).toBe(true);
    expect(await scan(popup, '.folio-body', articleScan)).toEqual([]);
    expect(await scan(popup, null, uiScan)).toEqual([]);
    expect(await popup.locator('input[type=password], form[action]').count()).toBe(0);

    await popup.getByRole('button', { name: 'Reader view', exact: true }).click();
    await page.bringToFront();
    await expect.poll(() => readerOpen(page), { timeout: 10_000 }).toBe(true);
    await page.locator(HOST).getByText(FIRST_WORDS).first().waitFor();
    await page.waitForTimeout(SETTLE_MS);
    expect(await counters(page), await lastRan(page)).toEqual(before);

    // Clean: the article region against the allowlist, the whole reader against the UI rules.
    expect(await scan(page, '.folio-body', articleScan, HOST)).toEqual([]);
    expect(await scan(page, null, uiScan, HOST)).toEqual([]);

    // On top of the fixed, max-z-index transparent overlay, everywhere on the screen.
    const hits = await page.evaluate((sel) => {
      const host = document.querySelector(sel);
      const points: Array<[number, number]> = [
        [5, 5],
        [innerWidth - 5, 5],
        [innerWidth / 2, innerHeight / 2],
        [5, innerHeight - 5],
        [innerWidth - 5, innerHeight - 5],
      ];
      const misses: string[] = [];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        if (hit !== host) misses.push(`${x},${y}: ${hit?.id || hit?.localName || 'nothing'}`);
      }
      return misses;
    }, HOST);
    expect(hits).toEqual([]);
    const hostStyle = await page.evaluate((sel) => {
      const style = getComputedStyle(document.querySelector(sel)!);
      return { display: style.display, visibility: style.visibility, opacity: style.opacity };
    }, HOST);
    expect(hostStyle).toEqual({ display: 'block', visibility: 'visible', opacity: '1' });
    await screenshotPage(page, 'hostile-reader');

    // Forged messages while the reader is open change nothing either.
    await page.evaluate(() => {
      window.postMessage({ type: 'folio/toggle-reader', open: false }, '*');
      window.postMessage({ type: 'folio/close-reader' }, '*');
      window.postMessage(JSON.stringify({ type: 'folio/toggle-reader' }), '*');
    });
    await page.waitForTimeout(SETTLE_MS / 2);
    expect(await readerOpen(page)).toBe(true);
    expect(await counters(page), await lastRan(page)).toEqual(before);

    // Closing restores the page without re-running it. Restoring focus (issue 4) hands it back to the
    // page's autofocused input, whose own onfocus then runs once: the page reacting to getting its
    // focus back, as on any tab switch, not Folio re-running page code.
    await page.keyboard.press('Escape');
    await expect.poll(() => readerOpen(page)).toBe(false);
    await page.waitForTimeout(SETTLE_MS);
    const afterClose = await counters(page);
    const refocused = (await page.locator('html').getAttribute('data-last')) === 'focus on INPUT';
    expect(afterClose, await lastRan(page)).toEqual({
      ...before,
      ran: String(Number(before.ran) + (refocused ? 1 : 0)),
    });

    // Network: Folio's own contexts requested nothing but their own files and the article's images.
    const articleImages = new Set([
      'https://images.invalid/skerry-light.jpg',
      'https://images.invalid/skerry-light-2x.jpg',
    ]);
    const folioRequests = requests.filter(
      (r) => isFolioContext(r.from, ext.extensionId) && !r.url.startsWith('chrome-extension://'),
    );
    const unexpected = folioRequests.filter(
      (r) => !(r.type === 'image' && (articleImages.has(r.url) || r.url.startsWith('https://'))),
    );
    expect(unexpected).toEqual([]);
    expect(folioRequests.every((r) => r.type === 'image')).toBe(true);
    console.log(
      `requests recorded: ${requests.length}; from Folio's pages: ${folioRequests.map((r) => `${r.type} ${r.url}`).join(', ') || 'none'}; ` +
        `service worker network watched: ${worker.attached} (${worker.requests.length} requests)`,
    );
    if (worker.attached)
      expect(worker.requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    expect(folioConsole).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('stress pages finish or say "too large", and the tab never freezes', async () => {
    const results: string[] = [];
    for (const stress of stressPages) {
      const page = await ext.context.newPage();
      listenToConsole(page);
      await page.goto(stressServer!.url(stress), {
        waitUntil: 'load',
        timeout: STRESS_WAIT_MS,
      });
      const tabId = await tabIdOf(ext, page);
      const popup = await openPopupTab(ext, tabId);
      const outcome = popup.getByRole('heading').filter({ hasText: /.+/ }).first();
      await outcome.waitFor({ timeout: STRESS_WAIT_MS });
      // Short pages may not pass the detector; the popup extracts them anyway, and their text must
      // come out right.
      if (stress.expectText !== null && !stress.big) {
        await popup.getByText(stress.expectText).first().waitFor({ timeout: STRESS_WAIT_MS });
      }
      const said = (await outcome.textContent())?.trim() ?? '';
      results.push(`${stress.name}: ${said}`);
      expect(said.length, stress.name).toBeGreaterThan(0);
      if (stress.name.startsWith('legacy-') || stress.name === 'rtl') {
        expect(await popup.getByText(stress.expectText!).count(), `${stress.name} text`).toBeGreaterThan(0);
        expect(await popup.locator('body').textContent(), `${stress.name} decoded`).not.toContain('\ufffd');
      }
      const started = Date.now();
      await page.evaluate(() => document.title);
      expect(Date.now() - started, `${stress.name} tab responsive`).toBeLessThan(RESPONSIVE_MS);
      await popup.close();
      await page.close();
    }
    console.log(`stress pages in Chromium:\n  ${results.join('\n  ')}`);
    expect(folioConsole).toEqual([]);
  }, 600_000);
});
