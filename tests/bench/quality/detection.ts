// bench:quality's detection section: the pure detector (src/core/detect, what the content script
// runs) on every corpus page against the ground truth (corpus-truth.ts); for each miss the engine
// runs too, since the popup shows what it finds (issue 15). Pages are decoded and parsed as the
// folio command does, in child processes of PAGES_PER_WORKER pages: jsdom keeps memory of every
// window even after close() (one process over the 878 pages grew past 4 GB).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../../src/cli/detect-encoding';
import { parseHtml } from '../../../src/cli/parse-html';
import { isProbablyArticle } from '../../../src/core/detect/is-probably-article';
import { extractArticle } from '../../../src/lib/index';
import { CORPUS_SETS, type CorpusPage, type CorpusSet, corpusPages, REPO_ROOT } from '../corpus-pages';
import { isArticleByTruth } from '../corpus-truth';
import { type DetectionOutcome, formatDetection, tallyDetection } from '../detection-tally';
import { onJsonLines } from '../json-lines';

const SELF = fileURLToPath(import.meta.url);
const PAGES_PER_WORKER = 60;

function judge(page: CorpusPage): DetectionOutcome {
  const { text } = decodeHtml(readFileSync(page.file));
  const { document, window } = parseHtml(text, page.url);
  try {
    const truth = isArticleByTruth(page);
    const detected = isProbablyArticle(document, { url: page.url }).isArticle;
    const outcome: DetectionOutcome = { set: page.set, id: page.id, truth, detected };
    // Detection only read the document: the engine gets it as it was parsed.
    if (truth && !detected) outcome.engineFinds = extractArticle(document, { url: page.url }).isArticle;
    return outcome;
  } finally {
    window.close();
  }
}

function runChunk(set: CorpusSet, from: number, to: number, out: DetectionOutcome[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SELF, '--worker', set, String(from), String(to)],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    onJsonLines<DetectionOutcome>(child.stdout, (line) => out.push(line));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${set} ${from}-${to}: ${code}`))));
  });
}

/** Prints the per-set table; `page` keeps only pages whose id starts with it. */
export async function runDetection(opts: { page: string | null }): Promise<Record<string, number>> {
  const outcomes: DetectionOutcome[] = [];
  for (const set of CORPUS_SETS) {
    const count = corpusPages(set).length;
    for (let from = 0; from < count; from += PAGES_PER_WORKER) {
      await runChunk(set, from, Math.min(count, from + PAGES_PER_WORKER), outcomes);
      process.stderr.write(`\r  ${outcomes.length} pages`);
    }
  }
  process.stderr.write('\n');
  const kept = opts.page ? outcomes.filter((o) => o.id.startsWith(opts.page!)) : outcomes;
  for (const line of formatDetection(kept)) console.log(line);
  const figures: Record<string, number> = {};
  for (const [set, t] of tallyDetection(kept)) {
    figures[`${set}.misses`] = t.misses.length;
    figures[`${set}.falseAlarms`] = t.falseAlarms.length;
  }
  return figures;
}

const args = process.argv.slice(2);
if (args[0] === '--worker') {
  const [, set, from, to] = args;
  for (const page of corpusPages(set as CorpusSet).slice(Number(from), Number(to)))
    process.stdout.write(`${JSON.stringify(judge(page))}\n`);
}
