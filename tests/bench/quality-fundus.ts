// Fundus section of `npm run bench:quality` (also runs alone: `npx tsx tests/bench/quality-fundus.ts
// [--worst N] [--direct] [--page NAME]`). Folio against Mozilla Readability on ../shared/corpus/fundus-dev:
// title, date, authors, body recall, caption recall and credit recall, side by side.
//
// Matching rules (kept equal for both systems):
// - title: exact after folding (case, accents, punctuation, spacing).
// - date: same instant within a day: both readable and |Δ| < 24 h (an offset-less time is read as
//   UTC, so a page that states local time without a zone still matches its own day); truth null
//   matches an empty answer only.
// - authors: the folded name sets are equal (all truth names found, nothing extra). Readability's
//   byline string is split with the same name splitter Folio uses, so only the source differs.
// - body: shingle recall (corpus README scoring) of the truth paragraphs in the body text.
// - caption: a truth image with a caption counts when a figure caption contains it after folding,
//   or has token F1 ≥ 0.8 with it. Readability has no figures: its content's <figcaption>s are used.
// - credit: a truth image with credit names counts when the figure matched to it (by caption, else
//   by image file name) has a credit holding every name after folding ("Bild:"/"Foto:" labels that
//   fundus keeps in the name are dropped first). Readability: 0 by construction.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isProbablyArticle } from '../../src/core/detect/is-probably-article';
import { normalizeAuthors } from '../../src/core/metadata/authors';
import { collectMetadata } from '../../src/core/metadata/collect-metadata';
import { isoToEpoch, parseDate } from '../../src/core/metadata/date';
import { fold } from '../../src/core/metadata/text';
import type { Figure } from '../../src/core/types';
import { scoreDoc } from './quality-score';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const REPO_ROOT = path.resolve(HERE, '../..');
const DAY_MS = 86_400_000;
// Token F1 at which a caption counts as found though worded slightly differently (spacing, quotes).
const CAPTION_F1 = 0.8;
const CREDIT_LABEL_RE = /^(?:bild|foto|photo|image|credit|fotos?|photos?)\s*:\s*/i;

interface TruthImage {
  caption?: string | null;
  authors?: string[] | null;
  versions?: { url: string }[];
}
interface Truth {
  title: string;
  authors: string[] | null;
  publishing_date: string | null;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
  images?: TruthImage[];
}

interface SystemOut {
  title: string;
  authors: string[];
  date: string;
  text: string;
  figures: { caption: string; credit: string; src: string; srcset: string }[];
}

interface Tally {
  title: number;
  date: number;
  authors: number;
  body: number;
  captionHit: number;
  captionAll: number;
  creditHit: number;
  creditAll: number;
  pages: number;
}

const newTally = (): Tally => ({
  title: 0,
  date: 0,
  authors: 0,
  body: 0,
  captionHit: 0,
  captionAll: 0,
  creditHit: 0,
  creditAll: 0,
  pages: 0,
});

export interface FundusOptions {
  worst?: number;
  corpusDir?: string;
  direct?: boolean;
  page?: string | null;
  /** Skip Readability (faster iteration on Folio alone). */
  folioOnly?: boolean;
}

const quiet = new VirtualConsole();
const parse = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: quiet }).window.document;

function tokens(s: string): string[] {
  return fold(s).split(' ').filter(Boolean);
}

function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (!common) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}

function captionMatches(truth: string, got: string): boolean {
  const ft = fold(truth);
  const fg = fold(got);
  if (!ft || !fg) return false;
  return fg.includes(ft) || tokenF1(truth, got) >= CAPTION_F1;
}

function fileKey(u: string): string {
  try {
    const p = new URL(u).pathname;
    return (p.split('/').pop() ?? '').toLowerCase();
  } catch {
    return '';
  }
}

function pickVersion(html: string, versions: Record<string, Truth>, fileDate: string): Truth | null {
  const list = Object.values(versions);
  const foldedHtml = fold(
    html
      .replace(/&#x27;|&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
  for (const v of list) if (v.title && html.includes(v.title)) return v;
  for (const v of list) if (v.title && foldedHtml.includes(fold(v.title))) return v;
  for (const v of list) if (v.publishing_date?.startsWith(fileDate)) return v;
  return list[0] ?? null;
}

function truthBody(t: Truth): string {
  const parts = [...(t.body?.summary ?? [])];
  for (const s of t.body?.sections ?? []) parts.push(...(s.paragraphs ?? []));
  return parts.join('\n\n');
}

function dateMatches(truth: string | null, got: string): boolean {
  if (!truth) return !got;
  const t = isoToEpoch(parseDate(truth));
  const g = isoToEpoch(got);
  if (Number.isNaN(t) || Number.isNaN(g)) return false;
  return Math.abs(t - g) < DAY_MS;
}

function authorsMatch(truth: string[] | null, got: string[]): boolean {
  const t = new Set((truth ?? []).map(fold).filter(Boolean));
  const g = new Set(got.map(fold).filter(Boolean));
  if (t.size !== g.size) return false;
  for (const x of t) if (!g.has(x)) return false;
  return true;
}

interface FigureScore {
  captionHit: number;
  captionAll: number;
  creditHit: number;
  creditAll: number;
  misses: string[];
}

function scoreFigures(images: TruthImage[], figures: SystemOut['figures']): FigureScore {
  const out: FigureScore = { captionHit: 0, captionAll: 0, creditHit: 0, creditAll: 0, misses: [] };
  for (const img of images) {
    const caption = (img.caption ?? '').trim();
    const credits = (img.authors ?? []).map((a) => a.replace(CREDIT_LABEL_RE, '')).filter((a) => fold(a));
    let fig = caption ? figures.find((f) => captionMatches(caption, f.caption)) : undefined;
    if (caption) {
      out.captionAll++;
      if (fig) out.captionHit++;
      else out.misses.push(`caption missing: ${caption.slice(0, 90)}`);
    }
    if (!fig) {
      const keys = new Set((img.versions ?? []).map((v) => fileKey(v.url)).filter(Boolean));
      fig = figures.find(
        (f) =>
          keys.has(fileKey(f.src)) ||
          f.srcset.split(',').some((c) => keys.has(fileKey(c.trim().split(/\s+/)[0] ?? ''))),
      );
    }
    if (credits.length) {
      out.creditAll++;
      const fc = fold(fig?.credit ?? '');
      if (fig && credits.every((c) => fc.includes(fold(c)))) out.creditHit++;
      else
        out.misses.push(
          `credit ${JSON.stringify(credits)} got ${JSON.stringify(fig?.credit ?? '(no figure)')}`,
        );
    }
  }
  return out;
}

type ExtractFn = (doc: Document, opts: { url: string }) => unknown;

async function loadExtract(): Promise<ExtractFn | null> {
  const file = path.join(REPO_ROOT, 'src/core/extract-article.ts');
  if (!existsSync(file)) return null;
  try {
    const mod = (await import(pathToFileURL(file).href)) as { extractArticle?: ExtractFn };
    return mod.extractArticle ?? null;
  } catch {
    return null;
  }
}

/** Folio's own modules without the body pipeline: metadata + figures over the whole page. */
async function directFolio(doc: Document, url: string): Promise<SystemOut> {
  const meta = collectMetadata(doc, url);
  const { prepareFigures } = await import('../../src/core/figures/prepare-figures');
  const { collectFigures } = await import('../../src/core/figures/collect-figures');
  const work = doc.implementation.createHTMLDocument('');
  const body = work.importNode(doc.body, true) as HTMLElement;
  work.body.replaceWith(body);
  prepareFigures(body, url);
  const figures = collectFigures(body);
  return {
    title: meta.title,
    authors: meta.authors,
    date: meta.publishedTime,
    text: body.textContent ?? '',
    figures: figures.map((f) => ({
      caption: f.caption,
      credit: f.credit,
      src: f.src,
      srcset: f.srcset ?? '',
    })),
  };
}

function runFolio(extract: ExtractFn | null, doc: Document, url: string): Promise<SystemOut> {
  if (!extract) return directFolio(doc, url);
  try {
    const r = extract(doc, { url }) as {
      isArticle: boolean;
      title?: string;
      authors?: string[];
      publishedTime?: string;
      text?: string;
      figures?: Figure[];
    };
    if (!r.isArticle) return Promise.resolve({ title: '', authors: [], date: '', text: '', figures: [] });
    return Promise.resolve({
      title: r.title ?? '',
      authors: r.authors ?? [],
      date: r.publishedTime ?? '',
      text: r.text ?? '',
      figures: (r.figures ?? []).map((f) => ({
        caption: f.caption,
        credit: f.credit,
        src: f.src,
        srcset: f.srcset ?? '',
      })),
    });
  } catch {
    return Promise.resolve({ title: '', authors: [], date: '', text: '', figures: [] });
  }
}

function runReadability(doc: Document): SystemOut {
  const r = new Readability(doc).parse();
  if (!r) return { title: '', authors: [], date: '', text: '', figures: [] };
  const figures: SystemOut['figures'] = [];
  const frag = JSDOM.fragment(r.content ?? '');
  frag.querySelectorAll('figcaption').forEach((fc) => {
    figures.push({ caption: fc.textContent ?? '', credit: '', src: '', srcset: '' });
  });
  return {
    title: r.title ?? '',
    authors: normalizeAuthors(r.byline ? [r.byline] : []),
    date: parseDate(r.publishedTime ?? ''),
    text: r.textContent ?? '',
    figures,
  };
}

interface PageRow {
  name: string;
  problems: string[];
  score: number;
}

function add(t: Tally, truth: Truth, out: SystemOut, problems: string[] | null): number {
  t.pages++;
  let bad = 0;
  const titleOk = fold(out.title) === fold(truth.title);
  const dateOk = dateMatches(truth.publishing_date, out.date);
  const authorsOk = authorsMatch(truth.authors, out.authors);
  const body = truthBody(truth);
  const recall = body ? (scoreDoc(body, out.text).recall ?? 0) : 1;
  const figs = scoreFigures(truth.images ?? [], out.figures);
  t.title += Number(titleOk);
  t.date += Number(dateOk);
  t.authors += Number(authorsOk);
  t.body += recall;
  t.captionHit += figs.captionHit;
  t.captionAll += figs.captionAll;
  t.creditHit += figs.creditHit;
  t.creditAll += figs.creditAll;
  if (problems) {
    if (!titleOk)
      problems.push(`title: want ${JSON.stringify(truth.title)} got ${JSON.stringify(out.title)}`);
    if (!dateOk) problems.push(`date: want ${truth.publishing_date} got ${JSON.stringify(out.date)}`);
    if (!authorsOk)
      problems.push(`authors: want ${JSON.stringify(truth.authors)} got ${JSON.stringify(out.authors)}`);
    if (recall < 0.9) problems.push(`body recall ${recall.toFixed(2)}`);
    problems.push(...figs.misses);
  }
  bad += Number(!titleOk) + Number(!dateOk) + Number(!authorsOk) + (1 - recall);
  bad += figs.captionAll - figs.captionHit + figs.creditAll - figs.creditHit;
  return bad;
}

function rates(t: Tally): Record<string, number> {
  const n = t.pages || 1;
  return {
    title: t.title / n,
    date: t.date / n,
    authors: t.authors / n,
    body: t.body / n,
    caption: t.captionAll ? t.captionHit / t.captionAll : 0,
    credit: t.creditAll ? t.creditHit / t.creditAll : 0,
  };
}

export async function runFundus(opts: FundusOptions = {}): Promise<Record<string, number>> {
  const corpus = opts.corpusDir ?? path.resolve(REPO_ROOT, '../shared/corpus');
  const root = path.join(corpus, 'fundus-dev');
  if (!existsSync(root)) {
    console.log('fundus-dev not found; skipped');
    return {};
  }
  const extract = opts.direct ? null : await loadExtract();
  console.log(
    extract ? 'Folio: extractArticle' : 'Folio: metadata + figures modules directly (no body pipeline)',
  );
  const folio = newTally();
  const readability = newTally();
  const rows: PageRow[] = [];
  const detectTimes: number[] = [];
  let detected = 0;
  for (const country of readdirSync(root).sort()) {
    const dir = path.join(root, country);
    const metaFile = path.join(dir, 'meta.info');
    if (!existsSync(metaFile)) continue;
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, { url: string }>;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.html')) continue;
      if (opts.page && !file.includes(opts.page)) continue;
      const m = /^(.*)_(\d{4})_(\d{2})_(\d{2})\.html$/.exec(file);
      if (!m) continue;
      const jsonFile = path.join(dir, `${m[1]}.json`);
      if (!existsSync(jsonFile)) continue;
      const html = readFileSync(path.join(dir, file), 'utf8');
      const truth = pickVersion(
        html,
        JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, Truth>,
        `${m[2]}-${m[3]}-${m[4]}`,
      );
      if (!truth) continue;
      const url = meta[`${file}.gz`]?.url ?? meta[file]?.url ?? 'https://example.com/';
      const problems: string[] = [];
      const folioDoc = parse(html, url);
      // Every fundus page is an article: the detector should say so, cheaply.
      const t0 = performance.now();
      const det = isProbablyArticle(folioDoc, { url });
      detectTimes.push(performance.now() - t0);
      if (det.isArticle) detected++;
      else problems.push(`detector: not an article (${det.reason})`);
      const f = await runFolio(extract, folioDoc, url);
      const bad = add(folio, truth, f, problems);
      if (!opts.folioOnly) add(readability, truth, runReadability(parse(html, url)), null);
      rows.push({ name: `${country}/${file}`, problems, score: bad });
    }
  }
  const fr = rates(folio);
  fr.detected = folio.pages ? detected / folio.pages : 0;
  const sortedTimes = [...detectTimes].sort((a, b) => a - b);
  const detectMedian = sortedTimes[Math.floor(sortedTimes.length / 2)] ?? 0;
  const rr = rates(readability);
  console.log(
    `pages: ${folio.pages}  images with caption: ${folio.captionAll}  with credit: ${folio.creditAll}`,
  );
  console.log('metric     Folio   Readability');
  for (const k of Object.keys(rr)) console.log(`${k.padEnd(10)} ${fr[k]!.toFixed(3)}   ${rr[k]!.toFixed(3)}`);
  console.log(
    `isProbablyArticle: ${fr.detected.toFixed(3)} of pages detected as articles, median ${detectMedian.toFixed(3)} ms`,
  );
  const worst = opts.worst ?? 5;
  if (worst > 0) {
    rows.sort((a, b) => b.score - a.score);
    console.log(`\nWorst ${worst} fundus pages:`);
    for (const r of rows.slice(0, worst)) {
      if (!r.problems.length) continue;
      console.log(`- ${r.name}`);
      for (const p of r.problems.slice(0, 8)) console.log(`    ${p}`);
    }
  }
  return fr;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? (argv[i + 1] ?? null) : null;
  };
  await runFundus({
    worst: Number(at('--worst') ?? 10),
    direct: argv.includes('--direct'),
    page: at('--page'),
    folioOnly: argv.includes('--folio-only'),
  });
}
