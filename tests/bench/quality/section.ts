// What a page-by-page section of `bench:quality` provides: its pages and a scorer for one page, whose
// JSON-able record the parent sums up. Pages are scored in worker processes (see pool.ts).
import type { CorpusPage } from '../corpus-pages';
import type { Half } from './fundus-halves';
import { pageHtml } from './pages';
import { defuddleOut, type SystemName } from './systems';

export interface PageFilter {
  /** Only pages whose id contains this (--page). */
  id: string | null;
  /** fundus-dev: only this half's publishers (--half). */
  half: Half | null;
  /** Only pages Defuddle's cache has (--defuddle-cached): all systems on the same pages. */
  defuddleCached?: boolean;
}

export interface PageSection<R> {
  name: string;
  pages(filter: PageFilter): CorpusPage[];
  evaluate(page: CorpusPage, systems: SystemName[]): R;
}

export function filterPages(pages: CorpusPage[], filter: PageFilter): CorpusPage[] {
  const id = filter.id;
  const byId = id ? pages.filter((p) => p.id.includes(id)) : pages;
  return filter.defuddleCached ? byId.filter((p) => defuddleOut(p.url, pageHtml(p)) !== null) : byId;
}
