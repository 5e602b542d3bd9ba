// scrapinghub-dev: article body by the benchmark's own scoring (corpus README), Folio beside Readability,
// Defuddle and the reference systems' stored outputs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, type CorpusPage, scrapinghubPages } from '../corpus-pages';
import { type DocScore, docF1, scoreDoc, summarize, unmatchedBlocks } from '../quality-score';
import { pageHtml } from './pages';
import { fmt, printBodyRow } from './print';
import { runSystem } from './run-system';
import { filterPages, type PageSection } from './section';
import { SYSTEM_LABELS, type SystemName } from './systems';

const DIR = path.join(CORPUS, 'scrapinghub-dev');
const REFERENCE_SYSTEMS = ['readability_js', 'trafilatura', 'rs_trafilatura', 'newspaper', 'go_domdistiller'];

interface SystemRecord {
  score: DocScore;
  ms: number;
  note: string;
  /** Folio's text only: the worst-pages list shows what it missed and added. */
  text?: string;
}

export interface ScrapinghubRecord {
  id: string;
  systems: Partial<Record<SystemName, SystemRecord>>;
}

let truthCache: Record<string, { articleBody: string; url: string }> | null = null;
function truth() {
  truthCache ??= JSON.parse(readFileSync(path.join(DIR, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return truthCache;
}

export const scrapinghubSection: PageSection<ScrapinghubRecord> = {
  name: 'scrapinghub',
  pages: (filter) => filterPages(scrapinghubPages(), filter),
  evaluate(page: CorpusPage, systems: SystemName[]): ScrapinghubRecord {
    const want = truth()[page.id]?.articleBody ?? '';
    const html = pageHtml(page);
    const record: ScrapinghubRecord = { id: page.id, systems: {} };
    for (const system of systems) {
      const out = runSystem(system, page, html);
      if (!out) continue;
      record.systems[system] = {
        score: scoreDoc(want, out.text),
        ms: out.ms,
        note: out.note,
        text: system === 'folio' ? out.text : undefined,
      };
    }
    return record;
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : 0;
}

export function reportScrapinghub(
  records: ScrapinghubRecord[],
  systems: SystemName[],
  worst: number,
): Record<string, number> {
  const ids = records.map((r) => r.id);
  // The scorer is checked on the reference outputs: readability_js must give 0.946, trafilatura 0.958.
  for (const sys of REFERENCE_SYSTEMS) {
    const file = path.join(DIR, 'reference', `${sys}.json`);
    if (!existsSync(file)) continue;
    const ref = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody?: string }>;
    printBodyRow(
      `ref ${sys}`,
      summarize(ids.map((id) => scoreDoc(truth()[id]?.articleBody ?? '', ref[id]?.articleBody ?? ''))),
    );
  }
  console.log('');
  let folio: Record<string, number> = {};
  for (const system of systems) {
    const rows = records.map((r) => r.systems[system]).filter((s) => s !== undefined);
    if (rows.length < records.length) {
      console.log(`${SYSTEM_LABELS[system].padEnd(22)} ${records.length - rows.length} page(s) not cached`);
      if (!rows.length) continue;
    }
    const ms = rows.reduce((a, r) => a + r.ms, 0);
    const sum = summarize(rows.map((r) => r.score));
    printBodyRow(SYSTEM_LABELS[system], sum, `  time ${ms.toFixed(0)} ms`);
    if (system === 'folio')
      folio = { f1: sum.f1, precision: sum.precision, recall: sum.recall, accuracy: sum.accuracy };
  }
  if (systems.includes('readability') && systems.includes('folio')) {
    const ratios = records
      .map((r) => (r.systems.folio?.ms ?? 0) / (r.systems.readability?.ms || Number.NaN))
      .filter((x) => Number.isFinite(x));
    console.log(`Folio/Readability time ratio: median ${median(ratios).toFixed(2)}`);
  }
  if (worst > 0) {
    const rows = records
      .map((r) => ({ r, f: r.systems.folio ? docF1(r.systems.folio.score) : 0 }))
      .sort((a, b) => a.f - b.f)
      .slice(0, worst);
    console.log(`\nWorst ${worst} pages (Folio page F1 vs Readability's):`);
    for (const { r, f } of rows) {
      const read = r.systems.readability ? fmt(docF1(r.systems.readability.score)) : '-';
      const note = r.systems.folio?.note ? `no article: ${r.systems.folio.note}` : '';
      console.log(`\n- ${r.id.slice(0, 12)}  Folio ${fmt(f)}  Readability ${read}  ${note}`);
      const want = truth()[r.id]?.articleBody ?? '';
      const got = r.systems.folio?.text ?? '';
      for (const m of unmatchedBlocks(want, got, 4)) console.log(`    missing: ${m}`);
      for (const e of unmatchedBlocks(got, want, 4)) console.log(`    extra:   ${e}`);
    }
  }
  return folio;
}
