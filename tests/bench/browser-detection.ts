// bench:browser's detection pass: the built detection content script (dist/chrome/detect.js) run in
// real Chromium on every corpus page, its verdict (the message it sends) against the ground truth
// (corpus-truth.ts); on each miss the engine runs in the page too, as the popup then does.
// Pages are served from their own URLs through request interception, with their bytes as saved
// (no charset header: Chromium decodes them as it would have), and nothing else loads.
import { readFile } from 'node:fs/promises';
import type { Page, Route } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/harness/chromium';
import { CORPUS_SETS, type CorpusPage, corpusPages } from './corpus-pages';
import { isArticleByTruth } from './corpus-truth';
import type { DetectionOutcome } from './detection-tally';
import { runScript } from './page-script';

const PAGE_LOAD_TIMEOUT_MS = 20_000;
const IDLE_TIMEOUT_MS = 500;

/**
 * The built detection script, run in the page with a stand-in runtime so it does its full work;
 * records its main-thread time and the verdict it would have sent to the background.
 */
export function detectProbe(detectJs: string): string {
  return `(() => {
    window.__folioDetectVerdict = null;
    const stand = { runtime: { id: 'bench', sendMessage: (m) => {
      window.__folioDetectVerdict = m && m.result ? m.result.isArticle === true : null;
      return Promise.resolve();
    } } };
    const had = 'browser' in window;
    const previous = window.browser;
    window.browser = stand;
    const t0 = performance.now();
    try { ${detectJs}\n } catch (e) {}
    window.__folioDetectScriptMs = performance.now() - t0;
    if (had) window.browser = previous; else delete window.browser;
  })();`;
}

/**
 * Routes the context's http(s) requests for the pass: the first top-level request after `serve`
 * gets the saved page; frames, subresources and any redirect the page's own scripts try are not
 * fetched. Replaces the context's other routes.
 */
async function savedPageRoutes(
  ext: ExtensionBrowser,
  page: Page,
): Promise<(target: CorpusPage) => Promise<void>> {
  let body: Buffer | null = null;
  await ext.context.unrouteAll({ behavior: 'ignoreErrors' });
  await ext.context.route(/^https?:\/\//, (route: Route) => {
    const request = route.request();
    const served = body;
    if (served === null || !request.isNavigationRequest() || request.frame() !== page.mainFrame())
      return route.abort().catch(() => undefined);
    body = null;
    return route
      .fulfill({ status: 200, headers: { 'content-type': 'text/html' }, body: served })
      .catch(() => undefined);
  });
  return async (target) => {
    body = await readFile(target.file);
  };
}

/**
 * One outcome per corpus page that loaded (the first `perSet` of each set); `engineJs` defines
 * `FolioEngine` in the page.
 */
export async function detectionOnCorpora(
  ext: ExtensionBrowser,
  detectJs: string,
  engineJs: string,
  perSet = Number.POSITIVE_INFINITY,
): Promise<{ outcomes: DetectionOutcome[]; failed: string[] }> {
  const probe = detectProbe(detectJs);
  const outcomes: DetectionOutcome[] = [];
  const failed: string[] = [];
  const page = await ext.context.newPage();
  const serve = await savedPageRoutes(ext, page);
  try {
    const all = CORPUS_SETS.flatMap((set) => corpusPages(set).slice(0, perSet));
    for (const [i, target] of all.entries()) {
      process.stderr.write(`\rdetection ${i + 1}/${all.length} pages`);
      const key = `${target.set}/${target.id}`;
      await serve(target);
      const problem = await page
        .goto(target.url, { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS })
        .then(() => null)
        .catch((error: unknown) => String(error).split('\n')[0]);
      if (problem !== null) {
        failed.push(`${key} (${problem})`);
        continue;
      }
      try {
        await page.evaluate(
          (ms) => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: ms })),
          IDLE_TIMEOUT_MS,
        );
        await page.evaluate(probe);
        const detected = (await page.evaluate('window.__folioDetectVerdict')) === true;
        const truth = isArticleByTruth(target);
        const outcome: DetectionOutcome = { set: target.set, id: target.id, truth, detected };
        if (truth && !detected) {
          // As a script, as the timing pass runs it: evaluated as an expression it fails.
          await runScript(page, engineJs);
          outcome.engineFinds = (await page.evaluate(
            'FolioEngine.extractArticle(document, { url: location.href }).isArticle === true',
          )) as boolean;
        }
        outcomes.push(outcome);
      } catch (error) {
        failed.push(`${key} (${String(error).split('\n')[0]})`);
      }
    }
    process.stderr.write('\n');
  } finally {
    await page.close();
  }
  return { outcomes, failed };
}
