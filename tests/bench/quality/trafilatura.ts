// trafilatura-dev: main text against boilerplate by trafilatura's own method (trafilatura-score.ts),
// Folio beside Readability and Defuddle, and the pages where Folio gives no article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, trafilaturaPages } from '../corpus-pages';
import { pageHtml } from './pages';
import { printTable } from './print';
import { runSystem } from './run-system';
import { filterPages, type PageSection } from './section';
import { SYSTEM_LABELS, type SystemName } from './systems';
import { type MetadataMatch, type MetadataTruth, matchMetadata, metadataShare } from './trafilatura-metadata';
import { type SnippetCounts, scoreSnippets, snippetMisses, summarizeSnippets } from './trafilatura-score';

interface EvalEntry extends MetadataTruth {
  file: string;
  with?: string[];
  without?: string[];
}

interface SystemRecord extends SnippetCounts {
  ok: boolean;
  note: string;
  metadata: MetadataMatch;
  /** Folio only: the `with` snippets it missed and the `without` snippets it kept (--snippets). */
  missed?: string[];
  kept?: string[];
}

export interface TrafilaturaRecord {
  id: string;
  systems: Partial<Record<SystemName, SystemRecord>>;
}

let evalCache: Map<string, EvalEntry> | null = null;
function evaldata(): Map<string, EvalEntry> {
  if (!evalCache) {
    const raw = JSON.parse(
      readFileSync(path.join(CORPUS, 'trafilatura-dev', 'evaldata.json'), 'utf8'),
    ) as Record<string, EvalEntry>;
    evalCache = new Map(Object.values(raw).map((e) => [e.file, e]));
  }
  return evalCache;
}

export const trafilaturaSection: PageSection<TrafilaturaRecord> = {
  name: 'trafilatura',
  pages: (filter) => filterPages(trafilaturaPages(), filter),
  evaluate(page, systems) {
    const entry = evaldata().get(page.id);
    const html = pageHtml(page);
    const record: TrafilaturaRecord = { id: page.id, systems: {} };
    for (const system of systems) {
      const out = runSystem(system, page, html);
      if (!out) continue;
      const text = out.ok ? out.text : '';
      const counts = scoreSnippets(text, entry?.with ?? [], entry?.without ?? []);
      const metadata = matchMetadata(
        entry ?? { file: page.id },
        out.ok ? out : { title: '', authors: [], date: '' },
      );
      record.systems[system] = { ...counts, ok: out.ok, note: out.note, metadata };
      if (system === 'folio')
        Object.assign(record.systems[system]!, snippetMisses(text, entry?.with ?? [], entry?.without ?? []));
    }
    return record;
  },
};

export function reportTrafilatura(
  records: TrafilaturaRecord[],
  systems: SystemName[],
  worst: number,
  snippets = false,
): Record<string, number> {
  const withCount = records.reduce((a, r) => a + (evaldata().get(r.id)?.with?.length ?? 0), 0);
  const withoutCount = records.reduce((a, r) => a + (evaldata().get(r.id)?.without?.length ?? 0), 0);
  console.log(`pages: ${records.length}  snippets: ${withCount} with, ${withoutCount} without`);
  const head = ['system', 'F', 'precision', 'recall', 'accuracy', 'no article'];
  const rows: [string, ...(number | string | null)[]][] = [];
  let folio: Record<string, number> = {};
  for (const system of systems) {
    const rs = records.map((r) => r.systems[system]).filter((s) => s !== undefined);
    if (!rs.length) continue;
    const s = summarizeSnippets(rs);
    const noArticle = rs.filter((r) => !r.ok).length;
    const missing = rs.length < records.length ? ` (${rs.length} pages cached)` : '';
    rows.push([SYSTEM_LABELS[system] + missing, s.f, s.precision, s.recall, s.accuracy, String(noArticle)]);
    if (system === 'folio') folio = { ...s, noArticle };
  }
  printTable(head, rows, 24);
  // With Defuddle's cache still filling, the systems are also compared on the pages all of them have.
  const common = records.filter((r) => systems.every((system) => r.systems[system]));
  if (common.length < records.length && common.length > 0) {
    console.log(`\non the ${common.length} pages every system has:`);
    printTable(
      head.slice(0, 5),
      systems.map((system) => {
        const s = summarizeSnippets(common.map((r) => r.systems[system]!));
        return [SYSTEM_LABELS[system], s.f, s.precision, s.recall, s.accuracy];
      }),
      24,
    );
  }
  printMetadata(records, systems);
  if (!systems.includes('folio')) return folio;
  const refused = records.filter((r) => r.systems.folio && !r.systems.folio.ok);
  console.log(`\nFolio gives no article on ${refused.length} page(s):`);
  for (const r of refused) {
    const f = r.systems.folio!;
    console.log(`- ${r.id}  (${f.fn} "with" snippets lost)  ${f.note.slice(0, 100)}`);
  }
  if (snippets) printSnippets(records);
  if (worst > 0) {
    const rows2 = records
      .filter((r) => r.systems.folio?.ok)
      .map((r) => ({ r, lost: r.systems.folio!.fn + r.systems.folio!.fp }))
      .sort((a, b) => b.lost - a.lost)
      .slice(0, worst);
    console.log(`\nWorst ${worst} trafilatura pages (Folio: "with" snippets missed + "without" kept):`);
    for (const { r } of rows2)
      console.log(`- ${r.id}  missed ${r.systems.folio!.fn}, kept ${r.systems.folio!.fp}`);
  }
  return folio;
}

/** Title, author and date against the truth's (trafilatura-metadata.ts), per system. */
function printMetadata(records: TrafilaturaRecord[], systems: SystemName[]): void {
  console.log('\nmetadata against the truth (not gated): headline, calendar day, author names');
  const rows: [string, ...(number | string | null)[]][] = [];
  for (const system of systems) {
    const rs = records.map((r) => r.systems[system]).filter((s) => s !== undefined);
    if (!rs.length) continue;
    const title = metadataShare(rs.map((r) => r.metadata.title));
    const date = metadataShare(rs.map((r) => r.metadata.date));
    const authors = metadataShare(rs.map((r) => r.metadata.authors));
    rows.push([
      SYSTEM_LABELS[system],
      title.share,
      `${title.hits}/${title.pages}`,
      date.share,
      `${date.hits}/${date.pages}`,
      authors.share,
      `${authors.hits}/${authors.pages}`,
    ]);
  }
  printTable(['system', 'title', 'pages', 'date', 'pages', 'authors', 'pages'], rows, 24);
}

/** Every page where Folio missed a `with` snippet or kept a `without` one, with those snippets. */
function printSnippets(records: TrafilaturaRecord[]): void {
  const clip = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').slice(0, 140));
  console.log('\nFolio\'s misses by page (- "with" missed, + "without" kept):');
  for (const r of records) {
    const f = r.systems.folio;
    if (!f || (!f.missed?.length && !f.kept?.length)) continue;
    console.log(`${r.id}${f.ok ? '' : '  [no article]'}`);
    for (const s of f.missed ?? []) console.log(`  - ${clip(s)}`);
    for (const s of f.kept ?? []) console.log(`  + ${clip(s)}`);
  }
}
