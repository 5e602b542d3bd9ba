// fundus-dev: title, date, authors, body, captions and credits (scoring in fundus-score.ts), for the
// whole set and each fixed half by publisher (fundus-halves.ts), Folio beside Readability and Defuddle.

import { isProbablyArticle } from '../../../src/lib/index';
import { fundusPages } from '../corpus-pages';
import { HALVES, type Half, halfOf, pagesToList, publisherOf } from './fundus-halves';
import { badness, type FundusPageScore, scoreFundusPage } from './fundus-score';
import { loadTruth } from './fundus-truth';
import { pageHtml } from './pages';
import { printTable } from './print';
import { runSystem } from './run-system';
import { filterPages, type PageSection } from './section';
import { SYSTEM_LABELS, type SystemName } from './systems';

export interface FundusRecord {
  id: string;
  publisher: string;
  half: Half;
  /** Every fundus page is an article: whether the detector says so. */
  detected: boolean;
  detectReason: string;
  systems: Partial<Record<SystemName, FundusPageScore>>;
}

export const FUNDUS_FIELDS = [
  'title',
  'date',
  'authors',
  'body',
  'caption',
  'captionPrecision',
  'credit',
  'creditPrecision',
] as const;

export const fundusSection: PageSection<FundusRecord | null> = {
  name: 'fundus',
  pages: (filter) =>
    filterPages(fundusPages(), filter).filter(
      (p) => !filter.half || halfOf(publisherOf(p.id)) === filter.half,
    ),
  evaluate(page, systems) {
    const html = pageHtml(page);
    const truth = loadTruth(page.file, html);
    if (!truth) return null;
    const publisher = publisherOf(page.id);
    const record: FundusRecord = {
      id: page.id,
      publisher,
      half: halfOf(publisher),
      detected: false,
      detectReason: '',
      systems: {},
    };
    for (const system of systems) {
      const out = runSystem(system, page, html, (doc) => {
        const det = isProbablyArticle(doc, { url: page.url });
        record.detected = det.isArticle;
        record.detectReason = det.reason;
      });
      if (out) record.systems[system] = scoreFundusPage(truth, out);
    }
    return record;
  },
};

export function fundusRates(scores: FundusPageScore[]): Record<string, number> {
  const sum = (k: keyof Omit<FundusPageScore, 'problems'>) => scores.reduce((a, s) => a + s[k], 0);
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const n = scores.length;
  return {
    title: ratio(sum('title'), n),
    date: ratio(sum('date'), n),
    authors: ratio(sum('authors'), n),
    body: ratio(sum('body'), n),
    caption: ratio(sum('captionHit'), sum('captionAll')),
    captionPrecision: ratio(sum('captionRight'), sum('captionShown')),
    credit: ratio(sum('creditHit'), sum('creditAll')),
    creditPrecision: ratio(sum('creditRight'), sum('creditShown')),
  };
}

export type FundusFigures = Partial<Record<'all' | Half, Record<string, number>>>;

/** Prints the tables and returns Folio's figures for the whole set and for each half shown. */
export function reportFundus(
  all: (FundusRecord | null)[],
  systems: SystemName[],
  opts: { worst: number; half: Half | null },
): FundusFigures {
  const records = all.filter((r): r is FundusRecord => r !== null);
  const groups: ['all' | Half, FundusRecord[]][] = [];
  if (!opts.half) groups.push(['all', records]);
  for (const half of HALVES)
    if (!opts.half || opts.half === half) groups.push([half, records.filter((r) => r.half === half)]);
  for (const [name, rs] of groups) {
    const publishers = new Set(rs.map((r) => r.publisher));
    const any = (r: FundusRecord) => r.systems.folio ?? Object.values(r.systems)[0];
    const captions = rs.reduce((a, r) => a + (any(r)?.captionAll ?? 0), 0);
    const credits = rs.reduce((a, r) => a + (any(r)?.creditAll ?? 0), 0);
    console.log(
      `${name.padEnd(5)}: ${publishers.size} publishers, ${rs.length} pages, ${captions} images with caption, ${credits} with credit`,
    );
  }
  const figures: FundusFigures = {};
  const head = ['field'];
  const columns: Record<string, number>[] = [];
  for (const system of systems)
    for (const [name, rs] of groups) {
      const scores = rs.map((r) => r.systems[system]).filter((s) => s !== undefined);
      if (!scores.length) continue;
      const missing = scores.length < rs.length ? `*${scores.length}` : '';
      head.push(`${SYSTEM_LABELS[system].slice(0, 5)} ${name}${missing}`);
      const rates = fundusRates(scores);
      columns.push(rates);
      if (system === 'folio') {
        rates.detected = rs.length ? rs.filter((r) => r.detected).length / rs.length : 0;
        figures[name] = rates;
      }
    }
  printTable(
    head,
    [...FUNDUS_FIELDS, 'detected'].map((k) => [k, ...columns.map((c) => c[k] ?? null)]),
    18,
  );
  if (head.some((h) => h.includes('*'))) console.log('*N: only N pages cached: run with --defuddle');
  if (opts.worst > 0) {
    const rows = pagesToList(records, opts.half)
      .filter((r) => r.systems.folio)
      .map((r) => ({ r, bad: badness(r.systems.folio!) + Number(!r.detected) }))
      .sort((a, b) => b.bad - a.bad)
      .slice(0, opts.worst);
    console.log(`\nWorst ${opts.worst} fundus pages of the ${opts.half ?? 'dev'} half (Folio):`);
    for (const { r } of rows) {
      const problems = [...(r.detected ? [] : [`detector: not an article (${r.detectReason})`])];
      problems.push(...(r.systems.folio?.problems ?? []));
      if (!problems.length) continue;
      console.log(`- ${r.id} (${r.half})`);
      for (const p of problems.slice(0, 8)) console.log(`    ${p}`);
    }
  }
  return figures;
}
