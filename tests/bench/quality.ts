// `npm run bench:quality`: Folio against Mozilla Readability on the real pages of ../shared/corpus,
// same DOM implementation (jsdom), same run. Sections: scrapinghub (body F1), fundus and
// readability-pages (ENGINE-META's modules, loaded when present), seed (expected.json), detection
// misses and false alarms on every corpus (quality-detection.ts).
// Flags: --only scrapinghub|fundus|readability|seed|detection, --worst N, --check, --write-baseline,
// --page ID-PREFIX, --folio-only (skip running Readability while tuning).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/core/extract-article';
import { runDetection } from './quality-detection';
import { docF1, type Summary, scoreDoc, summarize, unmatchedBlocks } from './quality-score';
import { runSeed } from './quality-seed';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const REPO_ROOT = path.resolve(HERE, '../..');
const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const SEED_DIR = path.resolve(REPO_ROOT, '../shared/fixtures/seed-article');
const BASELINE_FILE = path.join(HERE, 'quality-baseline.json');
// The gate tolerates this much loss against the committed baseline (issue 2, "quality gate").
const CHECK_TOLERANCE = 0.01;
const REFERENCE_SYSTEMS = ['readability_js', 'trafilatura', 'rs_trafilatura', 'newspaper', 'go_domdistiller'];

interface Options {
  only: string | null;
  worst: number;
  check: boolean;
  writeBaseline: boolean;
  page: string | null;
  /** Skip Readability (quicker tuning runs); its column then shows the corpus reference output. */
  folioOnly: boolean;
}

type Figures = Record<string, number>;
interface Baseline {
  scrapinghub?: Figures;
  fundus?: Figures;
  readability?: Figures;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    only: null,
    worst: 5,
    check: false,
    writeBaseline: false,
    page: null,
    folioOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only = argv[++i] ?? null;
    else if (a === '--worst') opts.worst = Number(argv[++i] ?? 5);
    else if (a === '--check') opts.check = true;
    else if (a === '--write-baseline') opts.writeBaseline = true;
    else if (a === '--page') opts.page = argv[++i] ?? null;
    else if (a === '--seed') opts.only = 'seed';
    else if (a === '--folio-only') opts.folioOnly = true;
  }
  return opts;
}

const quietConsole = new VirtualConsole();

const STYLE_ELEMENT_RE = /<style[\s>][\s\S]*?<\/style>/gi;

/**
 * jsdom throws on some stylesheets it cannot parse (scrapinghub f5c90a6d: a Sass expression left in
 * calc()); such a page is parsed again without its <style> elements, for both systems alike.
 */
export function parsePage(html: string, url: string): Document {
  try {
    return new JSDOM(html, { url, virtualConsole: quietConsole }).window.document;
  } catch {
    return new JSDOM(html.replace(STYLE_ELEMENT_RE, ''), { url, virtualConsole: quietConsole }).window
      .document;
  }
}

const fmt = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);

function printSummaryRow(name: string, s: Summary, extra = '') {
  console.log(
    `${pad(name, 22)} F1 ${fmt(s.f1)}  P ${fmt(s.precision)}  R ${fmt(s.recall)}  acc ${fmt(s.accuracy)}  n=${s.n}${extra}`,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
}

async function runScrapinghub(opts: Options): Promise<Figures> {
  const dir = path.join(CORPUS, 'scrapinghub-dev');
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  let ids = Object.keys(truth).sort();
  if (opts.page) ids = ids.filter((id) => id.startsWith(opts.page!));

  console.log('\n== scrapinghub-dev: article body (corpus README scoring) ==');
  // Validate the scorer on the reference systems: readability_js must give 0.946, trafilatura 0.958.
  for (const sys of REFERENCE_SYSTEMS) {
    const file = path.join(dir, 'reference', `${sys}.json`);
    if (!existsSync(file)) continue;
    const ref = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody?: string }>;
    printSummaryRow(
      `ref ${sys}`,
      summarize(ids.map((id) => scoreDoc(truth[id]!.articleBody, ref[id]?.articleBody ?? ''))),
    );
  }

  const folio: ReturnType<typeof scoreDoc>[] = [];
  const readab: ReturnType<typeof scoreDoc>[] = [];
  const rows: { id: string; f: number; r: number; pred: string; truth: string; note: string }[] = [];
  const ratios: number[] = [];
  const refReadability = JSON.parse(
    readFileSync(path.join(dir, 'reference', 'readability_js.json'), 'utf8'),
  ) as Record<string, { articleBody?: string }>;
  let folioMs = 0;
  let readMs = 0;
  for (const id of ids) {
    const { articleBody, url } = truth[id]!;
    const html = readFileSync(path.join(dir, 'html', `${id}.html`), 'utf8');
    const doc = parsePage(html, url);
    const t0 = performance.now();
    const res = extractArticle(doc, { url });
    const t1 = performance.now();
    const pred = res.isArticle ? res.text : '';
    const note = res.isArticle ? '' : `no article: ${res.reason} ${res.message}`;
    let rtext = refReadability[id]?.articleBody ?? '';
    let t2 = 0;
    let t3 = 0;
    if (!opts.folioOnly) {
      const rdoc = parsePage(html, url);
      t2 = performance.now();
      try {
        rtext = new Readability(rdoc.cloneNode(true) as Document).parse()?.textContent ?? '';
      } catch {
        rtext = '';
      }
      t3 = performance.now();
    }
    folioMs += t1 - t0;
    readMs += t3 - t2;
    if (t3 - t2 > 0) ratios.push((t1 - t0) / (t3 - t2));
    const fs = scoreDoc(articleBody, pred);
    const rs = scoreDoc(articleBody, rtext);
    folio.push(fs);
    readab.push(rs);
    rows.push({ id, f: docF1(fs), r: docF1(rs), pred, truth: articleBody, note });
  }
  const fsum = summarize(folio);
  const rsum = summarize(readab);
  console.log('');
  printSummaryRow('Folio', fsum, `  time ${folioMs.toFixed(0)} ms`);
  if (opts.folioOnly) console.log('Readability (jsdom)    not run (--folio-only)');
  else {
    printSummaryRow('Readability (jsdom)', rsum, `  time ${readMs.toFixed(0)} ms`);
    console.log(`Folio/Readability time ratio: median ${median(ratios).toFixed(2)}`);
  }

  rows.sort((a, b) => a.f - b.f);
  if (opts.worst > 0) {
    console.log(`\nWorst ${opts.worst} pages (Folio page F1 vs Readability's):`);
    for (const row of rows.slice(0, opts.worst)) {
      console.log(`\n- ${row.id.slice(0, 12)}  Folio ${fmt(row.f)}  Readability ${fmt(row.r)}  ${row.note}`);
      for (const m of unmatchedBlocks(row.truth, row.pred, 4)) console.log(`    missing: ${m}`);
      for (const e of unmatchedBlocks(row.pred, row.truth, 4)) console.log(`    extra:   ${e}`);
    }
  }
  return { f1: fsum.f1, precision: fsum.precision, recall: fsum.recall, accuracy: fsum.accuracy };
}

interface SectionModule {
  [name: string]: unknown;
}

async function loadSection(file: string): Promise<SectionModule | null> {
  const full = path.join(HERE, file);
  if (!existsSync(full)) return null;
  return (await import(pathToFileURL(full).href)) as SectionModule;
}

function sectionOpts(opts: Options) {
  return {
    corpusDir: CORPUS,
    repoRoot: REPO_ROOT,
    worst: opts.worst,
    page: opts.page,
    folioOnly: opts.folioOnly,
    parsePage,
  };
}

async function runFundusSection(opts: Options): Promise<Figures | null> {
  const mod = await loadSection('quality-fundus.ts');
  if (!mod || typeof mod.runFundus !== 'function') {
    console.log('\n== fundus-dev: section not available yet (tests/bench/quality-fundus.ts) ==');
    return null;
  }
  console.log('\n== fundus-dev ==');
  return (await (mod.runFundus as (o: unknown) => Promise<Figures>)(sectionOpts(opts))) ?? null;
}

async function runReadabilitySection(opts: Options): Promise<Figures | null> {
  const mod = await loadSection('quality-readability-pages.ts');
  if (!mod || typeof mod.runReadabilityPages !== 'function') {
    console.log('\n== readability-pages: section not available yet ==');
    return null;
  }
  console.log('\n== readability-pages ==');
  const out = await (mod.runReadabilityPages as (o: unknown) => Promise<Figures | undefined>)(
    sectionOpts(opts),
  );
  return out ?? null;
}

function compare(name: string, now: Figures | null, base: Figures | undefined, keys: string[]): string[] {
  if (!now || !base) return [];
  const fails: string[] = [];
  for (const k of keys) {
    const b = base[k];
    const n = now[k];
    if (typeof b !== 'number' || typeof n !== 'number') continue;
    if (n < b - CHECK_TOLERANCE)
      fails.push(`${name}.${k}: ${fmt(n)} < baseline ${fmt(b)} - ${CHECK_TOLERANCE}`);
  }
  return fails;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const want = (s: string) => !opts.only || opts.only === s;
  const failures: string[] = [];

  if (want('seed')) failures.push(...runSeed(SEED_DIR, parsePage).map((f) => `seed: ${f}`));

  if (!existsSync(CORPUS)) {
    console.log(`\n${CORPUS} is missing: corpus sections skipped.`);
    process.exit(opts.check && failures.length ? 1 : 0);
  }

  const now: Baseline = {};
  if (want('scrapinghub')) now.scrapinghub = await runScrapinghub(opts);
  if (want('fundus')) now.fundus = (await runFundusSection(opts)) ?? undefined;
  if (want('readability')) now.readability = (await runReadabilitySection(opts)) ?? undefined;
  if (want('detection')) {
    console.log('\n== detection on every corpus: misses and false alarms against the ground truth ==');
    await runDetection({ page: opts.page });
  }

  if (opts.check) {
    const base = existsSync(BASELINE_FILE)
      ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline)
      : ({} as Baseline);
    failures.push(...compare('scrapinghub', now.scrapinghub ?? null, base.scrapinghub, ['f1']));
    failures.push(...compare('fundus', now.fundus ?? null, base.fundus, Object.keys(base.fundus ?? {})));
    console.log(failures.length ? '\nquality check FAILED:' : '\nquality check passed');
    for (const f of failures) console.log(`  ${f}`);
  }
  if (opts.writeBaseline) {
    const prev = existsSync(BASELINE_FILE)
      ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline)
      : ({} as Baseline);
    const round = (f: Figures | undefined) =>
      f
        ? Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 10000) / 10000]))
        : undefined;
    const next: Baseline = {
      scrapinghub: round(now.scrapinghub) ?? prev.scrapinghub,
      fundus: round(now.fundus) ?? prev.fundus,
      readability: round(now.readability) ?? prev.readability,
    };
    writeFileSync(BASELINE_FILE, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`\nbaseline written: ${path.relative(REPO_ROOT, BASELINE_FILE)}`);
  }
  process.exit(opts.check && failures.length ? 1 : 0);
}

await main();
