// Whether each corpus page is an article, from the sets' own ground truth: scrapinghub-dev and
// fundus-dev hold only articles (each has an article body in its truth); every trafilatura-dev page
// has main-text snippets ("with"); readability-pages says so per page (`readerable`, 122/8).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, type CorpusPage } from './corpus-pages';

let trafilaturaWith: Set<string> | null = null;

function trafilaturaFilesWithMainText(): Set<string> {
  if (trafilaturaWith) return trafilaturaWith;
  const file = path.join(CORPUS, 'trafilatura-dev', 'evaldata.json');
  const evaldata = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { file: string; with?: string[] }
  >;
  trafilaturaWith = new Set(
    Object.values(evaldata)
      .filter((entry) => (entry.with ?? []).length > 0)
      .map((entry) => entry.file),
  );
  return trafilaturaWith;
}

/** The ground truth's answer to "is this page an article?". */
export function isArticleByTruth(page: CorpusPage): boolean {
  switch (page.set) {
    case 'scrapinghub-dev':
    case 'fundus-dev':
      return true;
    case 'trafilatura-dev':
      return trafilaturaFilesWithMainText().has(page.id);
    case 'readability-pages': {
      const file = path.join(path.dirname(page.file), 'expected-metadata.json');
      if (!existsSync(file)) return true;
      return (JSON.parse(readFileSync(file, 'utf8')) as { readerable?: boolean }).readerable !== false;
    }
  }
}
