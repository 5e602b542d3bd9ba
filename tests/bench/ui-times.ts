// The UI timings of `npm run bench:browser`:
//  - popup time to content: navigation start → article title rendered (the popup marks it);
//  - reader opening time: on a freshly loaded page, what the keyboard shortcut does (inject the
//    reader script, extract, render the view into its shadow root), timed in the background from the
//    request to the answer, which comes after the view is on the page.
import type { Page } from 'playwright-core';
import { READER_FILES } from '../../src/extension/injected-scripts';
import { type ExtensionBrowser, tabIdOf } from '../e2e/harness/chromium';

const PAGE_LOAD_TIMEOUT_MS = 20_000;
const POPUP_TIMEOUT_MS = 10_000;

/** The two chrome.* calls made in the worker (cast only: the function runs there, serialized). */
type WorkerScope = typeof globalThis & {
  chrome: {
    scripting: { executeScript(details: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  };
};

/** Opening times (ms) of the in-page reader on up to `samples` of `files` that open as articles. */
export async function readerOpenTimes(
  ext: ExtensionBrowser,
  files: readonly string[],
  samples: number,
): Promise<number[]> {
  const times: number[] = [];
  const page = await ext.context.newPage();
  for (const file of files) {
    if (times.length >= samples) break;
    try {
      await page.goto(ext.server.url(file), { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS });
    } catch {
      continue;
    }
    const tabId = await tabIdOf(ext, page);
    const ms = await ext.worker.evaluate(
      async ([id, files]: [number, string[]]) => {
        const { chrome } = globalThis as WorkerScope;
        const t0 = performance.now();
        await chrome.scripting.executeScript({ target: { tabId: id }, files });
        const answer = (await chrome.tabs.sendMessage(id, { type: 'folio/toggle-reader', open: true })) as {
          open?: boolean;
        };
        return answer?.open === true ? performance.now() - t0 : -1;
      },
      [tabId, [...READER_FILES]] as [number, string[]],
    );
    const isArticle = await page.evaluate(
      () => document.querySelector('[data-folio-reader]')?.shadowRoot?.querySelector('article') !== null,
    );
    if (ms > 0 && isArticle) times.push(ms);
  }
  await page.close();
  return times;
}

/** Opens the popup page for `tabId` and resolves with its time to content (ms), or -1. */
async function openPopupTimed(ext: ExtensionBrowser, popup: Page, tabId: number): Promise<number> {
  await popup.goto('about:blank');
  await popup.goto(ext.popupUrl(tabId));
  return popup
    .waitForFunction(
      () =>
        performance.getEntriesByName('folio:article-shown')[0]?.startTime ??
        (document.querySelector('.notice') ? -1 : 0),
      null,
      { timeout: POPUP_TIMEOUT_MS, polling: 'raf' },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => -1);
}

/**
 * Popup time to content, navigation start → title rendered. "first open": on a freshly loaded page
 * (the reader script is injected then); "second open": again on the same page.
 */
export async function popupTimeToContent(
  ext: ExtensionBrowser,
  files: readonly string[],
  samples: number,
): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  const page = await ext.context.newPage();
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  for (const file of files) {
    if (cold.length >= samples) break;
    try {
      await page.goto(ext.server.url(file), { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS });
    } catch {
      continue;
    }
    const tabId = await tabIdOf(ext, page);
    const first = await openPopupTimed(ext, popup, tabId);
    const second = await openPopupTimed(ext, popup, tabId);
    if (first > 0) cold.push(first);
    if (second > 0) warm.push(second);
  }
  await popup.close();
  await page.close();
  return { cold, warm };
}
