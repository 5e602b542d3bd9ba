// The publication's name: og:site_name, JSON-LD publisher / WebSite, application-name, or the part
// of <title> that is not the headline.

import { memoized } from '../dom/bounded-memo';
import { collapse } from '../dom/text';
import type { JsonLdInfo } from './json-ld';
import { firstMeta, type MetaMap } from './meta-tags';
import { fold } from './text';

const SITE_METAS = [
  'og:site_name',
  'application-name',
  'apple-mobile-web-app-title',
  'al:iphone:app_name',
  'twitter:app:name:iphone',
];
const SEP_RE = /\s+[|│¦\-–—·•»]\s+/;
// A title part longer than this is a headline, not a site name.
const MAX_SITE_WORDS = 5;

export function firstSiteName(
  metas: MetaMap,
  ld: JsonLdInfo,
  docTitle: string,
  headings: string[],
  postTitles: () => string[] = () => [],
): string {
  const fromMeta = firstMeta(metas, SITE_METAS.slice(0, 1)) || ld.publisher || ld.websiteName;
  if (fromMeta) return collapse(fromMeta);
  const app = firstMeta(metas, SITE_METAS.slice(1));
  if (app) return collapse(app);
  // "Headline | Site": the part that is not the visible headline names the site. Any of the first
  // h1s may be the headline, and the headline-first order is tried first: documentation themes
  // set the site's name as the first h1 ("Evolve: Shared Mutable History — evolve extension for
  // Mercurial", readability-pages mercurial).
  const parts = docTitle.split(SEP_RE);
  if (parts.length >= 2) {
    const shown = new Set(headings.map(fold).filter(Boolean));
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    const short = (part: string) => part.split(/\s+/).length <= MAX_SITE_WORDS;
    if (shown.has(fold(first)) && short(last)) return collapse(last);
    if (shown.has(fold(last))) {
      // A forum or an older blog theme sets its own name as the h1 and the post's title as an h2
      // under it, "Post - Site" (fixture meta-site-name-h1-over-post-h2.html: a phpBB thread). Not
      // the other way round: an h2 that repeats the site's name under its logo is common
      // (trafilatura-dev: a WordPress theme's "site-description" under an h1 logo link).
      if (short(last) && postTitles().some((t) => fold(t) === fold(first))) return collapse(last);
      if (short(first)) return collapse(first);
    } else if (!shown.has(fold(first)) && short(last) && postTitles().some((t) => fold(t) === fold(first))) {
      // No h1 holds either part and the post's title is an h2, as older CMS templates set an
      // article's title (fixture meta-site-name-h2-headline.html: a Joomla 3 article page).
      return collapse(last);
    }
  }
  return '';
}

/**
 * The <title> part the logo's link to the front page shows: a headline set with a kicker in the h1
 * hides the parts from the headline test above, and a template's <title> may be the site's name
 * alone (fixture meta-site-name-front-page-link.html). `names`: front-page-links.ts.
 */
export function titlePartOnLogo(docTitle: string, names: () => ReadonlySet<string>): string {
  if (!docTitle) return '';
  const parts = docTitle.split(SEP_RE);
  const last = parts[parts.length - 1]!;
  const found = names();
  if (found.has(fold(last))) return collapse(last);
  return found.has(fold(parts[0]!)) ? collapse(parts[0]!) : '';
}

// Second-level labels countries register names under.
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'gov',
  'gv',
  'ac',
  'or',
  'ne',
  'go',
  'edu',
  'gob',
  'gouv',
  'nic',
]);

/** A name as the title and byline tests compare it: folded, without spaces. */
export const siteKey = (name: string): string => fold(name).replace(/\s+/g, '');

/** Folded, space-free forms of the site name and the domain's main label, for suffix matching. */
export function siteKeys(siteName: string, url: string): string[] {
  const keys: string[] = [];
  const s = siteKey(siteName);
  if (s) keys.push(s);
  keys.push(...hostKeys(url));
  return keys;
}

// The address's part of the keys: the title, the authors and the publication checks each ask.
const hostKeys = memoized((url: string): readonly string[] => {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const labels = host.split('.');
    // Under a country's second-level label (SECOND_LEVEL: the "co" of a British address, the "gv"
    // of an Austrian one) the name is the label before it.
    const at = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
    const label = labels[labels.length - at] ?? '';
    return label.length >= 3 ? [siteKey(label), siteKey(host)] : [siteKey(host)];
  } catch {
    // No usable URL: the site name alone is used.
    return [];
  }
});

/** True when a name is the publication itself (its name, its web address, or its name with a suffix), not a person. */
export function isSiteLike(name: string, keys: string[]): boolean {
  const f = fold(name).replace(/\s+/g, '');
  if (f.length < 2) return false;
  return keys.some((k) => k.length >= 3 && (f === k || f.includes(k) || (f.length >= 3 && k.includes(f))));
}

// The site's name run on after a printed writer's name takes at most this many words ("Fox News").
const MAX_SITE_TAIL_WORDS = 3;
// A writer's name left before it has at least this many words.
const MIN_NAME_WORDS = 2;

/**
 * A printed name with the site's name run on after it, with no comma ("By Jane Roe Fox News", the
 * outlet set apart only by its style): the writer's name alone (fixture meta-byline-site-run-on.html).
 * Any other name unchanged.
 */
export function withoutSiteTail(name: string, keys: string[]): string {
  const words = name.split(' ');
  for (let n = 1; n <= MAX_SITE_TAIL_WORDS && words.length - n >= MIN_NAME_WORDS; n++) {
    if (!keys.includes(siteKey(words.slice(-n).join(' ')))) continue;
    const head = words.slice(0, -n).join(' ');
    return isSiteLike(head, keys) ? name : head;
  }
  return name;
}

// A first word this short ("The", "Die", "La") says nothing about who the publisher is.
const MIN_HOUSE_WORD_CHARS = 4;

/**
 * True when every name is the publication's own account: its name or address, or an account named
 * after it ("Ilanga D" on Ilanga News). Such sites sign the writer in the text instead (fundus
 * Lesotho Times, Ilanga).
 */
export function namesOnlyThePublication(names: readonly string[], siteName: string, url: string): boolean {
  if (!names.length) return false;
  const keys = siteKeys(siteName, url);
  const siteWord = fold(siteName).split(/\s+/)[0] ?? '';
  const initials = siteInitials(siteName);
  return names.every(
    (n) =>
      isSiteLike(n, keys) ||
      initials.includes(siteKey(n)) ||
      (siteWord.length >= MIN_HOUSE_WORD_CHARS && fold(n).split(/\s+/)[0] === siteWord),
  );
}

// The parts of a site name ("HC - Harbour Courier", "Harbour Times | News").
const SITE_PART_SPLIT_RE = /\s+[-–—|:·]\s+/;

/**
 * The initials of each part of the site name that has several words: a paper signs as "HC" for
 * "Harbour Courier" (trafilatura-dev: a regional paper's JSON-LD author). Matched whole only:
 * two or three letters inside a name mean nothing.
 */
function siteInitials(siteName: string): string[] {
  const out: string[] = [];
  for (const part of siteName.split(SITE_PART_SPLIT_RE)) {
    const words = fold(part)
      .split(/\s+/)
      .filter((w) => w.length >= 2);
    if (words.length >= 2) out.push(words.map((w) => w[0]).join(''));
  }
  return out;
}

/**
 * A printed byline without the publication signed after its writers ("by NAME, SITE"): the site is
 * shown as the source already. An outlet with a writer's initials ("srf/hosb") stays, and so does a
 * list that names nobody else.
 */
export function withoutPublication(names: readonly string[], siteName: string, url: string): string[] {
  const keys = siteKeys(siteName, url);
  const kept = names.filter((n) => n.includes('/') || !isSiteLike(n, keys));
  return kept.length ? kept : [...names];
}
