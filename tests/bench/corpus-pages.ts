// The pages of ../shared/corpus, one list per set, with the URL each page was served from: shared by
// the speed benchmark and the dump (`npm run bench:dump`). Reads only file names and the sets' own
// index files, never page content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
/** Readability's test pages all use this URL (corpus README). */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export const CORPUS_SETS = ['scrapinghub-dev', 'readability-pages', 'fundus-dev', 'trafilatura-dev'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

export interface CorpusPage {
  set: CorpusSet;
  id: string;
  file: string;
  url: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function scrapinghubPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'scrapinghub-dev');
  const truth = readJson<Record<string, { url: string }>>(path.join(dir, 'ground-truth.json'));
  return Object.entries(truth)
    .map(([id, entry]) => ({
      set: 'scrapinghub-dev' as const,
      id,
      file: path.join(dir, 'html', `${id}.html`),
      url: entry.url,
    }))
    .filter((page) => existsSync(page.file));
}

export function readabilityPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'readability-pages');
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({
      set: 'readability-pages' as const,
      id: name,
      file: path.join(dir, name, 'source.html'),
      url: READABILITY_TEST_URL,
    }));
}

export function fundusPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'fundus-dev');
  const pages: CorpusPage[] = [];
  for (const country of readdirSync(dir).sort()) {
    const countryDir = path.join(dir, country);
    if (!statSync(countryDir).isDirectory()) continue;
    const metaFile = path.join(countryDir, 'meta.info');
    const meta = existsSync(metaFile) ? readJson<Record<string, { url?: string }>>(metaFile) : {};
    for (const name of readdirSync(countryDir).sort()) {
      if (!name.endsWith('.html')) continue;
      const url = meta[`${name}.gz`]?.url ?? meta[name]?.url ?? `https://${country}.fundus.example/${name}`;
      pages.push({ set: 'fundus-dev', id: `${country}/${name}`, file: path.join(countryDir, name), url });
    }
  }
  return pages;
}

export function trafilaturaPages(): CorpusPage[] {
  const dir = path.join(CORPUS, 'trafilatura-dev');
  const evaldata = readJson<Record<string, { file: string }>>(path.join(dir, 'evaldata.json'));
  return Object.entries(evaldata)
    .map(([key, entry]) => ({
      set: 'trafilatura-dev' as const,
      id: entry.file,
      file: path.join(dir, 'html', entry.file),
      // Keys look like "hard::host-name.html" or a URL; only a real http(s) URL is a page address.
      url: /^https?:\/\//.test(key) ? key : `https://trafilatura.example/${encodeURIComponent(entry.file)}`,
    }))
    .filter((page) => existsSync(page.file))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function corpusPages(set: CorpusSet): CorpusPage[] {
  switch (set) {
    case 'scrapinghub-dev':
      return scrapinghubPages();
    case 'readability-pages':
      return readabilityPages();
    case 'fundus-dev':
      return fundusPages();
    case 'trafilatura-dev':
      return trafilaturaPages();
  }
}
