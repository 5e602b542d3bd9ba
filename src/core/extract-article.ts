// The extraction pipeline: inert copy → figures → choose the body → clean → title/byline out →
// serialize. Never mutates the given document, never throws: bad input gives a "no article" result.

import { removeAuthorEcho } from './content/author-echo';
import { checklistLabels } from './content/checklist-labels';
import { chooseContent } from './content/choose-content';
import { cleanContent } from './content/clean-content';
import { readClosingSignature, removeClosingSeparators } from './content/closing-lines';
import { openingLine } from './content/opening-line';
import { findQuoteBoxes, removeRepeatedQuotes } from './content/pull-quotes';
import { removeSectionLinks } from './content/section-links';
import { removeServerErrors } from './content/server-errors';
import { statedBodyContainer } from './content/stated-body';
import { stripHeader } from './content/strip-header';
import { computeStats } from './content/text-stats';
import { removeEditLinks } from './content/wiki-edit-links';
import { cloneForExtraction } from './dom/clone-for-extraction';
import { BudgetExceededError, Deadline } from './dom/deadline';
import { markupParserFor } from './dom/parse-markup';
import { collapse, showsText, textOf } from './dom/text';
import { imageUrl } from './dom/url';
import { addHeroImages, findBackgroundHeroes, pairHeroes } from './figures/background-hero';
import { collectFigures } from './figures/collect-figures';
import { VideoStandIns } from './figures/embedded-video';
import { findLeadFigures } from './figures/lead-figure';
import { prepareFigures } from './figures/prepare-figures';
import { removeRepeatedPhotos } from './figures/repeated-photos';
import { collectMetadata } from './metadata/collect-metadata';
import type { PageMetadata } from './metadata/contract';
import { slashDayFirst } from './metadata/date';
import { declaresArticle } from './metadata/declares-article';
import { namesOnlyThePublication, siteKeys, withoutPublication } from './metadata/site-name';
import { titlePartShown } from './metadata/title';
import { countWords } from './output/reading-time';
import { serialize } from './output/serialize';
import { RulePlan } from './rules/rule-plan';
import type { ExtractOptions, ExtractResult, Figure, NoArticleReason } from './types';

// Below this many characters of body text there is no article to show (a login page, an error page).
const MIN_ARTICLE_CHARS = 140;
// A page that declares itself an article (og:type) may be a two-line blog post: 122 characters in
// tests/fixtures/core-short-post.html, as on blog posts of several engines in trafilatura-dev.
const MIN_DECLARED_ARTICLE_CHARS = 80;
// A photo essay tells its story in its captions, under a line or two of text: from this many
// captioned photos on, the captions count toward the bar (fixture core-photo-essay.html: eight
// captioned photos under a 100-character standfirst).
const MIN_ESSAY_PHOTOS = 3;
// A Chinese or Japanese character says about what three Latin letters say (the detector's factor),
// so a two-sentence news item clears the bar (tests/fixtures/core-short-cjk-item.html: 75 characters).
const CHARACTER_SCRIPT_WEIGHT = 3;
const EXCERPT_MAX_CHARS = 300;
// Without a description in the page's metadata the excerpt is the text's first block that reads as
// a sentence or more: a "Key takeaways" heading or a forum poster's name opens many texts
// (fixture core-excerpt-first-prose.html). Looked for among the first few blocks only. A Chinese or
// Japanese character counts as CHARACTER_SCRIPT_WEIGHT letters in a block that says a sentence: a
// news lead of 45 characters is one (fixture core-excerpt-cjk-lead.html), a breadcrumb of 35 is not
// (readability-pages hukumusume).
const EXCERPT_MIN_CHARS = 80;
const SENTENCE_MARK_RE = /[。！？.!?]/;
const EXCERPT_MAX_BLOCKS = 8;
// A chosen node with these tags is written out itself, so it goes inside a wrapper.
const STRUCTURAL_TAGS = new Set(['ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'figure', 'p']);

/**
 * The URL images resolve against: the first <base href> in the document, as browsers resolve them
 * (HTML honours a <base> even in the body: tests/fixtures/hostile-article.html), else the
 * document's own address. Not doc.baseURI: jsdom looks the base element up with a selector over the
 * whole page on every read (0.5 s on tests/stress "wide"); one tag lookup costs a fraction of that.
 */
function documentBase(doc: Document, url: string): string {
  const own = doc.URL && doc.URL !== 'about:blank' ? doc.URL : url;
  const bases = doc.getElementsByTagName('base');
  for (let i = 0; i < bases.length; i++) {
    const href = bases[i]!.getAttribute('href');
    if (href === null) continue;
    try {
      return new URL(href, own || undefined).href;
    } catch {
      return own;
    }
  }
  return own;
}

// A Korean syllable block, set between spaces as words are, says about what two Latin letters say:
// a two-sentence Korean news item is no page without text (fixture core-short-korean-item.html: 70
// syllables, "해안시는 … 개장한다고 20일 밝혔다").
const HANGUL_WEIGHT = 2;
const HANGUL_RE = /\p{Script=Hangul}/gu;

/**
 * `text`'s length with each Chinese or Japanese character (`characters` of them) weighing three
 * letters and each Korean syllable two.
 */
function weightedLength(text: string, characters: number): number {
  const hangul = text.match(HANGUL_RE)?.length ?? 0;
  return text.length + characters * (CHARACTER_SCRIPT_WEIGHT - 1) + hangul * (HANGUL_WEIGHT - 1);
}

/** The captions' weight when the photos carry the story; 0 for fewer than MIN_ESSAY_PHOTOS. */
function essayCaptionWeight(figures: readonly Figure[]): number {
  const captions = figures.map((f) => f.caption).filter(Boolean);
  if (captions.length < MIN_ESSAY_PHOTOS) return 0;
  return captions.reduce((sum, c) => sum + weightedLength(c, countWords(c).characterWords), 0);
}

function noArticle(reason: NoArticleReason, message: string): ExtractResult {
  return { isArticle: false, reason, message };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    return run(doc, options);
  } catch (err) {
    if (err instanceof BudgetExceededError)
      return noArticle('too-large', 'The page is too large to extract within the time budget.');
    return noArticle('error', `Extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function run(doc: Document, options: ExtractOptions): ExtractResult {
  const deadline = new Deadline(options.timeBudgetMs);
  if (!doc?.documentElement) return noArticle('empty-document', 'The document is empty.');
  const url = options.url || doc.URL || '';
  if (!doc.body || !showsText(doc.body, { orImage: true }))
    return noArticle('empty-document', 'The document has no content.');

  const meta = collectMetadata(doc, url, deadline);
  deadline.check();
  const baseUrl = documentBase(doc, url);

  const plan = options.rules ? new RulePlan(doc, url, options.rules) : null;
  const shareImage = imageUrl(meta.leadImage, baseUrl);
  const heroes = findBackgroundHeroes(doc.body, shareImage);
  const heroCopies = new Map<Element, string>();
  const pair = heroes.size ? pairHeroes(heroes, heroCopies, plan?.pair) : plan?.pair;
  const hosts = options.embedHosts;
  const videos = new VideoStandIns(hosts?.videos);
  const {
    body: work,
    removed,
    noscripts,
    setAside,
  } = cloneForExtraction(doc, deadline, pair, videos.standIn);
  addHeroImages(work, heroCopies, baseUrl);
  removed.push(...removeServerErrors(work));
  removed.push(...removeEditLinks(work));
  removeSectionLinks(work, url);
  if (plan) removed.push(...plan.dropMarked(work));
  deadline.check();
  removed.push(
    ...prepareFigures(work, baseUrl, deadline, {
      parse: markupParserFor(doc),
      authors: meta.authors,
      videos: videos.stills,
      stillless: videos.figures,
      postHosts: hosts?.posts,
      trackers: options.networks?.tracker,
    }),
  );
  // Fallbacks prepareFigures did not use (a detached one is left alone by remove()).
  for (const ns of noscripts) ns.remove();
  deadline.check();

  const index = computeStats(work, deadline, options.networks);
  const picked = plan?.articleIn(work);
  const choice = picked
    ? { top: picked, nodes: [picked], via: 'rule' as const }
    : chooseContent(work, index, meta.articleBody, deadline, meta.title, meta.excerpt);
  deadline.check();
  if (!choice) return statedArticle(doc, work, meta, url, deadline) ?? noContent();

  // The standfirst the choice set right before the text: a photo between the two is the article's.
  const opener = choice.nodes[1] === choice.top ? choice.nodes[0] : undefined;
  // The text's blocks before the best-scoring one are no text between it and the lead photo
  // (trafilatura-dev: a gardening blog's parts; fixture figures-lead-before-first-text-part.html).
  const lead = findLeadFigures(work, choice.top, shareImage, opener, choice.nodes).filter(
    (fig) => !choice.nodes.some((n) => n.contains(fig)),
  );
  // A lone container is cleaned where it stands: moving a big subtree out of the document makes
  // jsdom detach every descendant.
  const only = choice.nodes.length === 1 && !lead.length ? choice.nodes[0]! : null;
  let container: Element;
  if (only && !STRUCTURAL_TAGS.has(only.localName)) container = only;
  else {
    container = work.ownerDocument.createElement('div');
    for (const fig of lead) container.appendChild(fig);
    for (const node of choice.nodes) container.appendChild(node);
  }

  const quoteBoxes = findQuoteBoxes(container);
  const contentText = choice.nodes.reduce((sum, n) => sum + (index.stats.get(n)?.text ?? 0), 0);
  cleanContent(
    container,
    {
      siteName: meta.siteName,
      title: meta.title,
      authors: meta.authors,
      description: meta.excerpt,
      contentText,
      stats: index.stats,
      setAside,
      checklistLabels: checklistLabels(container),
      networks: options.networks,
    },
    removed,
    deadline,
    plan ?? undefined,
  );
  // The <title> still holds the site's name beside the headline: the part the text opens with is the
  // headline (meta-title-opening-line.html).
  const title =
    titlePartShown(meta.title, openingLine(container), siteKeys(meta.siteName, url)) || meta.title;
  const signedInText = namesOnlyThePublication(meta.authors, meta.siteName, meta.url || url);
  // A byline at the start of the body names the writers; page metadata often names the poster.
  const header = stripHeader(container, title, removed, {
    // Not on a page with no author at all: there a bold "Key Points" line is as likely as a name.
    signedInText,
    dayFirst: slashDayFirst(meta.lang),
    knownAuthors: meta.authors,
    publishedTime: meta.publishedTime,
  });
  // A story signed under its last paragraph, where the header names no writer.
  const closing =
    !header.authors.length && (signedInText || !meta.authors.length) ? readClosingSignature(container) : [];
  const bodyAuthors = withoutPublication(
    header.authors.length ? header.authors : closing,
    meta.siteName,
    meta.url || url,
  );
  const headerDate = header.date;
  removeAuthorEcho(container, [...bodyAuthors, ...meta.authors], removed);
  removeRepeatedQuotes(container, quoteBoxes, removed);
  removeRepeatedPhotos(container, removed);
  removeClosingSeparators(container, removed);
  deadline.check();

  const { html, text } = serialize(container, url, deadline, plan?.blockRef);
  const counts = countWords(text);
  const figures = collectFigures(container);
  const weight = weightedLength(text, counts.characterWords) + essayCaptionWeight(figures);
  if (weight < minimumWeight(doc))
    return statedArticle(doc, work, meta, url, deadline, weight) ?? noContent();

  return {
    ...articleFields(doc, meta, url, html, text, counts),
    title: title || textOf(doc.querySelector('title') ?? doc.createElement('i'), 300),
    byline: bodyAuthors.length ? bodyAuthors.join(', ') : meta.byline,
    authors: bodyAuthors.length ? bodyAuthors : meta.authors,
    publishedTime: meta.publishedTime || headerDate,
    figures,
    removed,
    ...(plan ? { blocks: plan.blocks, rulesApplied: plan.applied } : {}),
  };
}

const minimumWeight = (doc: Document): number =>
  declaresArticle(doc) ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
const noContent = (): ExtractResult => noArticle('no-content', 'No article text was found on this page.');

/** What every article result holds besides its header, figures and removed blocks. */
function articleFields(
  doc: Document,
  meta: PageMetadata,
  url: string,
  html: string,
  text: string,
  counts: ReturnType<typeof countWords>,
) {
  const blocks = text.split('\n\n', EXCERPT_MAX_BLOCKS);
  // None that long (a short post, a text in Chinese): the longest of them.
  const excerptBlock =
    blocks.find(
      (b) =>
        b.length >= EXCERPT_MIN_CHARS ||
        (SENTENCE_MARK_RE.test(b) && weightedLength(b, countWords(b).characterWords) >= EXCERPT_MIN_CHARS),
    ) ?? blocks.reduce((longest, b) => (b.length > longest.length ? b : longest), '');
  return {
    isArticle: true as const,
    title: meta.title || textOf(doc.querySelector('title') ?? doc.createElement('i'), 300),
    byline: meta.byline,
    authors: meta.authors,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    url: meta.url || url,
    lang: meta.lang,
    dir: meta.dir,
    // A code block's lines keep their indentation in the text, not in a summary.
    excerpt:
      meta.excerpt || excerptBlock.split('\n').map(collapse).join('\n').trim().slice(0, EXCERPT_MAX_CHARS),
    html,
    text,
    wordCount: counts.wordCount,
    readingTimeMinutes: counts.readingTimeMinutes,
  };
}

/**
 * The article a page states in its JSON-LD articleBody when it shows less of it than an article:
 * an app's shell read before its script ran (the command line fetches pages, it runs none), a
 * page that draws its text from a data file. Only when the stated text clears the bar the shown
 * one missed, and says more (fixture core-stated-body.html).
 */
function statedArticle(
  doc: Document,
  work: Element,
  meta: PageMetadata,
  url: string,
  deadline: Deadline,
  shownWeight = 0,
): ExtractResult | null {
  const container = statedBodyContainer(work.ownerDocument, meta.statedBody);
  if (!container) return null;
  const { html, text } = serialize(container, url, deadline);
  const counts = countWords(text);
  const weight = weightedLength(text, counts.characterWords);
  if (weight < minimumWeight(doc) || weight <= shownWeight) return null;
  return { ...articleFields(doc, meta, url, html, text, counts), figures: [], removed: [] };
}
