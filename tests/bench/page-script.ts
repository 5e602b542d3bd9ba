// Our scripts run in the benchmarks' pages as classic scripts, then their elements leave the page:
// the extension's scripts run in a world of their own and are no element of the page. Left in
// <head>, 500 KB of our own source is page text no real page holds, and the engine read it where it
// read the page (the lines before a headline that opens the body, before 8baf9ef: a 14-element page
// took 3.0 ms with it, 0.56 ms without, CPU profile).
import type { Page } from 'playwright-core';

/** Runs `content` in `page` as a classic script (its declarations become globals), leaving no element. */
export async function runScript(page: Page, content: string): Promise<void> {
  const tag = await page.addScriptTag({ content });
  await tag.evaluate((el) => (el as Element).remove());
  await tag.dispose();
}

/**
 * Runs `content` where the extension's content scripts run: in an isolated world of the page's main
 * frame, a global of its own over the same DOM, compiled as a classic script. There the page's own
 * wrappers of addEventListener or setInterval (monitoring libraries patch them) are not in the way:
 * the detection script's first run took 1.2 ms in the page's world against 1.0 ms in its own
 * (median over the scrapinghub pages, order alternated). Returns `read` evaluated in that world.
 * Chromium only (CDP).
 */
export async function runInContentWorld(page: Page, content: string, read: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'folio-bench',
    });
    const compiled = await cdp.send('Runtime.compileScript', {
      expression: content,
      sourceURL: 'content-script.js',
      persistScript: true,
      executionContextId,
    });
    if (!compiled.scriptId) throw new Error(compiled.exceptionDetails?.text ?? 'the script did not compile');
    await cdp.send('Runtime.runScript', { scriptId: compiled.scriptId, executionContextId });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: read,
      contextId: executionContextId,
      returnByValue: true,
    });
    return result.value;
  } finally {
    await cdp.detach();
  }
}
