// readability-pages section of `npm run bench:quality` (also alone: `npx tsx
// tests/bench/quality/readability-pages.ts`): title / byline / siteName / publishedTime agreement
// with expected-metadata.json, and `readerable` agreement, Folio beside Mozilla Readability.
// The expected values are Readability's own snapshot, so Readability starts near 1.0 by design;
// the figures show where Folio departs from it. Comparison: folded text equality; a null expected
// value agrees with an empty answer; publishedTime agrees on the same instant (±24 h).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isProbablyArticle } from '../../../src/core/detect/is-probably-article';
import { collectMetadata } from '../../../src/core/metadata/collect-metadata';
import { isoToEpoch, parseDate } from '../../../src/core/metadata/date';
import { fold } from '../../../src/core/metadata/text';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const REPO_ROOT = path.resolve(HERE, '../../..');
const TEST_URL = 'http://fakehost/test/page.html';
const DAY_MS = 86_400_000;
const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'readerable'] as const;
type Field = (typeof FIELDS)[number];

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

const quiet = new VirtualConsole();
const parse = (html: string) => new JSDOM(html, { url: TEST_URL, virtualConsole: quiet }).window.document;

function same(field: Field, want: unknown, got: unknown): boolean {
  if (field === 'readerable') return want === got;
  const w = typeof want === 'string' ? want : '';
  const g = typeof got === 'string' ? got : '';
  if (field === 'publishedTime') {
    if (!w) return !g;
    const a = isoToEpoch(parseDate(w));
    const b = isoToEpoch(parseDate(g));
    return !Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) < DAY_MS;
  }
  if (field === 'byline') return fold(w.replace(/^by\s+/i, '')) === fold(g.replace(/^by\s+/i, ''));
  return fold(w) === fold(g);
}

export async function runReadabilityPages(
  opts: { worst?: number; corpusDir?: string; folioOnly?: boolean } = {},
): Promise<Record<string, number>> {
  const corpus = opts.corpusDir ?? path.resolve(REPO_ROOT, '../shared/corpus');
  const root = path.join(corpus, 'readability-pages');
  if (!existsSync(root)) {
    console.log('readability-pages not found; skipped');
    return {};
  }
  const folio: Record<Field, number> = { title: 0, byline: 0, siteName: 0, publishedTime: 0, readerable: 0 };
  const readability: Record<Field, number> = { ...folio };
  const misses: string[] = [];
  const detectTimes: number[] = [];
  const readerableTimes: number[] = [];
  let n = 0;
  for (const name of readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const metaFile = path.join(dir, 'expected-metadata.json');
    if (!existsSync(metaFile)) continue;
    const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
    const want = JSON.parse(readFileSync(metaFile, 'utf8')) as Expected;
    n++;
    const doc = parse(html);
    const t0 = performance.now();
    const det = isProbablyArticle(doc, { url: TEST_URL });
    detectTimes.push(performance.now() - t0);
    const meta = collectMetadata(doc, TEST_URL);
    const f: Record<Field, unknown> = {
      title: meta.title,
      byline: meta.byline,
      siteName: meta.siteName,
      publishedTime: meta.publishedTime,
      readerable: det.isArticle,
    };
    // The gate runs Folio alone (--folio-only): Readability's column then stays empty.
    const rdoc = opts.folioOnly ? null : parse(html);
    const t1 = performance.now();
    const readerable = rdoc ? isProbablyReaderable(rdoc) : false;
    if (rdoc) readerableTimes.push(performance.now() - t1);
    const r = rdoc ? new Readability(rdoc).parse() : null;
    const rv: Record<Field, unknown> = {
      title: r?.title ?? '',
      byline: r?.byline ?? '',
      siteName: r?.siteName ?? '',
      publishedTime: r?.publishedTime ?? '',
      readerable,
    };
    for (const k of FIELDS) {
      const okF = same(k, want[k], f[k]);
      folio[k] += Number(okF);
      readability[k] += Number(same(k, want[k], rv[k]));
      if (!okF)
        misses.push(
          `${name} ${k}: want ${JSON.stringify(want[k])} got ${JSON.stringify(f[k])}${k === 'readerable' ? ` (${det.reason})` : ''}`,
        );
    }
  }
  const out: Record<string, number> = {};
  console.log(`pages: ${n}`);
  console.log('field          Folio   Readability');
  for (const k of FIELDS) {
    out[k] = folio[k] / (n || 1);
    const theirs = opts.folioOnly ? '-' : (readability[k] / (n || 1)).toFixed(3);
    console.log(`${k.padEnd(14)} ${out[k]!.toFixed(3)}   ${theirs}`);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  // Both measured on a freshly parsed document, so both pay jsdom's first-query cost.
  console.log(
    `detection median per page: isProbablyArticle ${med(detectTimes).toFixed(3)} ms, isProbablyReaderable ${med(readerableTimes).toFixed(3)} ms`,
  );
  const worst = opts.worst ?? 5;
  if (worst > 0) {
    console.log(`\nFirst ${worst * 3} disagreements:`);
    for (const m of misses.slice(0, worst * 3)) console.log(`- ${m}`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--worst');
  await runReadabilityPages({ worst: i >= 0 ? Number(argv[i + 1]) : 10 });
}
