// Cheap "is this an article page?" check that runs on every page load in the content script.
// Looks only at the URL, head metas, JSON-LD types and a bounded sample of paragraphs: no full-page
// text, no querySelectorAll('*'), no regexes over the whole HTML. Imports nothing else.
import type { DetectionResult, DetectOptions } from '../types';

// Paragraphs shorter than this are UI text (buttons, teasers); the tail above it counts, as a
// square root so one huge block does not outweigh several real paragraphs.
const MIN_PARAGRAPH_CHARS = 140;
// Score that plain text alone needs (readability-pages: readerable pages reach 20+).
const TEXT_THRESHOLD = 20;
// With article metadata, a little real text is enough (short news items, fundus).
const TEXT_THRESHOLD_WITH_META = 6;
// Bounds the paragraph scan on huge pages.
const MAX_PARAGRAPHS = 250;
// With article metadata, a short post is still a post: its paragraphs together say this much, each
// a line of prose rather than a label (trafilatura-dev: five WordPress posts of 100 to 700
// characters in short paragraphs; fixture detect-article-short-post.html).
const MIN_META_POST_CHARS = 300;
const MIN_POST_PARAGRAPH_CHARS = 40;
// Teaser cards: a front page lists many <article> elements (home and section fixtures); an
// article with related cards still has long paragraphs (readability-pages la-nacion).
const MAX_TEASER_ARTICLES = 6;
// <article>/<pre> blocks read when paragraphs fall short (readability-pages base-url, ietf-1).
const MAX_BLOCKS = 3;
// Prose set outside <p>, read when paragraphs fall short: lines split by <br> (forum posts,
// Blogger, layout tables: trafilatura-dev buero-hoppe, wordsmith) and text straight in <div>s or
// cells (trafilatura-dev ekiba, baike; scrapinghub-dev's newsletter page). Bounded per page.
const MAX_BREAKS = 500;
const MAX_PROSE_BOXES = 1500;
const PROSE_BOX_TAGS = ['div', 'td', 'blockquote'] as const;
// A box of prose counts when it is long or has prose beside it: a teaser's or a product card's
// text box sits alone under a linked heading (tests/fixtures/detect-teaser-boxes.html).
const LONE_BOX_CHARS = 400;
const SIBLING_PROSE_CHARS = 80;
// Short boxes alone in their card still count when the page has a run of them, one kind, and no card
// is headed by a link elsewhere or holds a button: a forum thread's posts, not teasers or products
// (tests/fixtures/detect-forum-thread.html against detect-teaser-boxes.html).
const MIN_BOX_RUN = 3;
const TEASER_HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
const CARD_CONTROL_TAGS = ['button', 'input'] as const;
// Classes that shade rows in turn ("bg1"/"bg2", "windowbg"/"windowbg2", "odd"/"even"): the rule of
// content/row-kind.ts, written again because the detector imports nothing.
const ROW_SHADE_RE = /(?<=\p{L})[012](?=\s|$)|(?:^|\s)(?:odd|even|alt)(?=\s|$)/gu;
// Blank lines skipped on the way to a neighbour: rich-text editors set paragraphs as <div>s with a
// <div><br></div> between them (tests/fixtures/detect-article-div-paragraphs-spaced.html).
const MAX_SPACERS = 2;
// Text-level children that are part of a box's own prose. Links are left out: a teaser or menu
// box is mostly link text, a paragraph mostly not.
const INLINE_TAGS = new Set(
  'abbr b big cite code dfn em font i kbd mark q s samp small span strong sub sup time u var'.split(' '),
);
// Page chrome whose text is not the page's subject: a cookie notice's long paragraph, a footer's
// legal text (tests/fixtures/detect-teaser-boxes.html).
const CHROME_TAGS = new Set(['aside', 'dialog', 'footer', 'header', 'nav']);
const CHROME_ROLES = new Set([
  'alertdialog',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'navigation',
]);
const CHROME_NAME_RE = /cookie|consent|gdpr|privacy|banner|footer|modal/i;
// How far up a box is looked at for chrome: a notice's text sits a few levels inside it.
const MAX_CHROME_LEVELS = 12;
// Enough to score a box (the square root of the excess is then past the threshold on its own), and
// the most nodes one box's walk visits (a hostile page wraps everything in <span>s).
const MAX_BOX_CHARS = 2000;
const MAX_BOX_NODES = 400;
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CJK_FACTOR = 3;
const MAX_LD_SCRIPT_CHARS = 100_000;

const ARTICLE_TYPE_RE =
  /^(?:article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|scholarlyarticle|techarticle|report|socialmediaposting)$/i;
const NON_ARTICLE_TYPE_RE =
  /^(?:product|productgroup|offer|itemlist|collectionpage|searchresultspage|profilepage|store|onlinestore|checkoutpage|contactpage)$/i;
const LD_TYPE_RE = /"@type"\s*:\s*(?:\[\s*)?"([^"]{1,60})"/g;
const SEARCH_PATH_RE = /(?:^|\/)(?:search|suche|recherche|buscar|busca|cerca|zoeken|szukaj)(?:\/|$|\.)/i;
const SEARCH_QUERY_RE = /(?:^|&)(?:q|query|s|search|keyword|keywords|k)=/i;
const ACCOUNT_PATH_RE =
  /(?:^|\/)(?:login|log-in|signin|sign-in|signup|sign-up|register|registration|account|my-account|profile|password|logout|auth|anmelden|connexion|cart|basket|checkout|warenkorb|panier|carrito|wishlist)(?:\/|$|\.)/i;
const SHOP_PATH_RE = /(?:^|\/)(?:product|products|shop|store|dp|sku|catalog)\/[^/]+/i;
const HOME_PATH_RE = /^\/(?:index\.(?:html?|php|aspx?))?$|^\/(?:[a-z]{2}(?:-[a-z]{2})?)\/?$/i;
// "/politics/", "/sport", "/section/world": short word paths with no id or slug.
const SECTION_PATH_RE =
  /^\/(?:(?:section|category|tag|topics?|rubrik|ressort|thema|themen)\/)?[a-z\u00c0-\u024f]{2,24}\/?$/i;
const ARTICLE_PATH_RE = /\d{4,}|[a-z0-9]+(?:-[a-z0-9]+){3,}|\.html?$/i;
// A query naming one item by its number: WordPress's plain links ("/?p=3289", trafilatura-dev: three
// sites), "index.php?id=112", "/news?article=4521". The path alone then says nothing of the page.
const ITEM_QUERY_RE = /(?:^|&)[\w-]+=\d{2,}(?:&|$)/;

function result(isArticle: boolean, score: number, reason: string): DetectionResult {
  return { isArticle, score: Math.round(score * 100) / 100, reason };
}

function metaContent(doc: Document, key: string): string {
  // Head metas are the head's own children: walking them is three times cheaper in jsdom than
  // a tag query (scrapinghub-dev: 0.11 vs 0.31 ms median).
  for (let m = doc.head?.firstElementChild ?? null; m; m = m.nextElementSibling) {
    if (m.tagName !== 'META') continue;
    if (m.getAttribute('property') === key || m.getAttribute('name') === key)
      return (m.getAttribute('content') ?? '').trim();
  }
  return '';
}

function ldTypes(doc: Document): string[] {
  const out: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const text = (s.textContent ?? '').slice(0, MAX_LD_SCRIPT_CHARS);
    for (const m of text.matchAll(LD_TYPE_RE)) out.push((m[1] ?? '').replace(/^.*[/:#]/, ''));
  }
  return out;
}

function hasPasswordField(doc: Document): boolean {
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++)
    if ((inputs[i]!.getAttribute('type') ?? '').toLowerCase() === 'password') return true;
  return false;
}

/**
 * `score`: the page's paragraphs and prose boxes, each long one counted as the square root of its
 * excess; `postChars`: the characters of its paragraphs of prose however short each (a short post's,
 * read when the page's metadata declares an article), counted in the same pass.
 */
function textScore(doc: Document): { score: number; postChars: number } {
  const ps = doc.getElementsByTagName('p');
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  let score = 0;
  let postChars = 0;
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const text = (p.textContent ?? '').trim();
    // CJK says in one character what Latin scripts say in about three (fundus ChunichiShimbun).
    const len = CJK_RE.test(text) ? text.length * CJK_FACTOR : text.length;
    if (len >= MIN_POST_PARAGRAPH_CHARS) postChars += len;
    if (len < MIN_PARAGRAPH_CHARS) continue;
    score += Math.sqrt(len - MIN_PARAGRAPH_CHARS);
    if (score > TEXT_THRESHOLD * 3) break;
  }
  // Only when paragraphs fall short: an <article> or <pre> holding the text as one block.
  if (score < TEXT_THRESHOLD) {
    for (const tag of ['article', 'pre']) {
      const els = doc.getElementsByTagName(tag);
      for (let i = 0; i < Math.min(els.length, MAX_BLOCKS); i++) {
        const len = (els[i]!.textContent ?? '').trim().length;
        if (len >= MIN_PARAGRAPH_CHARS) score += Math.sqrt(len - MIN_PARAGRAPH_CHARS);
      }
    }
  }
  if (score < TEXT_THRESHOLD) score += proseBoxScore(doc, TEXT_THRESHOLD - score);
  return { score, postChars };
}

/**
 * Length of an element's own prose: its text and its text-level children's, links left out. The walk
 * stops once the box is long enough to score, or after a set number of nodes: inline elements
 * wrapping the whole page must not make it quadratic.
 */
function ownProse(el: Element): number {
  let len = 0;
  let sample = '';
  let visited = 0;
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length && len < MAX_BOX_CHARS && visited++ < MAX_BOX_NODES) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      const value = n.nodeValue ?? '';
      // A huge text node is not copied to be trimmed: its length already settles the box.
      len += value.length > MAX_BOX_CHARS ? MAX_BOX_CHARS : value.trim().length;
      if (sample.length < 60) sample += value.slice(0, 60).trim();
    } else if (n.nodeType === 1 && INLINE_TAGS.has((n as Element).localName)) {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return CJK_RE.test(sample) ? len * CJK_FACTOR : len;
}

/** Holds nothing but line breaks: the blank line an editor writes between its <div> paragraphs. */
function isSpacer(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 ? (c.nodeValue ?? '').trim() : c.nodeType === 1 && (c as Element).localName !== 'br')
      return false;
  }
  return true;
}

/** A neighbouring element, past blank spacer lines, holds prose too: paragraphs come in runs, teasers one to a card. */
function besideProse(box: Element, prose: (el: Element) => number): boolean {
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let sib = box[step];
    for (let skipped = 0; sib && isSpacer(sib) && skipped < MAX_SPACERS; skipped++) sib = sib[step];
    if (sib && prose(sib) >= SIBLING_PROSE_CHARS) return true;
  }
  return false;
}

/** The box sits in page chrome: a footer, a menu, a dialog, a cookie or consent notice. */
function inChrome(box: Element): boolean {
  let el: Element | null = box;
  for (let level = 0; el && el.localName !== 'body' && level < MAX_CHROME_LEVELS; level++) {
    if (CHROME_TAGS.has(el.localName) || CHROME_ROLES.has(el.getAttribute('role') ?? '')) return true;
    if (CHROME_NAME_RE.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
    el = el.parentElement;
  }
  return false;
}

/** Score of the prose boxes outside <p>, counted like paragraphs, up to `needed`. */
function proseBoxScore(doc: Document, needed: number): number {
  const boxes = new Set<Element>();
  const brs = doc.getElementsByTagName('br');
  for (let i = 0; i < Math.min(brs.length, MAX_BREAKS); i++) {
    // A line break inside <b> or <span> belongs to the block around it.
    let box = brs[i]!.parentElement;
    while (box && INLINE_TAGS.has(box.localName)) box = box.parentElement;
    if (box && box.localName !== 'p') boxes.add(box);
  }
  for (const tag of PROSE_BOX_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < Math.min(els.length, MAX_PROSE_BOXES); i++) boxes.add(els[i]!);
  }
  // Neighbours are mostly boxes too: each box's prose is walked once.
  const lengths = new Map<Element, number>();
  const prose = (el: Element): number => {
    let len = lengths.get(el);
    if (len === undefined) {
      len = ownProse(el);
      lengths.set(el, len);
    }
    return len;
  };
  let score = 0;
  const runs = new Map<string, number[]>();
  for (const box of boxes) {
    const len = prose(box);
    if (len < MIN_PARAGRAPH_CHARS) continue;
    if (len < LONE_BOX_CHARS && !besideProse(box, prose)) {
      const kind = postKind(box);
      if (!kind || inChrome(box)) continue;
      const run = runs.get(kind);
      if (run) run.push(len);
      else runs.set(kind, [len]);
      continue;
    }
    if (inChrome(box)) continue;
    score += Math.sqrt(len - MIN_PARAGRAPH_CHARS);
    if (score >= needed) return score;
  }
  // A run reads as one text, as a thread does: six posts of a sentence or two make one long block.
  for (const run of runs.values()) {
    if (run.length >= MIN_BOX_RUN)
      score += Math.sqrt(run.reduce((sum, len) => sum + len, 0) - MIN_PARAGRAPH_CHARS);
  }
  return score;
}

const linksAway = (a: Element): boolean => !(a.getAttribute('href') ?? '#').startsWith('#');

/**
 * The kind (tag and class, row shading left out) of a lone prose box that may be a post: '' when it
 * has no class, or its card is a teaser's or a product's (a heading that links elsewhere, a link
 * around the box, a button).
 */
function postKind(box: Element): string {
  const cls = box.getAttribute('class');
  const card = box.parentElement;
  if (!cls || !card) return '';
  for (let a: Element | null = card; a && a.localName !== 'body'; a = a.parentElement)
    if (a.localName === 'a' && linksAway(a)) return '';
  for (const tag of CARD_CONTROL_TAGS) if (card.getElementsByTagName(tag).length) return '';
  for (const tag of TEASER_HEADING_TAGS) {
    const headings = card.getElementsByTagName(tag);
    for (let i = 0; i < headings.length; i++) {
      const h = headings[i]!;
      const around = h.parentElement;
      if (around?.localName === 'a' && linksAway(around)) return '';
      const links = h.getElementsByTagName('a');
      for (let j = 0; j < links.length; j++) if (linksAway(links[j]!)) return '';
    }
  }
  return `${box.localName}.${cls.replace(ROW_SHADE_RE, '').trim()}`;
}

function urlShape(raw: string): { reason: string } | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const path = u.pathname;
  const query = u.search.slice(1);
  if (SEARCH_PATH_RE.test(path) || (SEARCH_QUERY_RE.test(query) && !ARTICLE_PATH_RE.test(path)))
    return { reason: 'search results' };
  if (ACCOUNT_PATH_RE.test(path)) return { reason: 'login or cart page' };
  if (SHOP_PATH_RE.test(path) && !/\/(?:news|blog|article)/i.test(path)) return { reason: 'shop page' };
  if (ITEM_QUERY_RE.test(query)) return null;
  if (HOME_PATH_RE.test(path)) return { reason: 'home page' };
  if (SECTION_PATH_RE.test(path)) return { reason: 'section front' };
  return null;
}

export function isProbablyArticle(doc: Document, opts: DetectOptions = {}): DetectionResult {
  try {
    if (!doc?.documentElement || !doc.body) return result(false, 0, 'empty document');
    const url = opts.url || doc.URL || '';
    const shape = urlShape(url);
    if (shape && shape.reason !== 'section front') return result(false, 0.05, shape.reason);
    const ogType = metaContent(doc, 'og:type').toLowerCase();
    if (ogType.startsWith('product')) return result(false, 0.1, 'shop page: product metadata');
    // og:type article settles the type; only without it is JSON-LD read (cheap, but not free).
    let ldArticle = false;
    if (!ogType.startsWith('article')) {
      const types = ldTypes(doc);
      ldArticle = types.some((t) => ARTICLE_TYPE_RE.test(t));
      if (!ldArticle && types.some((t) => NON_ARTICLE_TYPE_RE.test(t)))
        return result(false, 0.1, 'shop page: product metadata');
    }
    const metaArticle = ldArticle || ogType.startsWith('article');
    const { score, postChars } = textScore(doc);
    // jsdom's attribute selectors are slow: look at the inputs directly.
    if (!metaArticle && score < TEXT_THRESHOLD && hasPasswordField(doc))
      return result(false, 0.1, 'login page: password field');
    if (shape && !metaArticle) return result(false, 0.15, shape.reason);
    const teasers = doc.getElementsByTagName('article').length;
    if (!metaArticle && teasers > MAX_TEASER_ARTICLES && score < TEXT_THRESHOLD * 2)
      return result(false, 0.2, `front page: ${teasers} teasers`);
    if (metaArticle) {
      const ok = score >= TEXT_THRESHOLD_WITH_META || postChars >= MIN_META_POST_CHARS;
      const reason = ogType.startsWith('article') ? 'og:type article' : 'json-ld article';
      return result(
        ok,
        ok ? Math.min(1, 0.7 + score / 100) : 0.4,
        ok ? reason : `${reason}, but little text`,
      );
    }
    const ok = score >= TEXT_THRESHOLD;
    return result(
      ok,
      Math.min(0.95, score / (TEXT_THRESHOLD * 2)),
      ok ? 'long paragraphs' : 'too little paragraph text',
    );
  } catch {
    return result(false, 0, 'error while checking');
  }
}
