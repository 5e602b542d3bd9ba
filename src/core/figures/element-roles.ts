// What an element around an image is — caption, credit, control, media — decided by one regex test
// on its class and a tag lookup. These replace long `[class*="…" i]` selector lists: matching 30
// attribute substrings per element through a selector engine made figure preparation the slowest
// step of extraction under jsdom (measured with `npm run bench:speed`).

import { collapse, showsMoreThan } from '../dom/text';
import { closestLink, closestTag, findElements, isHeading, someElement, withTag } from '../dom/walk';

// Caption boxes by class, in the languages of the corpus (legend/légende, Bildunterschrift,
// didascalia, epígrafe, onderschrift, podpis...), and of further ones (Norwegian bildetekst, Danish
// billedtekst, Dutch bijschrift, Finnish kuvateksti, Czech popisek; Chinese sites' "pictext",
// readability-pages gmw; a Polish portal's "img-desc", trafilatura-dev).
const CAPTION_CLASS_RE =
  /caption|legend|légende|bildunterschrift|bildtext|unterschrift|didascalia|epigrafe|pie-de-foto|onderschrift|podpis|image-text|img-text|imagetext|image__text|image-desc|photo-desc|media__text|infotext|mediainfo|media-info|image-info|imageinfo|bildinfo|photo-info|figure__text|image__description|description|img[-_]?desc|pic[-_]?(?:text|desc)|photo_desc|bildetekst|billedtekst|bijschrift|kuvateksti|popisek/i;
// Captions removed when no image is left beside them: only unmistakable caption boxes (a
// "description" class alone may be the article's standfirst).
const ORPHAN_CAPTION_CLASS_RE = /caption|bildunterschrift|légende|didascalia/i;
// Class names that are credits whatever the box holds; a long text under one stays a credit.
const STRICT_CREDIT_NAMES = ['credit', 'copyright', 'photographer', 'fotograf'];
// Class names that mark a credit box, but may hold a long caption sentence (fundus KleineZeitung);
// "source" and "credit" in further languages (Spanish fuente, Czech and Slovak zdroj, Polish źródło,
// Hungarian forrás, Turkish kaynak, Danish and Norwegian kilde, Swedish källa, Finnish lähde, German
// Bildnachweis; fixture figures-credit-class-languages.html). Not Portuguese and Italian "fonte",
// which also names a font.
const SOURCE_CREDIT_NAMES = [
  ...STRICT_CREDIT_NAMES,
  'source',
  'quelle',
  'urheber',
  'attribution',
  'courtesy',
  'rights',
  'crédit',
  'kredit',
  'nachweis',
  'fuente',
  'zdroj',
  'zrodlo',
  'źródło',
  'forras',
  'forrás',
  'kaynak',
  'kilde',
  'kalla',
  'källa',
  'lahde',
  'lähde',
];
// Names a photo's credit shares with the story's byline.
const CREDIT_NAMES = [...SOURCE_CREDIT_NAMES, 'author', 'autor', 'byline'];
const STRICT_CREDIT_CLASS_RE = new RegExp(STRICT_CREDIT_NAMES.join('|'), 'i');
const SOURCE_CREDIT_CLASS_RE = new RegExp(SOURCE_CREDIT_NAMES.join('|'), 'i');
const CREDIT_CLASS_RE = new RegExp(CREDIT_NAMES.join('|'), 'i');
// Controls that sit in captions ("Enlarge", "Bild vergrößern", "1 / 12") and are not caption text.
// (aria-hidden is not a control: Aftonbladet hides its visible caption from screen readers.)
const CONTROL_CLASS_RE = /count|icon/i;
// The words of a control that opens or closes a caption, drawn as a plain element whose class names
// the caption: "<b class="hide-caption">hide caption</b>" inside the credit, "toggle caption" beside
// the photo (fixture figures-caption-toggle-words.html). Their class made them caption text.
const CAPTION_TOGGLE_RE = new RegExp(
  `^(?:${[
    String.raw`(?:show|hide|toggle|expand|collapse|close|open|view)\s+(?:the\s+)?caption`,
    String.raw`bildunterschrift\s+(?:ein|aus)blenden`,
    String.raw`(?:afficher|masquer)\s+la\s+légende`,
    String.raw`(?:mostrar|ocultar)\s+(?:el\s+)?pie\s+de\s+foto`,
    String.raw`(?:mostrar|ocultar)\s+(?:a\s+)?legenda`,
    String.raw`(?:mostra|nascondi)\s+(?:la\s+)?didascalia`,
    String.raw`(?:toon|verberg)\s+(?:het\s+)?bijschrift`,
  ].join('|')})$`,
  'i',
);
const MAX_CAPTION_TOGGLE_CHARS = 40;

const CAPTION_ITEMPROPS = new Set(['caption', 'description']);
// The ImageObject microdata names the photographer its "creator" (readability-pages citylab-1).
const CREDIT_ITEMPROPS = new Set(['copyrightHolder', 'author', 'creditText', 'creator']);
const CREDIT_TAGS = new Set(['small', 'cite']);
// A <details>' <summary> is its toggle's label ("Caption", "Bildtext"), shown before the caption it
// opens (fixture figures-caption-controls.html).
const CONTROL_TAGS = new Set(['button', 'svg', 'script', 'style', 'noscript', 'template', 'summary']);
// Elements that make a wrapper a media block even without an <img>.
const MEDIA_TAGS = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
]);

const classOf = (el: Element): string => el.getAttribute('class') ?? '';

// Outside a <figure>, a heading's class names its type style ("caption-s5-fx" on a dek set as an
// <h2> under the headline, trafilatura-dev: a sports site; fixture
// figures-heading-caption-style.html); inside one it may be the caption ("<figure>…<h2
// class="figure__caption">", trafilatura-dev: a Swiss daily).
const isStyledHeading = (el: Element): boolean => isHeading(el) && !closestTag(el, 'figure');

export function isCaptionElement(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  if (el.localName === 'dd') return isPictureTerm(el.previousElementSibling);
  // A "show caption" button is named for the caption it opens (fixture figures-caption-behind-button.html).
  if (CONTROL_TAGS.has(el.localName)) return false;
  // The class first: asked of every element of a box, most have no caption's name.
  const cls = classOf(el);
  if (cls && CAPTION_CLASS_RE.test(cls))
    return !isStyledHeading(el) && !isTextSection(el) && !isCaptionToggle(el);
  const prop = el.getAttribute('itemprop');
  return prop !== null && CAPTION_ITEMPROPS.has(prop) && !isStyledHeading(el);
}

// A box with a heading and two paragraphs of prose is a section of the text set beside a picture,
// whatever its name says: a page builder's "text and image" block names its text half
// "…Image__Text" (trafilatura-dev: a shop's pages on how it works; fixture
// figures-text-and-image-block.html). A caption with a heading has one line under it
// (figures-caption-heading-and-text.html).
const SECTION_MIN_PARAGRAPHS = 2;
const isSubheading = withTag('h2', 'h3', 'h4', 'h5', 'h6');
const SECTION_PARAGRAPH_CHARS = 80;

function isTextSection(el: Element): boolean {
  if (!someElement(el, isSubheading)) return false;
  let paragraphs = 0;
  for (const p of el.getElementsByTagName('p'))
    if (
      (p.textContent ?? '').trim().length >= SECTION_PARAGRAPH_CHARS &&
      ++paragraphs >= SECTION_MIN_PARAGRAPHS
    )
      return true;
  return false;
}

/**
 * A definition list's term that is a picture and nothing else: its <dd> is the picture's caption
 * (`<dl><dt><img></dt><dd>Cafe im Bohnenviertel. Foto: …</dd></dl>`; trafilatura-dev: a city's and
 * a broadcaster's pages, TYPO3's image blocks; fixture figures-definition-list-caption.html).
 */
function isPictureTerm(dt: Element | null): boolean {
  return (
    dt?.localName === 'dt' && dt.getElementsByTagName('img').length > 0 && !(dt.textContent ?? '').trim()
  );
}

// Class names of a teaser's or a clip's headline.
const HEADLINE_CLASS_RE = /title|headline|heading/i;
export const isHeadlineNamed = (el: Element): boolean => HEADLINE_CLASS_RE.test(classOf(el));

/** A box whose class names a caption (a <figcaption> may not). */
export const isCaptionClassed = (el: Element): boolean => CAPTION_CLASS_RE.test(classOf(el));

export function isOrphanCaptionElement(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  const cls = classOf(el);
  return cls !== '' && ORPHAN_CAPTION_CLASS_RE.test(cls) && !isStyledHeading(el);
}

// A photo's licence set in a box of its own beside the credit ("CC BY-SA 4.0"; fixture
// figures-credit-licence-after.html) is rights information, no caption words. Only a box of text: a
// "media-license" paragraph may hold the caption's box too (trafilatura-dev: a Swiss magazine).
const LICENCE_CLASS_RE = /licen[cs]e|lizenz/i;

/** A credit by its class name or itemprop. */
function isNamedCredit(el: Element): boolean {
  const cls = classOf(el);
  if (cls && (CREDIT_CLASS_RE.test(cls) || (LICENCE_CLASS_RE.test(cls) && !el.firstElementChild)))
    return true;
  const prop = el.getAttribute('itemprop');
  return prop !== null && CREDIT_ITEMPROPS.has(prop);
}

export function isCreditElement(el: Element): boolean {
  if (CREDIT_TAGS.has(el.localName)) return true;
  // A <footer> of a <figure> is the photo's own credit line (its figcaption holds the caption).
  if (el.localName === 'footer' && el.parentElement?.localName === 'figure') return true;
  return isNamedCredit(el);
}

/** A <small>/<cite> with nothing else saying it is a credit (no credit class or itemprop). */
export function isCreditByTagOnly(el: Element): boolean {
  return CREDIT_TAGS.has(el.localName) && !isNamedCredit(el);
}

/** A box named for a photo's source or rights, a name no byline shares ("image-credit", "source"). */
export function isSourceCreditElement(el: Element): boolean {
  return SOURCE_CREDIT_CLASS_RE.test(classOf(el));
}

/** A credit by its class name alone, whatever its length. */
export function isStrictCreditElement(el: Element): boolean {
  return STRICT_CREDIT_CLASS_RE.test(classOf(el));
}

// Text for screen readers only ("sr-only", "visually-hidden", "screen-reader-text", Drupal's
// "element-invisible", Bootstrap's "text-hide"): inside a caption,
// a short label ending in a comma or colon ("Image caption, ", "Bildunterschrift:"), or a word or
// two without one ("Image caption", set "off-screen" before the caption's text), announces the
// caption and is no part of it (fixtures figures-caption-hidden-label.html, figures-lazy-placeholder.html).
const HIDDEN_TEXT_CLASS_RE =
  /(?:^|[-_\s])(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|off-?screen|hidden-?visually|a11y-hidden|element-invisible|text-hide)(?:$|[-_\s])/i;
const HIDDEN_LABEL_END_RE = /[,:：]\s*$/;
const BARE_HIDDEN_LABEL_RE = /^\s*\p{L}+(?:\s+\p{L}+)?\s*$/u;
const MAX_HIDDEN_LABEL_CHARS = 40;

/** Text set for screen readers only (a visually hidden class). */
export function isScreenReaderOnly(el: Element): boolean {
  const cls = classOf(el);
  return cls !== '' && HIDDEN_TEXT_CLASS_RE.test(cls);
}

export function isHiddenLabel(el: Element): boolean {
  if (!isScreenReaderOnly(el)) return false;
  const text = el.textContent ?? '';
  return text.length <= MAX_HIDDEN_LABEL_CHARS && HIDDEN_LABEL_END_RE.test(text);
}

// A credit's label set in a box of its own inside the credit ("<span itemprop="copyrightHolder">
// <span>Credit</span><span>Jane Roe</span></span>", its class hiding it by a hashed name:
// readability-pages nytimes-3, nytimes-4; fixture figures-image-object-address.html).
const CREDIT_LABEL_BOX_RE =
  /^(?:credits?|photos?|fotos?|photograph|pictures?|images?|bild|crédits?|créditos?|fotograf[ií]a)\s*[:：.]?$/i;

/** A box holding nothing but the credit's label word. */
export const isCreditLabelBox = (el: Element): boolean =>
  el.childElementCount === 0 && CREDIT_LABEL_BOX_RE.test((el.textContent ?? '').trim());

/**
 * Inside a caption, a hidden word or two is a label even without the colon; beside a photo it may
 * be half of a counter ("Picture " before "1 of 4": fixture figures-credit-hidden-label.html).
 */
export function isHiddenCaptionLabel(el: Element): boolean {
  if (isHiddenLabel(el)) return true;
  const text = el.textContent ?? '';
  return isScreenReaderOnly(el) && text.length <= MAX_HIDDEN_LABEL_CHARS && BARE_HIDDEN_LABEL_RE.test(text);
}

export function isControlElement(el: Element): boolean {
  if (CONTROL_TAGS.has(el.localName)) return true;
  const cls = classOf(el);
  return (cls !== '' && CONTROL_CLASS_RE.test(cls)) || isCaptionToggle(el);
}

/**
 * A control inside a caption's text: those above, and a link that runs a script. Only there: beside
 * a photo such a link is a box's own ("+ posts" in a writer's box makes it no caption box).
 */
export const isCaptionControl = (el: Element): boolean => isControlElement(el) || isScriptLink(el);

// A link that goes nowhere but runs the page's script ("#", "javascript:…") is a button drawn as a
// link: "<a href="#" class="zoom">Zoom</a>" at a caption's end opens the lightbox (fixture
// figures-caption-controls.html). A credit links to the photographer's or agency's page. A word or
// two, as a toggle's: a whole caption set in such a link stays the caption.
const SCRIPT_HREF_RE = /^\s*(?:#\s*$|javascript:)/i;

const isScriptLink = (el: Element): boolean =>
  el.localName === 'a' &&
  SCRIPT_HREF_RE.test(el.getAttribute('href') ?? 'x') &&
  !showsMoreThan(el, MAX_CAPTION_TOGGLE_CHARS) &&
  !someElement(el, isMediaElement);

/** An element whose whole text is a caption control's words (CAPTION_TOGGLE_RE). */
function isCaptionToggle(el: Element): boolean {
  // A toggle is a word or two in at most a wrapper or two: bigger boxes are not read at all.
  if (el.childElementCount > 2 || !el.firstChild || showsMoreThan(el, MAX_CAPTION_TOGGLE_CHARS)) return false;
  return CAPTION_TOGGLE_RE.test(collapse(el.textContent));
}

export const isMediaElement = (el: Element): boolean => MEDIA_TAGS.has(el.localName);

export const isFigureElement = (el: Element): boolean => el.localName === 'figure';

// A figure may hold a table, a quotation, a code listing or a formula instead of a photo: it is
// written out with its caption (tests/fixtures/core-figures-without-photos.html,
// core-output-mathml.html). One with no photo and none of these (a sign-up box, a caption alone, a
// player with nothing one can play) is no part of the story; a video one can play is a figure of
// its own by then (embedded-video.ts).
const isFigureContent = withTag('table', 'blockquote', 'pre', 'math');

function inCaptionOf(el: Element, figure: Element): boolean {
  for (let p = el.parentElement; p && p !== figure; p = p.parentElement)
    if (p.localName === 'figcaption') return true;
  return false;
}

/** The figure holds a table, a quotation or a listing with text in it, outside its caption. */
export function holdsFigureContent(figure: Element): boolean {
  for (const el of findElements(figure, isFigureContent))
    if (!inCaptionOf(el, figure) && (el.textContent ?? '').trim()) return true;
  return false;
}

const IMAGE_FILE_RE = /\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]|$)/i;

/** A link to another page: not to the full-size image, not to a place on this page. */
export function isPageLink(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return !!href && !href.startsWith('#') && !/^javascript:/i.test(href) && !IMAGE_FILE_RE.test(href);
}

/** The figure sits in a link to another page: a teaser's picture. */
export function inPageLink(fig: Element): boolean {
  const a = closestLink(fig);
  return !!a && isPageLink(a);
}

/** A link straight to an image file (the full-size picture). */
export const isImageFileLink = (a: Element): boolean =>
  IMAGE_FILE_RE.test((a.getAttribute('href') ?? '').trim());
