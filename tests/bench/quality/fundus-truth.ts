// fundus-dev's ground truth for one page: `<Publisher>.json` maps parser versions to the expected
// result; the version whose title appears in the page is the one that describes it (corpus README).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from './fold';

export interface TruthImage {
  caption?: string | null;
  authors?: string[] | null;
  versions?: { url: string }[];
}

export interface FundusTruth {
  title: string;
  authors: string[] | null;
  publishing_date: string | null;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
  images?: TruthImage[];
}

const FILE_RE = /^(.*)_(\d{4})_(\d{2})_(\d{2})\.html$/;

export function pickVersion(
  html: string,
  versions: Record<string, FundusTruth>,
  fileDate: string,
): FundusTruth | null {
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

/** The truth for the page at `file` ("…/de/SZ_2024_01_31.html"), or null when it has none. */
export function loadTruth(file: string, html: string): FundusTruth | null {
  const m = FILE_RE.exec(path.basename(file));
  if (!m) return null;
  const jsonFile = path.join(path.dirname(file), `${m[1]}.json`);
  if (!existsSync(jsonFile)) return null;
  const versions = JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, FundusTruth>;
  return pickVersion(html, versions, `${m[2]}-${m[3]}-${m[4]}`);
}

export function truthBody(t: FundusTruth): string {
  const parts = [...(t.body?.summary ?? [])];
  for (const s of t.body?.sections ?? []) parts.push(...(s.paragraphs ?? []));
  return parts.join('\n\n');
}
