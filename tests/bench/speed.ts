// `npm run bench:speed`: Folio's extractArticle against Mozilla Readability's parse() on the real pages
// of ../shared/corpus (scrapinghub-dev, readability-pages, fundus-dev), on the same pages in the same
// run; and isProbablyArticle against isProbablyReaderable. Each system gets its own jsdom document
// (Readability mutates its input, so it gets a fresh untimed clone every round); the order of the two
// alternates from round to round so neither always runs with a warm cache.
//   npm run bench:speed [-- --rounds N] [--limit N] [--set scrapinghub-dev|readability-pages|fundus-dev]
//                       [--no-batch | --batch-only] [--batch-pages N]
// Then the batch section (speed-batch.ts): the built `folio extract` over a corpus folder in one call
// against Readability + jsdom in one process.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { decodeHtml } from '../../src/cli/detect-encoding';
import { parseHtml } from '../../src/cli/parse-html';
import { extractArticle, isProbablyArticle } from '../../src/lib/index';
import { onJsonLines } from './json-lines';
import { BATCH_PAGES, batchSection } from './speed-batch';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const DEFAULT_ROUNDS = 3;
/** Detection is sub-millisecond: repeat it so the timer's resolution does not dominate. */
const DETECT_REPEATS = 5;
/** Issue 2 targets. */
const TARGET_EXTRACT_RATIO = 1.0;
const TARGET_DETECT_MEDIAN_MS = 1.0;
/**
 * Pages measured per child process: jsdom keeps some memory of every window even after close()
 * (about 5 MB a page on readability-pages), so one process for all 342 pages runs out of heap.
 */
const PAGES_PER_WORKER = 30;
const SELF = fileURLToPath(import.meta.url);
/** Readability's test pages all use this URL (corpus README). */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

interface CorpusPage {
  set: string;
  id: string;
  file: string;
  url: string;
}

interface PageTiming {
  page: CorpusPage;
  bytes: number;
  folioMs: number;
  readabilityMs: number;
  ratio: number;
  detectMs: number;
  readerableMs: number;
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function scrapinghubPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'scrapinghub-dev');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  return Object.entries(truth)
    .map(([id, entry]) => ({
      set: 'scrapinghub-dev',
      id,
      file: path.join(dir, 'html', `${id}.html`),
      url: entry.url,
    }))
    .filter((page) => existsSync(page.file));
}

function readabilityPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'readability-pages');
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({
      set: 'readability-pages',
      id: name,
      file: path.join(dir, name, 'source.html'),
      url: READABILITY_TEST_URL,
    }));
}

function fundusPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'fundus-dev');
  const pages: CorpusPage[] = [];
  for (const country of readdirSync(dir).sort()) {
    const countryDir = path.join(dir, country);
    if (!statSync(countryDir).isDirectory()) continue;
    const metaFile = path.join(countryDir, 'meta.info');
    const meta = existsSync(metaFile)
      ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, { url?: string }>)
      : {};
    for (const name of readdirSync(countryDir).sort()) {
      if (!name.endsWith('.html')) continue;
      const url = meta[`${name}.gz`]?.url ?? meta[name]?.url ?? `https://${country}.fundus.example/${name}`;
      pages.push({ set: 'fundus-dev', id: `${country}/${name}`, file: path.join(countryDir, name), url });
    }
  }
  return pages;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function measurePage(page: CorpusPage, rounds: number): PageTiming {
  const bytes = readFileSync(page.file);
  const { text } = decodeHtml(bytes);
  // The folio command's parser for both: jsdom throws on some pages' CSS, which it works around.
  const folioDom = parseHtml(text, page.url);
  const readabilityDom = parseHtml(text, page.url);
  const folioDoc = folioDom.document;
  const pristine = readabilityDom.document;
  const folioTimes: number[] = [];
  const readabilityTimes: number[] = [];
  const runFolio = () => folioTimes.push(time(() => extractArticle(folioDoc, { url: page.url })));
  const runReadability = () => {
    const copy = pristine.cloneNode(true) as Document;
    readabilityTimes.push(time(() => new Readability(copy).parse()));
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      runFolio();
      runReadability();
    } else {
      runReadability();
      runFolio();
    }
  }
  const detectTimes: number[] = [];
  const readerableTimes: number[] = [];
  for (let i = 0; i < DETECT_REPEATS; i++) {
    if (i % 2 === 0) {
      detectTimes.push(time(() => isProbablyArticle(folioDoc, { url: page.url })));
      readerableTimes.push(time(() => isProbablyReaderable(pristine)));
    } else {
      readerableTimes.push(time(() => isProbablyReaderable(pristine)));
      detectTimes.push(time(() => isProbablyArticle(folioDoc, { url: page.url })));
    }
  }
  folioDom.window.close();
  readabilityDom.window.close();
  const folioMs = median(folioTimes);
  const readabilityMs = median(readabilityTimes);
  return {
    page,
    bytes: bytes.length,
    folioMs,
    readabilityMs,
    ratio: folioMs / Math.max(readabilityMs, 0.01),
    detectMs: median(detectTimes),
    readerableMs: median(readerableTimes),
  };
}

function fmt(ms: number): string {
  return Number.isNaN(ms) ? '-' : ms.toFixed(ms < 10 ? 2 : 1);
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/** Worker mode: measure pages [from, to) of one set and print one JSON line per page. */
function worker(args: string[]): void {
  const set = option(args, '--worker')!;
  const from = Number(option(args, '--from'));
  const to = Number(option(args, '--to'));
  const rounds = Number(option(args, '--rounds') ?? DEFAULT_ROUNDS);
  const pages = allSets().find((list) => list[0]?.set === set) ?? [];
  for (const page of pages.slice(from, to)) {
    try {
      process.stdout.write(`${JSON.stringify(measurePage(page, rounds))}\n`);
    } catch (error) {
      process.stdout.write(
        `${JSON.stringify({ skipped: `${page.set}/${page.id}`, error: String(error).split('\n')[0] })}\n`,
      );
    }
  }
}

function allSets(): CorpusPage[][] {
  return [scrapinghubPages(), readabilityPages(), fundusPages()];
}

/** Runs one worker and collects its timings, reporting progress as lines arrive. */
function runWorker(
  set: string,
  from: number,
  to: number,
  rounds: number,
  onPage: () => void,
): Promise<PageTiming[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        SELF,
        '--worker',
        set,
        '--from',
        String(from),
        '--to',
        String(to),
        '--rounds',
        String(rounds),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const timings: PageTiming[] = [];
    onJsonLines<PageTiming | { skipped: string; error: string }>(child.stdout, (parsed) => {
      if ('skipped' in parsed) console.log(`\n  skipped ${parsed.skipped}: ${parsed.error}`);
      else timings.push(parsed);
      onPage();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(timings) : reject(new Error(`worker ${set} ${from}-${to} exited ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!existsSync(CORPUS)) {
    console.error(`corpus not found at ${CORPUS}`);
    process.exit(1);
  }
  if (option(args, '--worker')) {
    worker(args);
    return;
  }
  const batchPages = Number(option(args, '--batch-pages') ?? BATCH_PAGES);
  if (args.includes('--batch-only')) return batchSection(batchPages);
  const rounds = Number(option(args, '--rounds') ?? DEFAULT_ROUNDS);
  const limit = Number(option(args, '--limit') ?? Number.POSITIVE_INFINITY);
  const onlySet = option(args, '--set');
  const sets = allSets()
    .map((pages) => pages.slice(0, limit))
    .filter((pages) => pages.length > 0 && (!onlySet || pages[0]!.set === onlySet));
  console.log(
    `bench:speed: ${rounds} alternating rounds per page, medians in ms (jsdom, Node ${process.version})\n`,
  );
  const all: PageTiming[] = [];
  const header = `${'set'.padEnd(20)}${'pages'.padStart(6)}${'Folio'.padStart(10)}${'Readab.'.padStart(10)}${'ratio'.padStart(8)}${'detect'.padStart(9)}${'p95'.padStart(8)}${'readerable'.padStart(12)}${'p95'.padStart(8)}`;
  const lines: string[] = [];
  for (const pages of sets) {
    const set = pages[0]!.set;
    const timings: PageTiming[] = [];
    let done = 0;
    for (let from = 0; from < pages.length; from += PAGES_PER_WORKER) {
      const to = Math.min(pages.length, from + PAGES_PER_WORKER);
      timings.push(
        ...(await runWorker(set, from, to, rounds, () => {
          done++;
          process.stdout.write(`\r  ${set}: ${done}/${pages.length}`);
        })),
      );
    }
    process.stdout.write('\n');
    all.push(...timings);
    lines.push(row(set, timings));
  }
  console.log(`\n${header}`);
  for (const line of lines) console.log(line);
  console.log(row('all', all));

  const worst = [...all].sort((a, b) => b.ratio - a.ratio).slice(0, 8);
  console.log('\nslowest pages relative to Readability (ratio = Folio / Readability):');
  for (const t of worst) {
    console.log(
      `  ${t.ratio.toFixed(2).padStart(6)}  Folio ${fmt(t.folioMs).padStart(7)} ms  Readability ${fmt(t.readabilityMs).padStart(7)} ms  ${(t.bytes / 1024).toFixed(0).padStart(5)} KB  ${t.page.set}/${t.page.id}`,
    );
  }
  const overallRatio = median(all.map((t) => t.ratio));
  const detectMedian = median(all.map((t) => t.detectMs));
  console.log('\ntargets:');
  console.log(
    `  ${overallRatio <= TARGET_EXTRACT_RATIO ? 'PASS' : 'FAIL'}  extraction median ratio Folio/Readability ${overallRatio.toFixed(2)} (target <= ${TARGET_EXTRACT_RATIO.toFixed(1)})`,
  );
  console.log(
    `  ${detectMedian <= TARGET_DETECT_MEDIAN_MS ? 'PASS' : 'FAIL'}  isProbablyArticle median ${fmt(detectMedian)} ms, p95 ${fmt(
      percentile(
        all.map((t) => t.detectMs),
        95,
      ),
    )} ms (target <= ${TARGET_DETECT_MEDIAN_MS} ms median; isProbablyReaderable ${fmt(median(all.map((t) => t.readerableMs)))} ms)`,
  );
  if (!args.includes('--no-batch')) await batchSection(batchPages);
}

function row(label: string, timings: PageTiming[]): string {
  const folio = median(timings.map((t) => t.folioMs));
  const readability = median(timings.map((t) => t.readabilityMs));
  const ratio = median(timings.map((t) => t.ratio));
  const detect = timings.map((t) => t.detectMs);
  const readerable = timings.map((t) => t.readerableMs);
  return `${label.padEnd(20)}${String(timings.length).padStart(6)}${fmt(folio).padStart(10)}${fmt(readability).padStart(10)}${ratio.toFixed(2).padStart(8)}${fmt(median(detect)).padStart(9)}${fmt(percentile(detect, 95)).padStart(8)}${fmt(median(readerable)).padStart(12)}${fmt(percentile(readerable, 95)).padStart(8)}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
