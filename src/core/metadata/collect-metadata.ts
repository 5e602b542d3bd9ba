// Gathers the page's metadata from every source it may come from (JSON-LD, OpenGraph and other
// metas, microdata, visible byline and <time>) and settles each field. Read-only on the document.
import { BudgetExceededError, type Deadline } from '../dom/deadline';
import { findAll } from '../dom/find';
import { CJK_RE, collapse } from '../dom/text';
import { completedList, isPlaceholderName, normalizeAuthors, respellSlugs, splitNames } from './authors';
import { NAME_PARTICLES } from './byline-text';
import type { PageMetadata } from './contract';
import { parseDate, slashDayFirst } from './date';
import { logoNames } from './front-page-links';
import { emptyInfo, type JsonLdInfo, readJsonLd } from './json-ld';
import { type LabelledFacts, readLabelledFacts } from './labelled-facts';
import { readLang } from './lang';
import { inPageOffset } from './local-offset';
import { allMeta, firstMeta, type MetaMap, readMetaTags } from './meta-tags';
import { MICRODATA_QUERY, type MicrodataInfo, readMicrodata } from './microdata';
import { firstSiteName, isSiteLike, siteKey, siteKeys, titlePartOnLogo, withoutSiteTail } from './site-name';
import { fold } from './text';
import {
  chooseTitle,
  headingsWithKicker,
  printsApart,
  readHeadings,
  readPostTitles,
  stripSiteSuffix,
} from './title';
import { dateFromUrl } from './url-date';
import {
  BYLINE_QUERY,
  bylineDate,
  DATE_BOX_QUERY,
  readHeadlineSignedLine,
  readHeadlineTime,
  readVisibleByline,
  readVisibleDateText,
  SIGNATURE_QUERY,
  TIME_QUERY,
  type VisibleByline,
} from './visible-byline';
import { readWireLead } from './wire-lead';

const TITLE_METAS = [
  'og:title',
  'twitter:title',
  'parsely-title',
  'sailthru.title',
  'dc.title',
  'dcterms.title',
  'citation_title',
  'title',
];
const AUTHOR_METAS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'byl',
  'og:article:author',
  'twitter:creator:name',
  // Analytics and sharing tags that name the writer (fundus-dev, trafilatura-dev, readability-pages).
  'article:author_name',
  'cxenseparse:author',
  'og:author',
  'twitter:author',
  'dc.author',
  'article_author',
  'author.name',
  'sailthru.byline_name',
  'shareaholic:article_author_name',
  // A CMS's own name for the writer, beside a JSON-LD author that is the outlet (fundus NTVTR, Haberturk;
  // fixture meta-author-article-author-meta.html).
  'articleauthor',
];
const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'date',
  'article_date_original',
  'original-publish-date',
  'og:pubdate',
  'release_date',
  // Search, analytics and sharing tags (a canton's press releases: "publication_date"; fundus-dev,
  // readability-pages).
  'publication_date',
  'pub_date',
  'published_at',
  'article:published',
  'prism.publicationdate',
  'cxenseparse:publishtime',
  'cxenseparse:recs:publishtime',
  'shareaholic:article_published_time',
];
const IMAGE_METAS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];
const EXCERPT_METAS = [
  'og:description',
  'description',
  'twitter:description',
  'dc.description',
  'sailthru.description',
];
// Meta author values that are URLs (Facebook profile pages in article:author) carry no name.
const URL_VALUE_RE = /^(?:https?:)?\/\//i;

// A meta author that gives a web address on another host ("Web Agency GmbH www.agency.example",
// "Jane Roe - http://janeroe.example") and whose name the page never prints credits the firm or
// the theme that built the site, not the writer (trafilatura-dev church and recipe pages). A
// writer with a homepage is signed on the page too.
const MAKER_ADDRESS_RE = /(?:https?:\/\/|\bwww\.)((?:[\p{L}\d-]+\.)+[\p{L}]{2,})/iu;

function creditsSiteMaker(value: string, pageUrl: string, doc: Document): boolean {
  const m = MAKER_ADDRESS_RE.exec(value);
  if (!m?.[1]) return false;
  const name = normalizeAuthors([value])[0];
  if (!name || fold(doc.body?.textContent ?? '').includes(fold(name))) return false;
  const theirs = m[1].toLowerCase().replace(/^www\./, '');
  let ours = '';
  try {
    ours = new URL(pageUrl).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return !(ours === theirs || ours.endsWith(`.${theirs}`) || theirs.endsWith(`.${ours}`));
}

function canonicalUrl(doc: Document, given: string): string {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    if ((l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const href = l.getAttribute('href');
      if (!href) continue;
      try {
        const u = new URL(href, given || undefined);
        if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
      } catch {
        // A malformed canonical is ignored.
      }
    }
  }
  return given;
}

// Two to five words: "Jane Doe", "Dr. Max Kolter"; CJK names are one word and pass on script.
function isPersonLike(name: string, keys: string[]): boolean {
  if (isSiteLike(name, keys)) return false;
  const n = name.split(/\s+/).length;
  return (n >= 2 && n <= 5) || CJK_RE.test(name);
}

/** All values of the first author key present: several <meta name="author"> tags name several
 * people, but different keys repeat or contradict each other (readability-pages 004). */
function firstMetaList(metas: MetaMap, keys: readonly string[]): string[] {
  for (const k of keys) {
    const list = (metas.get(k) ?? []).filter((v) => !URL_VALUE_RE.test(v));
    if (list.length) return INVERTED_NAME_METAS.has(k) ? list.map(uninverted) : list;
  }
  return [];
}

// Scholarly tags give one writer per tag, family name first ("Roe, Jane", "van der Berg, T."), as
// Google Scholar's citation_author and Dublin Core's creator allow (a paper's HTML page, a
// repository's record; fixture meta-author-citation-inverted.html).
const INVERTED_NAME_METAS = new Set(['citation_author', 'dc.creator', 'dcterms.creator']);
// The family name's particles may trail the given names ("Jong, Michiel de": readability-pages ietf-1).
const INVERTED_NAME_RE = new RegExp(
  `^([^,]{2,40}),\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2}(?:\\s+${NAME_PARTICLES}){0,2})$`,
  'u',
);

/** "Roe, Jane" read as "Jane Roe"; any other value as it is. */
function uninverted(value: string): string {
  const m = INVERTED_NAME_RE.exec(collapse(value));
  return m ? `${m[2]} ${m[1]}` : value;
}

function firstDate(values: Iterable<string>, dayFirst?: boolean): string {
  for (const v of values) {
    const d = parseDate(v, dayFirst);
    if (d) return d;
  }
  return '';
}

/** Runs one reader; a failure in it (hostile markup) costs that source only, never the page. */
function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (err) {
    // Running out of time is not a reader's failure: extraction stops.
    if (err instanceof BudgetExceededError) throw err;
    return fallback;
  }
}

const EMPTY_LD: JsonLdInfo = emptyInfo();

/** `deadline` (optional) bounds the page walks; running out throws its BudgetExceededError. */
export function collectMetadata(doc: Document, url: string, deadline?: Deadline): PageMetadata {
  const metas = safe(() => readMetaTags(doc), new Map());
  const ld = safe(() => readJsonLd(doc, url), EMPTY_LD);
  // One walk over the page finds the candidates of every visible-metadata reader below (each walk
  // over a big page costs as much as the readers themselves). It runs only when the declared
  // metadata leaves a field open: most news pages state title, authors and date in JSON-LD or meta
  // tags, and in Chromium the walk was the largest part of metadata time (bench:browser).
  let walked: Element[][] | null = null;
  const walk = (): Element[][] =>
    (walked ??= safe(
      () =>
        findAll(doc, [MICRODATA_QUERY, BYLINE_QUERY, SIGNATURE_QUERY, TIME_QUERY, DATE_BOX_QUERY], deadline),
      [],
    ));
  let microInfo: MicrodataInfo | null = null;
  const micro = (): MicrodataInfo =>
    (microInfo ??= safe(() => readMicrodata(doc, deadline, walk()[0]), {
      headline: '',
      authors: [],
      datePublished: '',
    }));
  const { headings, logos } = readHeadings(doc);
  const { lang, dir } = readLang(doc, metas, ld.inLanguage);
  // The order of "03/05/2022" on this page: every reader of the page's own text is told it.
  const dayFirst = slashDayFirst(lang);

  const docTitle = collapse(doc.getElementsByTagName('title')[0]?.textContent);
  // A logo's h1 names the site: a fallback site name, and a name to cut from the title.
  let postTitles: string[] | null = null;
  const posts = (): string[] => (postTitles ??= readPostTitles(doc));
  const siteName =
    firstSiteName(metas, ld, docTitle, headings, posts) ||
    (logos[0] ?? '') ||
    titlePartOnLogo(docTitle, () => logoNames(doc, url));
  const keys = [...siteKeys(siteName, url), ...logos.map(siteKey)];

  // A JSON-LD headline that neither the <title> nor a headline on the page holds, on a node whose
  // name is the page's h1, is a description filed as the headline (readability-pages wikipedia-2/3/4:
  // "constitutional monarchy in Oceania" over "New Zealand"; fixture meta-title-ld-name-shown).
  const ldTitle =
    ld.otherName &&
    headings.some((h) => fold(h) === fold(ld.otherName)) &&
    !fold(docTitle).includes(fold(ld.headline)) &&
    !headings.some((h) => fold(h).includes(fold(ld.headline)))
      ? ld.otherName
      : ld.headline;
  function* titleCandidates(): Generator<string> {
    yield ldTitle;
    for (const k of TITLE_METAS) yield metas.get(k)?.[0] ?? '';
    yield micro().headline;
  }
  // Other statements of the headline alone: a title with a kicker glued before it gives way to them.
  // A visible headline's text without its kicker element counts only when no metadata title is the
  // headline as shown, kicker included: then the publisher titles the article with its kicker
  // (fixture meta-title-kicker-shown), while a prefix the page never shows is an SEO kicker.
  const metaTitles = [ldTitle, ...TITLE_METAS.map((k) => metas.get(k)?.[0] ?? '')]
    .map((t) => stripSiteSuffix(collapse(t), keys))
    .filter(Boolean);
  const foldedMetaTitles = new Set(metaTitles.map(fold));
  const statements = {
    bare: [
      ...metaTitles,
      ...headingsWithKicker(doc)
        .filter((h) => !foldedMetaTitles.has(fold(h.full)))
        .map((h) => h.bare),
    ],
    shown: headings,
    isShown: (kicker: string) => printsApart(doc, kicker),
    description: firstMeta(metas, EXCERPT_METAS),
  };
  const title = chooseTitle(titleCandidates(), docTitle, headings, keys, statements, posts);

  const metaAuthors = firstMetaList(metas, AUTHOR_METAS).filter(
    (v) => !URL_VALUE_RE.test(v) && !creditsSiteMaker(v, url, doc),
  );
  const keysWithPublisher = ld.publisher ? [...keys, siteKey(ld.publisher)] : keys;
  // The printed byline and the "Name | date" line under the headline, each read once: the authors
  // and, on a page with no date elsewhere, the date both come from them.
  let visibleLine: VisibleByline | null = null;
  const visible = (): VisibleByline =>
    (visibleLine ??= safe(
      () => {
        const [, bylines, signatures] = walk();
        return readVisibleByline(
          doc,
          deadline,
          bylines && signatures ? { bylines, signatures } : undefined,
          (text) => isSiteLike(text, keysWithPublisher),
        );
      },
      { text: '', names: [] },
    ));
  let labelledFacts: LabelledFacts | null = null;
  const labelled = (): LabelledFacts =>
    (labelledFacts ??= safe(() => readLabelledFacts(doc, deadline), { authors: [], date: '' }));
  let signedLine: ReturnType<typeof readHeadlineSignedLine> | null = null;
  const signed = () =>
    (signedLine ??= safe(() => readHeadlineSignedLine(doc, dayFirst, title), { text: '', names: [] }));
  let visibleText = '';
  // `printed`: a line on the page, which signs the reporter and then the outlet ("Von Jane Doe,
  // Radio Nord"); the outlet there is the sender, not a second author.
  const sources: { read: () => string[]; printed?: true }[] = [
    { read: () => ld.authors },
    { read: () => metaAuthors },
    { read: () => micro().authors },
    {
      printed: true,
      read: () => {
        const v = visible();
        visibleText = v.text;
        return v.names;
      },
    },
    {
      printed: true,
      read: () => {
        const v = signed();
        if (v.names.length) visibleText = v.text;
        return v.names;
      },
    },
    { printed: true, read: () => labelled().authors },
    { printed: true, read: () => readWireLead(doc, deadline) },
  ];
  // The names the page gives itself, not its address: a writer's surname may be the domain's label.
  const statedSiteKeys = [siteKey(siteName), siteKey(ld.publisher)].filter((k) => k.length > 0);
  // Sources in order; a list naming only the publication (its own name or web address as the
  // JSON-LD author) gives way to a later source that names a person (fundus Stern, MDR, LTO, Lesotho Times).
  let authors: string[] = [];
  let fallback: string[] = [];
  // One JSON-LD name joining the publication and an agency ("Le Quotidien et AFP") is a joint credit.
  const jointCredit = (raw: string) => {
    const parts = splitNames(raw);
    return parts.length > 1 && parts.some((p) => isSiteLike(p, keysWithPublisher));
  };
  // The site's own name stays whole: "Mac & i" is one magazine, not "Mac" and "i" (readability-pages heise).
  const wholeSite = (raw: string) => splitNames(raw).length > 1 && keys.includes(siteKey(raw));
  // An outlet signed with a writer's initials ("srf/hosb", "MDR THÜRINGEN/ls") credits that writer.
  const outletOnly = (n: string) => !n.includes('/') && isSiteLike(n, keysWithPublisher);
  // One metadata value that signs the writer and then the outlet ("Rob Picheta, CNN") reads like a
  // printed byline; a JSON-LD list that gives the desk an entry of its own credits it (fixture
  // meta-nested-author-list).
  const withoutOutlet = (raw: string): string => {
    const parts = splitNames(raw);
    const kept = parts.filter((p) => !outletOnly(p));
    return kept.length && kept.length < parts.length ? kept.join(', ') : raw;
  };
  for (const [i, source] of sources.entries()) {
    const whole = (raw: string) => wholeSite(raw) || (i === 0 && jointCredit(raw));
    const shownBefore = visibleText;
    const raws = source
      .read()
      .map((raw) =>
        source.printed ? withoutSiteTail(raw, statedSiteKeys) : whole(raw) ? raw : withoutOutlet(raw),
      );
    const names = normalizeAuthors(raws, whole);
    if (!names.length) {
      // A printed line whose only name is a placeholder is no byline to show either ("Publié par
      // Unknown" under a blog post whose writer hid the profile; fixture meta-byline-placeholder-name).
      if (raws.length && raws.every(isPlaceholderName)) visibleText = shownBefore;
      continue;
    }
    if (!fallback.length) fallback = names;
    // The first source only has to name something besides the site; a later one must name a person.
    const ok =
      fallback === names
        ? (n: string) => !isSiteLike(n, keysWithPublisher)
        : (n: string) => isPersonLike(n, keysWithPublisher);
    if (names.some(ok)) {
      // `ok` let the list through on a name that is not the site's, so the filter never empties it.
      authors = source.printed ? names.filter((n) => !outletOnly(n)) : names;
      break;
    }
  }
  if (!authors.length) authors = fallback;
  authors = respellSlugs(authors, () =>
    normalizeAuthors([...metaAuthors, ...micro().authors, ...visible().names]),
  );

  function* dateCandidates(): Generator<string> {
    yield ld.datePublished;
    yield* allMeta(metas, DATE_METAS);
    yield micro().datePublished;
    yield safe(() => readHeadlineTime(doc, deadline, walk()[3]), '');
  }
  const canonical = canonicalUrl(doc, url);
  let shownDates: string[] | null = null;
  const visibleDates = (): string[] =>
    (shownDates ??= safe(() => readVisibleDateText(doc, deadline, walk()[4]), []));
  const statedTime = firstDate(dateCandidates());
  const publishedTime =
    (statedTime &&
      inPageOffset(
        statedTime,
        doc,
        [ld.datePublished, ...allMeta(metas, DATE_METAS)],
        () => [...visibleDates(), signed().date ?? ''],
        dayFirst,
      )) ||
    firstDate(visibleDates(), dayFirst) ||
    (signed().date ?? '') ||
    bylineDate(visible().text, dayFirst) ||
    labelled().date ||
    dateFromUrl(canonical) ||
    dateFromUrl(url);

  // The printed byline only once the page was walked for its other facts: walking every page that
  // states its author and date in metadata for it cost 5% of the extraction time (bench:speed
  // 0.94 -> 0.99).
  authors = completedList(authors, [() => metaAuthors, () => (walked ? visible().names : [])], (n) =>
    isPersonLike(n, keysWithPublisher),
  );
  const byline = authors.length ? authors.join(', ') : visibleText;
  const excerpt = firstMeta(metas, EXCERPT_METAS) || ld.description;

  return {
    title,
    byline,
    authors,
    siteName,
    publishedTime,
    url: canonical,
    lang,
    dir,
    excerpt,
    articleBody: ld.articleBody,
    statedBody: ld.statedBody,
    leadImage: firstMeta(metas, IMAGE_METAS) || ld.imageUrl,
  };
}
