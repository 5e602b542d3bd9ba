// Picks the element that holds the article body. Paragraph-like blocks vote for their ancestors
// (more text and more commas, fewer links: a stronger vote; the vote fades with distance); the best
// voted container wins, siblings that carry the same kind of text join it. The JSON-LD articleBody,
// when the page has one, overrides the vote: the smallest element holding most of its paragraphs.

import { canonicalFigures, isCanonicalFigure, isLinkedFigure } from '../canonical-figure';
import type { Deadline } from '../dom/deadline';
import { findElements, isHeading, isHeadingTag, someElement, walkElements } from '../dom/walk';
import { inPageLink, isPageLink } from '../figures/element-roles';
import { GALLERY_STORY_MIN_PROSE } from './bare-galleries';
import { classLean, galleryName, isAuthorBox, outsideName } from './class-signals';
import { rowKind } from './row-kind';
import { findStandfirst } from './standfirst';
import { linkDensity, type Stats, type StatsIndex, saysProse } from './text-stats';
import { findThread, inPost } from './thread-posts';

// How far up (levels) a paragraph's vote reaches, and its weight per level (Readability's decay).
const VOTE_LEVELS = 5;
const MAX_VOTE_STEPS = 16;
const CLASS_WEIGHT = 25;
// Weight of a vote cast from inside a region named comments / related / sidebar (scrapinghub 232a43fb).
const REGION_VOTE_WEIGHT = 0.2;
// The positive class bonus is full only for containers with this much paragraph text (scrapinghub
// 6ebac05f: a "content-wrapper title" box won over the body on its class name alone).
const CLASS_FULL_WEIGHT_PARA = 1000;
// A sibling joins the chosen container when its own vote reaches this share of the winner's.
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
// A sibling paragraph with this much text and few links is article text split around an ad.
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_MAX_LINKS = 0.25;
// Page builders name each block by its engine class, its type and a per-block id
// ("block block--type-text block-7f3a"): a sibling sharing this share of the winner's class tokens is
// the same kind of block, another part of the story (tests/fixtures/core-content-builder-blocks.html;
// trafilatura-dev: a text block and an info box, text widgets with per-widget ids).
const SAME_KIND_TOKEN_SHARE = 0.5;
// Such a block joins when it is prose through and through: grid columns and utility-class boxes share
// class tokens too, and a sidebar column of contact cards (names, phone lines: 63% prose) or an author
// box under the story (a "copy link" label, a name line: 82% prose) is not (trafilatura-dev;
// the person box in tests/fixtures/core-content-builder-blocks.html).
const SIMILAR_KIND_MIN_PROSE = 0.9;
// A story split into repeated wrappers (one per section, an ad slot between them): the winner's
// wrapper has siblings of its own tag and class, each holding a block like the winner, with prose
// and few links (tests/fixtures/core-content-split-columns.html; trafilatura-dev story columns).
const COUSIN_MIN_PARA = 80;
// How far up that wrapper may be: a page of sections, each a section > inner box > text card > rich
// text block, the story's parts one per section (trafilatura-dev: a sports federation's news page;
// fixture core-content-split-sections.html).
const COUSIN_MAX_DEPTH = 4;
// The page's own story, when another one appended below it won the vote, says a few paragraphs at
// least; a header row with the headline and a dek is no story (fixture core-content-next-story-longer.html).
const OWN_STORY_MIN_PARA = 400;
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3']);
// A part whose text is mostly inside a named region (related posts, comments) is that region.
const COUSIN_MAX_REGION_SHARE = 0.5;
const COUSIN_MAX_LINK_DENSITY = 0.25;
// A table row or body that wins is one part of a table set inside the article (a letter's list of
// signatories in two columns, commas everywhere): an ancestor that scores close and holds far more
// paragraph text with few links is the article (tests/fixtures/core-content-table-in-article.html: the
// letter scores a third of the row its two columns of names give; trafilatura-dev: two thirds).
const TABLE_PART_TAGS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const WIDER_MIN_SCORE_SHARE = 0.3;
// Any winner gives way to an ancestor that all but ties it and holds far more prose: the story is
// split into sections of its own and the winner is one long section (trafilatura-dev: an interview
// in a collapsed panel outscored, by a point, the column that holds it and the four sections of
// the article before it; fixture core-content-long-section-wins.html).
const NEAR_TIE_SCORE_SHARE = 0.95;
const WIDER_MIN_PARA_RATIO = 1.5;
const WIDER_MAX_LINK_DENSITY = 0.2;
// A winner inside a gallery gives way to the story around it: the nearest ancestor (within this many
// levels) with GALLERY_STORY_MIN_PROSE outside the gallery, scoring this share of the winner
// (readability-pages bug-1255978: the story scores 0.95 of its gallery's slide captions).
const GALLERY_MAX_LEVELS = 6;
const GALLERY_STORY_SCORE_SHARE = 0.5;
// JSON-LD hint: trust it when the page's paragraphs cover this share of the declared body.
const HINT_MIN_BODY_CHARS = 300;
const HINT_MIN_COVERAGE = 0.3;
const HINT_LCA_SHARE = 0.85;
// Characters of a paragraph's opening used to look it up in the declared body.
const HINT_KEY_CHARS = 60;
const HINT_KEY_MIN = 20;

const TAG_BONUS: Record<string, number> = {
  div: 5,
  article: 8,
  main: 3,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
const NORM_STRIP_RE = /[^\p{L}\p{N}]+/gu;
// A dek is found again in the body only when it is a sentence; a short line ("Key points") may recur.
const STANDFIRST_REPEAT_MIN_CHARS = 40;
const STANDFIRST_REPEAT_SLACK = 0.1;

function isParagraph(el: Element, s: Stats): boolean {
  return saysProse(s) && !isHeading(el) && el.localName !== 'figcaption' && el.localName !== 'a';
}

export interface Choice {
  top: Element;
  /** The top element plus the siblings that join it, in document order. */
  nodes: Element[];
  via: 'score' | 'json-ld' | 'rule';
}

export function chooseContent(
  root: Element,
  index: StatsIndex,
  articleBody: string,
  deadline: Deadline,
  title = '',
  description = '',
): Choice | null {
  const { order, stats } = index;
  const scores = new Map<Element, number>();
  // A content-like class name helps a container that holds real paragraphs, not a lone title box.
  const initial = (el: Element) => {
    const lean = classLean(el);
    const share = lean > 0 ? Math.min(1, stats.get(el)!.para / CLASS_FULL_WEIGHT_PARA) : 1;
    return (TAG_BONUS[el.localName] ?? 0) + lean * CLASS_WEIGHT * share;
  };

  // Paragraphs inside a comments / related / sidebar region, a dialog or an author box vote weakly
  // (order is parents first). A writer's bio under a post of short paragraphs is one long block that
  // outvoted the story (trafilatura-dev: a page-builder gift guide; fixture core-content-author-bio-long).
  const inRegion = new Set<Element>();
  for (const el of order) {
    const parent = el.parentElement;
    if ((parent && inRegion.has(parent)) || outsideName(el) || isAuthorBox(el)) inRegion.add(el);
  }
  for (const el of order) {
    deadline.tick();
    const s = stats.get(el)!;
    if (!isParagraph(el, s)) continue;
    const vote =
      (1 + s.inlineCommas + Math.min(Math.floor(s.inline / 100), 3)) *
      (1 - s.inlineLink / s.inline) *
      (inRegion.has(el) ? REGION_VOTE_WEIGHT : 1);
    // Wrappers with a single child (fundus EveningStandard: four divs around every <p>) do not
    // count as a level, so the vote still reaches the container that holds all the paragraphs.
    let anc = el.parentElement;
    let level = 0;
    for (
      let steps = 0;
      anc && level < VOTE_LEVELS && steps < MAX_VOTE_STEPS;
      steps++, anc = anc.parentElement
    ) {
      if (anc === root.parentElement) break;
      const divisor = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? initial(anc)) + vote / divisor);
      if (anc.childElementCount > 1) level++;
    }
  }

  let top: Element | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  const finalScore = new Map<Element, number>();
  for (const [el, score] of scores) {
    const f = score * (1 - linkDensity(stats.get(el)!));
    finalScore.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }

  // Text set straight into the page's body, its paragraphs parted by <br>s (an old personal page;
  // fixture core-content-text-in-body.html): no box below the body holds a paragraph, and the body
  // is the one box there is.
  const rootStats = stats.get(root);
  if (!top && rootStats && isParagraph(root, rootStats)) {
    top = root;
    topScore = 0;
  }

  if (top) {
    const share = TABLE_PART_TAGS.has(top.localName) ? WIDER_MIN_SCORE_SHARE : NEAR_TIE_SCORE_SHARE;
    const wider = widerAncestor(top, topScore, share, finalScore, stats);
    if (wider) {
      top = wider;
      topScore = finalScore.get(wider) ?? topScore;
    }
  }

  if (top) {
    const story = storyAroundGallery(top, topScore, finalScore, stats);
    if (story) {
      top = story;
      topScore = finalScore.get(story) ?? topScore;
    }
  }

  if (top && title) {
    const story = storyUnderHeadline(root, top, title, finalScore, stats);
    if (story) {
      top = story;
      topScore = finalScore.get(story) ?? topScore;
    }
  }

  const hinted = articleBody ? hintFromArticleBody(root, index, articleBody, deadline) : null;
  if (hinted && (!top || stats.get(hinted)!.para >= 0.5 * stats.get(top)!.para)) {
    return { top: hinted, nodes: withStandfirst(index, [hinted], title, description), via: 'json-ld' };
  }
  if (!top) return null;
  if (top === root) return { top, nodes: [top], via: 'score' };

  // Climb out of single-child wrappers first: the siblings that carry the rest of a split article
  // sit next to the wrapper (fundus SpiegelOnline: each text block in its own wrapper div).
  while (top.parentElement && top.parentElement !== root && top.parentElement.childElementCount === 1) {
    topScore = Math.max(topScore, finalScore.get(top.parentElement) ?? 0);
    top = top.parentElement;
  }
  const parent = top.parentElement;
  if (!parent) return { top, nodes: [top], via: 'score' };
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE);
  const topClass = top.getAttribute('class') ?? '';
  const nodes: Element[] = [];
  let afterTop = false;
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top) {
      nodes.push(sib);
      afterTop = true;
      continue;
    }
    const s = stats.get(sib);
    // An endless page's next story after the winner, in a box like it, is no part of this one
    // (fixture core-content-next-story-sibling.html). Before it, a box with a headline is the
    // story's own header.
    if (!s?.text || (afterTop && nextStory(sib, stats, title))) continue;
    const score = finalScore.get(sib) ?? 0;
    const density = linkDensity(s);
    const sibClass = sib.getAttribute('class') ?? '';
    const sameKind =
      sib.localName === top.localName &&
      (sibClass === topClass ||
        (similarClasses(sibClass, topClass) && s.para >= SIMILAR_KIND_MIN_PROSE * s.text));
    if (score >= threshold && density < 0.5) nodes.push(sib);
    else if (sameKind && s.para >= SIBLING_PARAGRAPH_CHARS && density < SIBLING_PARAGRAPH_MAX_LINKS)
      nodes.push(sib);
    // A paragraph (a <p>, or a <div> used as one: scrapinghub ef4e67b6) split off around an ad.
    else if (s.inline >= SIBLING_PARAGRAPH_CHARS && s.inlineLink / s.inline < SIBLING_PARAGRAPH_MAX_LINKS)
      nodes.push(sib);
  }
  return {
    top,
    nodes: withStandfirst(
      index,
      withSplitCousins(top, withPhotosBetween(nodes, stats), stats, inRegion, deadline),
      title,
      description,
    ),
    via: 'score',
  };
}

// A photo's box between two blocks of the text holds its figures and at most a short heading
// ("Impressionen" over a gallery); a teaser's headline and summary are more.
const MAX_PHOTO_BOX_OTHER_CHARS = 40;

/**
 * The chosen siblings with the photo boxes set between them: a CMS that stores a story as a list of
 * parts (text, image, text) puts each photo in a sibling box whose caption alone is too little text
 * to join (trafilatura-dev: a psychology magazine's Drupal paragraphs; fixture
 * figures-photo-between-text-parts.html). A photo that links to another page is a teaser's.
 */
function withPhotosBetween(nodes: Element[], stats: Map<Element, Stats>): Element[] {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || first === last) return nodes;
  const chosen = new Set(nodes);
  const out: Element[] = [];
  for (let sib: Element | null = first; sib; sib = sib.nextElementSibling) {
    if (chosen.has(sib) || isPhotoBox(sib, stats) || isHeadingBox(sib, stats)) out.push(sib);
    if (sib === last) break;
  }
  return out;
}

// A part that holds only a subheading ("<section class="highlight"><h2>Method 1</h2><h3>…</h3>"
// between two text parts, trafilatura-dev: a gardening blog; fixture
// core-content-heading-part-between-text.html): a heading or two, no link, no paragraph.
const MAX_HEADING_BOX_CHARS = 200;

function isHeadingBox(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el);
  if (!s?.text || s.text > MAX_HEADING_BOX_CHARS || s.anchors > 0) return false;
  const headings = isHeading(el) ? [el] : findElements(el, isHeadingTag);
  const headingText = headings.reduce((sum, h) => sum + (stats.get(h)?.text ?? 0), 0);
  return headings.length > 0 && headingText >= s.text;
}

/** `rows` less the photo rows before the first row of text and after the last. */
function betweenText(rows: Element[], photoRows: Set<Element>): Element[] {
  const first = rows.findIndex((r) => !photoRows.has(r));
  const last = rows.findLastIndex((r) => !photoRows.has(r));
  return rows.slice(first, last + 1);
}

function isPhotoBox(el: Element, stats: Map<Element, Stats>): boolean {
  const figures = el.localName === 'figure' && isCanonicalFigure(el) ? [el] : canonicalFigures(el);
  if (!figures.length || figures.some((f) => isLinkedFigure(f) || inPageLink(f))) return false;
  const figureText = figures.reduce((sum, f) => sum + (stats.get(f)?.text ?? 0), 0);
  return (stats.get(el)?.text ?? 0) - figureText <= MAX_PHOTO_BOX_OTHER_CHARS;
}

/** The best-scoring ancestor of `top` that holds much more of the page's paragraphs, or null. */
function widerAncestor(
  top: Element,
  topScore: number,
  share: number,
  finalScore: Map<Element, number>,
  stats: Map<Element, Stats>,
): Element | null {
  const para = stats.get(top)!.para;
  let best: Element | null = null;
  let bestScore = share * topScore;
  for (let anc = top.parentElement; anc; anc = anc.parentElement) {
    const score = finalScore.get(anc);
    const s = stats.get(anc);
    if (score === undefined || !s || score < bestScore) continue;
    if (s.para >= WIDER_MIN_PARA_RATIO * para && linkDensity(s) <= WIDER_MAX_LINK_DENSITY) {
      best = anc;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The story a winning gallery sits in: the nearest ancestor outside the gallery (or slider) that
 * holds prose of its own beside it and scores near the gallery. Fifty slide captions outvote the
 * story that embeds their gallery (readability-pages bug-1255978: a news gallery inside an article of
 * twenty paragraphs; fixture core-content-gallery-inside-story.html).
 */
function storyAroundGallery(
  top: Element,
  topScore: number,
  finalScore: Map<Element, number>,
  stats: Map<Element, Stats>,
): Element | null {
  let gallery: Element | null = null;
  let up = 0;
  for (let el: Element | null = top; el && up <= GALLERY_MAX_LEVELS; el = el.parentElement, up++) {
    if (galleryName(el)) gallery = el;
  }
  if (!gallery) return null;
  const inGallery = stats.get(gallery)?.para ?? 0;
  up = 0;
  for (let anc = gallery.parentElement; anc && up < GALLERY_MAX_LEVELS; anc = anc.parentElement, up++) {
    const s = stats.get(anc);
    if (!s || linkDensity(s) > WIDER_MAX_LINK_DENSITY) continue;
    if (s.para - inGallery < GALLERY_STORY_MIN_PROSE) continue;
    return (finalScore.get(anc) ?? 0) >= GALLERY_STORY_SCORE_SHARE * topScore ? anc : null;
  }
  return null;
}

const CLASS_TOKEN_SPLIT_RE = /\s+/;

/** Two class lists sharing most of their tokens: blocks of one kind with their own ids or types. */
function similarClasses(a: string, b: string): boolean {
  const ta = new Set(a.split(CLASS_TOKEN_SPLIT_RE).filter(Boolean));
  const tb = new Set(b.split(CLASS_TOKEN_SPLIT_RE).filter(Boolean));
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const union = ta.size + tb.size - shared;
  return union > 0 && shared / union >= SAME_KIND_TOKEN_SHARE;
}

/** Text of the outermost elements under `el` that sit in a named region (comments, related...). */
function regionText(el: Element, inRegion: Set<Element>, stats: Map<Element, Stats>): number {
  if (inRegion.has(el)) return Number.POSITIVE_INFINITY;
  let total = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (inRegion.has(c)) total += stats.get(c)?.text ?? 0;
      else stack.push(c);
    }
  }
  return total;
}

/** Descendants of `el` exactly `depth` levels down whose kind is `kind`, in document order. */
function kinAtDepth(el: Element, depth: number, kind: string, out: Element[]): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (depth === 1) {
      if (rowKind(c) === kind) out.push(c);
    } else kinAtDepth(c, depth - 1, kind, out);
  }
}

/**
 * The chosen nodes with the story's other parts: siblings of one of the winner's wrappers (its
 * parent, or an ancestor up to COUSIN_MAX_DEPTH levels up) that have the wrapper's kind and hold, at
 * the winner's depth, a block of the winner's kind with prose in it. The nearest wrapper with such
 * siblings decides. In document order.
 */
function withSplitCousins(
  top: Element,
  nodes: Element[],
  stats: Map<Element, Stats>,
  inRegion: Set<Element>,
  deadline: Deadline,
): Element[] {
  const topKind = rowKind(top);
  if (!topKind) return nodes;
  let wrapper = top.parentElement;
  for (let depth = 1; wrapper && depth <= COUSIN_MAX_DEPTH; depth++, wrapper = wrapper.parentElement) {
    const outer = wrapper.parentElement;
    const wrapperKind = rowKind(wrapper);
    if (!outer || !wrapperKind) continue;
    let out: Element[] = [];
    // Photo rows are kept only between two rows of text: see withPhotosBetween.
    const photoRows = new Set<Element>();
    let added = false;
    for (let sib = outer.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === wrapper) {
        out.push(...nodes);
        continue;
      }
      if (rowKind(sib) !== wrapperKind) continue;
      if (nextStory(sib, stats)) continue;
      const parts: Element[] = [];
      kinAtDepth(sib, depth, topKind, parts);
      let textRow = false;
      for (const part of parts) {
        const s = stats.get(part);
        if (!s || s.para < COUSIN_MIN_PARA || linkDensity(s) >= COUSIN_MAX_LINK_DENSITY) continue;
        // The next post's box on a blog that shows the related-posts list in a post box of its own
        // (trafilatura-dev): a part that is mostly a named region is that region.
        if (regionText(part, inRegion, stats) > COUSIN_MAX_REGION_SHARE * s.text) continue;
        out.push(part);
        added = textRow = true;
      }
      if (!textRow && isPhotoBox(sib, stats)) {
        out.push(sib);
        photoRows.add(sib);
      }
    }
    if (!added) continue;
    if (photoRows.size) out = betweenText(out, photoRows);
    // A forum's posts are such parts too, their text boxes without the writer's name and time
    // beside them (vBulletin, SMF): the thread is taken whole (fixture core-forum-thread-split-posts.html).
    const thread = findThread(outer, stats, deadline);
    return thread.posts.size && out.every((part) => inPost(part, thread.posts)) ? [outer] : out;
  }
  return nodes;
}

/**
 * A wrapper of the winner's kind that is another story: a news site's endless page appends the next
 * article in a box like the first, with its own headline, linked to its own address or set as an
 * <h1> (fixture core-content-next-story-appended.html). The parts of a story split into sections
 * carry subheadings, not a linked headline or a second <h1>.
 */
function nextStory(box: Element, stats: Map<Element, Stats>, title = ''): boolean {
  if (!stats.get(box)?.linkedHeadings && !box.getElementsByTagName('h1').length) return false;
  // The box opens with its headline: no paragraph before it. A linked heading further down is a
  // "read more" line inside a section.
  let headline: Element | null = null;
  let prose = false;
  walkElements(box, (el) => {
    if (headline || prose) return false;
    if (HEADLINE_TAGS.has(el.localName)) headline = el;
    else if (isParagraph(el, stats.get(el)!)) prose = true;
    else return true;
    return false;
  });
  const h = headline as Element | null;
  if (!h || (title && norm(h.textContent ?? '') === norm(title))) return false;
  if (h.localName === 'h1') return true;
  const a = h.querySelector('a[href]');
  return !!a && isPageLink(a) && norm(a.textContent ?? '') === norm(h.textContent ?? '');
}

/** The page's headline: the first <h1> under `root` that says `title`. */
function headlineOf(root: Element, title: string): Element | null {
  const want = norm(title);
  if (!want) return null;
  for (const h of root.getElementsByTagName('h1')) if (norm(h.textContent ?? '') === want) return h;
  return null;
}

/**
 * When the winner is another story appended below the page's own (an endless news page, where the
 * next article may be the longer one), the page's story: the best-scored block inside the box that
 * holds the page's headline, beside the box that opens with the other story's headline, in a box
 * like the first or in a box of its own ("up next") (fixture core-content-next-story-longer.html).
 */
function storyUnderHeadline(
  root: Element,
  top: Element,
  title: string,
  finalScore: Map<Element, number>,
  stats: Map<Element, Stats>,
): Element | null {
  const headline = headlineOf(root, title);
  if (!headline || top.contains(headline) || headline.contains(top)) return null;
  let topBox: Element = top;
  while (topBox.parentElement && !topBox.parentElement.contains(headline)) topBox = topBox.parentElement;
  const common = topBox.parentElement;
  if (!common) return null;
  let ownBox: Element = headline;
  while (ownBox.parentElement && ownBox.parentElement !== common) ownBox = ownBox.parentElement;
  if (!nextStory(topBox, stats, title)) return null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of finalScore) {
    if (score > bestScore && ownBox.contains(el) && (stats.get(el)?.para ?? 0) >= OWN_STORY_MIN_PARA) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The body's nodes with the dek or key points set between the headline and the body before them. */
function withStandfirst(index: StatsIndex, nodes: Element[], title: string, description: string): Element[] {
  const found = findStandfirst(index, nodes[0]!, title, description);
  if (!found.length) return nodes;
  const inBody = (el: Element | undefined) => !!el && isBlockOf(index, el, nodes);
  const lead = found.filter((el, i) => {
    if (inBody(el)) return false;
    // A key-points list's short heading goes with its list.
    const list = found[i + 1];
    return !(isHeading(el) && el.nextElementSibling === list && inBody(list));
  });
  return [...lead, ...nodes];
}

/**
 * Whether a block of `nodes` says what `el` says: a dek the body opens with again (a header's dek
 * over an "abstract" box at the top of the body, scrapinghub-dev magazine page) is taken once, from
 * the body (fixture core-standfirst-repeated-in-body). A dek whose words are part of a longer
 * paragraph is still its own line. So is a lead the body's first paragraphs say together (a summary
 * box that runs the opening paragraphs into one; fixture core-standfirst-described.html).
 */
function isBlockOf(index: StatsIndex, el: Element, nodes: Element[]): boolean {
  const chars = index.stats.get(el)?.text ?? 0;
  if (chars < STANDFIRST_REPEAT_MIN_CHARS) return false;
  const want = norm(el.textContent ?? '');
  if (opensWith(index, nodes, want)) return true;
  for (const node of nodes) {
    // Counted text differs with the markup's whitespace; only a block of about the dek's length is read.
    const says = (block: Element): boolean =>
      Math.abs((index.stats.get(block)?.text ?? 0) - chars) <= STANDFIRST_REPEAT_SLACK * chars &&
      norm(block.textContent ?? '') === want;
    if (says(node) || someElement(node, says)) return true;
  }
  return false;
}

// The body's opening paragraphs read to find a lead said again in them.
const MAX_LEAD_PARAGRAPHS = 6;

/** Whether the body's first paragraphs, read together, say `want` and no more. */
function opensWith(index: StatsIndex, nodes: Element[], want: string): boolean {
  let said = '';
  let count = 0;
  let done = false;
  // false: not looked into (no text, a paragraph read, or the reading done).
  const read = (block: Element): boolean => {
    const s = index.stats.get(block);
    if (done || !s?.text) return false;
    if (!isParagraph(block, s)) return true;
    const text = norm(block.textContent ?? '');
    said = said ? `${said} ${text}` : text;
    done = ++count >= MAX_LEAD_PARAGRAPHS || said.length >= want.length;
    return false;
  };
  for (const node of nodes) {
    if (read(node)) walkElements(node, read);
    if (done) break;
  }
  return count > 1 && said === want;
}

function norm(text: string): string {
  return text.replace(NORM_STRIP_RE, ' ').trim().toLowerCase();
}

/** The smallest element that holds most of the paragraphs found in the JSON-LD articleBody. */
function hintFromArticleBody(
  root: Element,
  index: StatsIndex,
  articleBody: string,
  deadline: Deadline,
): Element | null {
  if (articleBody.length < HINT_MIN_BODY_CHARS) return null;
  const body = norm(articleBody);
  const { order, stats } = index;
  const matched = new Map<Element, number>();
  let total = 0;
  for (const el of order) {
    deadline.tick();
    const s = stats.get(el)!;
    if (!isParagraph(el, s)) continue;
    const key = norm(inlineText(el, HINT_KEY_CHARS * 2)).slice(0, HINT_KEY_CHARS);
    if (key.length < HINT_KEY_MIN || !body.includes(key)) continue;
    total += s.inline;
    for (let anc: Element | null = el; anc; anc = anc.parentElement) {
      matched.set(anc, (matched.get(anc) ?? 0) + s.inline);
      if (anc === root) break;
    }
  }
  if (total < HINT_MIN_COVERAGE * articleBody.length) return null;
  let node: Element = root;
  for (;;) {
    let next: Element | null = null;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if ((matched.get(c) ?? 0) >= HINT_LCA_SHARE * total) {
        next = c;
        break;
      }
    }
    if (!next) break;
    node = next;
  }
  // A paragraph is not a container: keep its parent so the neighbouring paragraphs come along.
  if (isParagraph(node, stats.get(node)!) && node.parentElement && node !== root) node = node.parentElement;
  return node;
}

/** The element's own text, skipping nested block elements' text is not needed for a lookup key. */
function inlineText(el: Element, limit: number): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length && out.length < limit) {
    const n = stack.pop()!;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}
