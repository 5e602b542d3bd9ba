// trafilatura-dev's truth also names each page's author and date: a check of the metadata readers on
// 536 pages of blogs, forums and news they were not written against (printed, not gated).
// - title: the system's title and the truth's are the same after folding; the truth is the
//   headline as the page shows it, without the site's name or a kicker for search engines.
// - date: the calendar day the system gives, as the page states it (the first ten characters of its
//   ISO date), equals the truth's day; scored on the pages whose truth has a date.
// - authors: the truth's names (split at "and", "und", "&", ",", ";") and the system's, folded, are
//   the same set; scored on the pages whose truth names an author.
import { fold } from './fold';

const NAME_SPLIT_RE = /\s*(?:[,;&]|\band\b|\bund\b|\bet\b)\s*/i;
const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}/;

export interface MetadataTruth {
  title?: string | null;
  author?: string | string[] | null;
  date?: string | null;
}

export interface MetadataMatch {
  /** null when the truth has no title (no date, no author). */
  title: boolean | null;
  date: boolean | null;
  authors: boolean | null;
}

function truthNames(author: MetadataTruth['author']): string[] {
  const raw = Array.isArray(author) ? author.join('; ') : (author ?? '');
  return raw.split(NAME_SPLIT_RE).map(fold).filter(Boolean);
}

export function matchMetadata(
  truth: MetadataTruth,
  got: { title: string; authors: string[]; date: string },
): MetadataMatch {
  const day = ISO_DAY_RE.exec(truth.date ?? '')?.[0] ?? '';
  const names = truthNames(truth.author);
  const gotNames = new Set(
    got.authors
      .flatMap((a) => a.split(NAME_SPLIT_RE))
      .map(fold)
      .filter(Boolean),
  );
  const title = fold(truth.title ?? '');
  return {
    title: title ? fold(got.title) === title : null,
    date: day ? got.date.slice(0, 10) === day : null,
    authors: names.length ? names.length === gotNames.size && names.every((n) => gotNames.has(n)) : null,
  };
}

/** Share of matches among the pages the truth scores, with its count ("0.760 (294/387)"). */
export function metadataShare(matches: (boolean | null)[]): { share: number; hits: number; pages: number } {
  const scored = matches.filter((m): m is boolean => m !== null);
  const hits = scored.filter(Boolean).length;
  return { share: scored.length ? hits / scored.length : 0, hits, pages: scored.length };
}
