// What the inert work copy leaves out of the page and how it copies an element, shared by the two
// ways of making it (copy-natively.ts, copy-node-by-node.ts) so both give the same copy.

import type { RemovedBlock } from '../types';
import { preview, textOf } from './text';
import { closestLink, closestTag } from './walk';

export const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'link',
  'meta',
  'base',
  'title',
  'svg',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'track',
  'map',
  'dialog',
  'head',
]);
// Attributes the later phases read (a <font>'s size: figures/loose-captions.ts); everything else (style, on*, data-* noise) stays behind.
// A formula's layout (output/mathml.ts MATH_ATTRS) comes along too.
const KEEP_ATTR_RE =
  /^(?:id|class|href|src|srcset|sizes|alt|title|width|height|itemprop|itemtype|itemscope|itemid|role|datetime|lang|dir|rel|colspan|rowspan|headers|scope|start|type|reversed|aria-label|aria-hidden|aria-describedby|data-[\w-]+|content|property|name|media|loading|slot|size|display|mathvariant|displaystyle|scriptlevel|stretchy|fence|separator|accent|accentunder|largeop|movablelimits|linethickness|columnalign|rowalign|columnspan|notation|lspace|rspace|depth)$/i;
// data-* attributes matter only where lazy-loaded images keep their real address (image-source.ts);
// elsewhere they are tracking and framework noise, and copying them is a good part of the copy's cost.
const DATA_ATTR_TAGS = new Set(['img', 'source', 'picture']);
const DATA_ATTR_RE = /^data-/i;
// A script-drawn photo's address and alt text on a plain placeholder element ("<div
// data-src=photo.jpg data-alt=…>" in a <figure>, figures/custom-element-images.ts).
const PLACEHOLDER_DATA_RE = /^data-(?:src|srcset|original|lazy-src|alt|width|height)$/i;
// `data-caption`, `data-image-caption`, `data-photo-credit`, `data-copyright`, `data-source`…: a
// slide's or lightbox link's caption and credit, kept on every element for
// figures/attribute-caption.ts, which reads the kind from the group. A script's own short prefix too
// ("data-c-caption" on a figcaption the script fills: fixture figures-caption-in-attributes-of-figcaption.html).
export const CAPTION_DATA_RE =
  /^data-(?:image-|img-|photo-|media-|[a-z]{1,2}-)?(caption|credit|copyright|photographer|source)$/i;
// A page builder's lightbox keeps its caption as the link's title and description
// ("data-elementor-lightbox-title", "…-description"; fixture figures-linked-placeholder-gallery.html).
export const LIGHTBOX_TEXT_RE = /^data-(?:[a-z]+-)?lightbox-(title|description)$/i;
const HIDDEN_STYLE_RE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const IMG_MARKUP_RE = /<img[\s>]/i;
// Hidden subtrees with this much text are listed in `removed` (smaller ones are just noise).
const HIDDEN_RECORD_MIN_CHARS = 40;
const HIDDEN_RECORD_MAX = 10;
const HIDDEN_PREVIEW_SOURCE_CHARS = 400;
// Real articles nest a few dozen levels; hostile pages nest 20,000 (issue 4).
export const MAX_COPY_DEPTH = 200;
// Child elements with content copied per parent. A hostile page puts 200,000 rows in one container
// (tests/stress "wide"); a whole novel in one page (Project Gutenberg) runs to some 15,000
// paragraphs in <body>. The rest is left out and reported, so every later phase works on a bounded
// tree. Empty elements do not count: a parser that caps nesting (src/cli/parse-html.ts, browsers)
// turns a 20,000-deep page into 20,000 empty siblings with the article after them.
export const MAX_CHILDREN_PER_PARENT = 20_000;

/** Elements whose content readers never see as text. */
export const isUnshown = (el: Element): boolean => SKIP_TAGS.has(el.localName) || el.localName === 'noscript';

// The copies a carousel script adds before and after the slides so that they loop (Slick, Swiper,
// Owl, bxSlider, Glide, Splide): the same photos again, first in the page's order
// (fixture figures-carousel-clones.html).
const CLONE_HINT_RE = /clone|duplicate/i;
const CLONE_CLASSES = new Set([
  'slick-cloned',
  'swiper-slide-duplicate',
  'bx-clone',
  'glide__slide--clone',
  'splide__slide--clone',
]);
function isCarouselClone(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (!CLONE_HINT_RE.test(cls)) return false;
  const tokens = cls.split(/\s+/);
  return (
    tokens.some((t) => CLONE_CLASSES.has(t)) || (tokens.includes('cloned') && tokens.includes('owl-item'))
  );
}

/**
 * Whether isHidden could say yes for `el`, whatever surrounds it (isHidden also looks at siblings and
 * ancestors, which the copy changes as it goes): a hidden attribute or style, aria-hidden, a
 * carousel's clone.
 */
export function mayBeHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    isHiddenStyle(el.getAttribute('style')) ||
    isCarouselClone(el)
  );
}

export function isHidden(el: Element, names: readonly string[]): boolean {
  if (names.includes('class') && isCarouselClone(el)) return true;
  if (names.includes('hidden') || isHiddenStyle(names.includes('style') ? el.getAttribute('style') : null))
    return !isToggledCaption(el) && !isHiddenSlide(el) && !isStoryBehindButton(el);
  if (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true') {
    if (isStoryBehindButton(el)) return false;
    // Figures and images are often aria-hidden for screen readers yet shown: keep them.
    const tag = el.localName;
    if (tag === 'figure' || tag === 'img' || tag === 'picture') return false;
    if (el.getElementsByTagName('img').length || el.getElementsByTagName('picture').length) return false;
    // Captions and credits inside a figure are shown though aria-hidden (fundus ORF, Aftonbladet).
    if (closestTag(el, 'figure')) return false;
    return true;
  }
  return false;
}

const isHiddenStyle = (style: string | null): boolean => style !== null && HIDDEN_STYLE_RE.test(style);

// Siblings looked at for a shown slide: a slideshow has a few dozen at most; a page of 20,000 hidden
// rows is not read through once per row.
const MAX_SLIDE_SIBLINGS = 60;
const IMAGE_FILE_RE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
/**
 * A photo of the story: an image not inside a link, or inside one that opens the image file. A
 * teaser carousel's slides link their pictures to other pages (trafilatura-dev: a magazine theme's
 * related-posts slider).
 */
function holdsImage(el: Element): boolean {
  const imgs = el.localName === 'img' ? [el] : Array.from(el.getElementsByTagName('img'));
  return imgs.some((img) => {
    const link = closestLink(img);
    return !link || IMAGE_FILE_RE.test(link.getAttribute('href') ?? '');
  });
}
const isShownElement = (el: Element): boolean =>
  !el.hasAttribute('hidden') && !isHiddenStyle(el.getAttribute('style'));

const classTokens = (el: Element): string[] => (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
// The shown slide adds a state class or two ("slide active", "slide is-current").
const sameClasses = (a: string[], b: string[]): boolean =>
  b.length > 0 && (a.every((t) => b.includes(t)) || b.every((t) => a.includes(t)));

/**
 * A slideshow shows one slide and hides the others until the reader clicks on: a hidden box with a
 * photo beside a shown box of the same tag and classes (give or take a state class) that holds one
 * is a slide, and a reader shows every slide (issue 13, class 4; fixture figures-hidden-slides.html);
 * so is a hidden <figure> beside a shown one, neither with a class.
 */
function isHiddenSlide(el: Element): boolean {
  const own = classTokens(el);
  // Bare <figure>s side by side are slides too; other bare boxes say nothing.
  const bare = !own.length;
  if ((bare && el.localName !== 'figure') || !holdsImage(el)) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  let seen = 0;
  for (let c = parent.firstElementChild; c && seen < MAX_SLIDE_SIBLINGS; c = c.nextElementSibling, seen++)
    if (
      c !== el &&
      c.localName === el.localName &&
      (bare ? !classTokens(c).length : sameClasses(own, classTokens(c))) &&
      isShownElement(c) &&
      holdsImage(c)
    )
      return true;
  return false;
}

// A photo's only caption, hidden until a "show caption" button opens it: a reader shows it. Only
// unmistakable caption boxes, and only as the figure's one caption (a hidden full text beside a
// shown short one would say it twice). Fixture figures-caption-behind-button.html.
const TOGGLED_CAPTION_CLASS_RE = /caption|bildunterschrift|légende|didascalia/i;
function isToggledCaption(el: Element): boolean {
  const isCaption =
    el.localName === 'figcaption' || TOGGLED_CAPTION_CLASS_RE.test(el.getAttribute('class') ?? '');
  if (!isCaption) return false;
  // In a <figure>, or in a photo's own box beside the button that opens it ("<div><img><button
  // aria-expanded=false>Show caption</button><div class=caption hidden>…", fixture
  // figures-caption-behind-button.html).
  const parent = el.parentElement;
  const figure =
    (parent && closestTag(parent, 'figure')) ?? (parent && isToggledPhotoBox(parent) ? parent : null);
  if (
    !figure ||
    !(figure.getElementsByTagName('img').length || figure.getElementsByTagName('picture').length)
  )
    return false;
  for (const other of figure.getElementsByTagName('figcaption'))
    if (other !== el && !other.contains(el) && !el.contains(other)) return false;
  return true;
}

function isToggledPhotoBox(box: Element): boolean {
  if (box.getElementsByTagName('img').length !== 1) return false;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling)
    if (c.localName === 'button' && c.hasAttribute('aria-expanded')) return true;
  return false;
}

// The rest of the story, hidden until the reader presses "Continue reading": a reader shows the whole
// story (fixture core-content-story-behind-button.html). Known by the button's words beside the
// hidden box of paragraphs; a bio's or a comment's "read more" goes with its box by other rules.
// So is a collapsed answer of an accordion, the box of paragraphs a button beside it expands (the
// WAI-ARIA disclosure: "aria-controls" names the box; fixture core-content-faq-accordion.html); a
// menu's collapsed list of links holds no paragraph.
const CONTINUE_READING_RE =
  /^[^\p{L}]*(?:continue reading|read (?:more|the (?:full|whole|rest of the) (?:story|article))|show (?:the )?(?:full|whole) (?:story|article)|(?:artikel |den ganzen artikel )?weiterlesen|mehr lesen|lire la suite|lire l['’]article|seguir leyendo|leer m[aá]s|continuar (?:lendo|leyendo)|ler mais|continua a leggere|leggi (?:tutto|di più)|lees verder|czytaj (?:dalej|więcej)|читать (?:далее|дальше)|devamını oku|続きを読む|阅读全文|展开全文|더\s?보기)[^\p{L}]*$/iu;
const MAX_CONTROL_CHARS = 60;

function isStoryBehindButton(el: Element): boolean {
  if (!el.getElementsByTagName('p').length) return false;
  for (const sib of [el.nextElementSibling, el.previousElementSibling]) {
    const control =
      sib &&
      (sib.localName === 'button' || sib.localName === 'a' ? sib : sib.getElementsByTagName('button')[0]);
    if (!control) continue;
    if (el.id && control.getAttribute('aria-controls') === el.id) return true;
    const words = control.textContent ?? '';
    if (words.length <= MAX_CONTROL_CHARS && CONTINUE_READING_RE.test(words)) return true;
  }
  return false;
}

/** Lists a hidden subtree in `removed` when it says enough to be worth showing. */
export function recordHidden(el: Element, removed: RemovedBlock[]): void {
  // A formula's hidden MathML copy for screen readers beside its drawn picture (MediaWiki) is no
  // text the reader misses: the picture stays.
  if (removed.length >= HIDDEN_RECORD_MAX || el.getElementsByTagName('math').length) return;
  // What readers would have seen: script source and fallback markup stay out of the preview.
  const text = textOf(el, HIDDEN_PREVIEW_SOURCE_CHARS, isUnshown);
  if (text.length >= HIDDEN_RECORD_MIN_CHARS)
    removed.push({ kind: 'hidden', text: preview(text), reason: 'hidden on the page' });
}

export function createLike(
  doc: Document,
  el: Element,
  names: readonly string[] = el.getAttributeNames(),
): Element {
  const tag = el.localName;
  let copy: Element;
  try {
    copy = doc.createElement(tag);
  } catch {
    copy = doc.createElement('span');
  }
  // Custom elements (a hyphen in the tag) may be a photo drawn by script from its data-src.
  const dataOk = DATA_ATTR_TAGS.has(tag) || tag.includes('-');
  for (const name of names) {
    // An image's style may size it in the text's units (figures/read-image.ts isTextScaled), as the
    // browser's native copy keeps it.
    if (tag === 'img' && name === 'style') copy.setAttribute(name, el.getAttribute(name) ?? '');
    if (
      !KEEP_ATTR_RE.test(name) ||
      (!dataOk &&
        DATA_ATTR_RE.test(name) &&
        !CAPTION_DATA_RE.test(name) &&
        !PLACEHOLDER_DATA_RE.test(name) &&
        !LIGHTBOX_TEXT_RE.test(name))
    )
      continue;
    try {
      copy.setAttribute(name, el.getAttribute(name) ?? '');
    } catch {
      // An attribute name the DOM refuses is of no use to us.
    }
  }
  return copy;
}

// A <noscript> parsed as elements (scripting off) that holds this share of the body's text has
// swallowed the page: an unclosed <div> inside it makes the parser ignore </noscript>, so the rest
// of the body nests inside (tests/fixtures/core-noscript-swallows-page.html). A browser with
// scripting on reads that markup as one text node and shows the page; so do we.
const SWALLOWED_TEXT_SHARE = 0.5;

/**
 * A test for whether a <noscript> parsed as elements holds most of `body`'s text: the page, not a
 * fallback. The body's text is read once, at the first such <noscript> (pages with a lazy image
 * in every <noscript> would otherwise read it once each).
 */
export function swallowTest(body: Element): (el: Element) => boolean {
  let bodyChars = -1;
  return (el) => {
    if (!el.firstElementChild) return false;
    const own = (el.textContent ?? '').trim().length;
    if (!own) return false;
    if (bodyChars < 0) bodyChars = (body.textContent ?? '').trim().length;
    return own >= SWALLOWED_TEXT_SHARE * bodyChars;
  };
}

// <noscript> usually holds the real <img> of a lazy-loaded picture, which prepareFigures promotes.
// With scripting off (jsdom, saved pages) it parses as elements; in a live page it is text.
export function copyNoscript(el: Element, doc: Document): Element | null {
  if (el.firstElementChild) {
    const imgs = el.getElementsByTagName('img');
    if (!imgs.length) return null;
    const copy = doc.createElement('noscript');
    for (let i = 0; i < imgs.length; i++) copy.appendChild(createLike(doc, imgs[i]!));
    return copy;
  }
  const text = el.textContent ?? '';
  if (!IMG_MARKUP_RE.test(text)) return null;
  const copy = doc.createElement('noscript');
  copy.appendChild(doc.createTextNode(text));
  return copy;
}
