// The canonical figure: the one shape every kept image takes in the work copy and in the article's
// html, and that the reader, the popup and the Markdown copy read back:
//   <figure data-folio-figure><img …><figcaption><span class="folio-caption">…</span>
//   <small class="folio-credit">…</small></figcaption></figure>
// and, for an embedded video, <figure class="folio-video"><a href=…><img …></a><figcaption>….
// figures/build-figure.ts makes them; the scorer, the cleaner and the serializer recognise them.
import { select } from './dom/find';
import { firstElement, isImg } from './dom/walk';

/**
 * Marks Folio's own figures in the work copy. The page never supplies it: the work copy strips it
 * (dom/copy-natively.ts) or never copies it (dom/copy-rules.ts keeps data-* on images only).
 */
export const FIGURE_ATTR = 'data-folio-figure';
/** Class of the <span> holding the caption without the credit. */
export const CAPTION_CLASS = 'folio-caption';
/** Class of the <small> holding the photo credit. */
export const CREDIT_CLASS = 'folio-credit';
/**
 * Class of a written figure that stands for an embedded video (figures/embedded-video.ts): a link to
 * the video on its host, around its still when the host serves one, with its title as caption.
 */
export const VIDEO_CLASS = 'folio-video';

/**
 * FIGURE_ATTR's value on a figure whose box on the page linked to another page (a teaser card's
 * picture and headline, a promo's cover): the link is gone from the canonical figure, the fact stays.
 */
export const LINKED_FIGURE = 'links-away';
export const isLinkedFigure = (el: Element): boolean => el.getAttribute(FIGURE_ATTR) === LINKED_FIGURE;

const FIGURE_SELECTOR = `figure[${FIGURE_ATTR}]`;

// A predicate rather than closest(): jsdom runs every closest() selector through its selector engine.
export const isCanonicalFigure = (el: Element): boolean => el.hasAttribute(FIGURE_ATTR);

const isFigure = (el: Element): boolean => el.localName === 'figure' && el.hasAttribute(FIGURE_ATTR);

/** Folio's figures under `root`, in document order. */
export const canonicalFigures = (root: Element): Element[] => select(root, FIGURE_SELECTOR, isFigure);

const classRe = (cls: string) => new RegExp(`(?:^|\\s)${cls}(?:\\s|$)`);
const CAPTION_CLASS_RE = classRe(CAPTION_CLASS);
const CREDIT_CLASS_RE = classRe(CREDIT_CLASS);
const isCaption = (el: Element): boolean => CAPTION_CLASS_RE.test(el.getAttribute('class') ?? '');
const isCredit = (el: Element): boolean => CREDIT_CLASS_RE.test(el.getAttribute('class') ?? '');

// A figure's parts by a walk of its handful of elements: under jsdom a selector query per figure
// cost several times as much, and the lead-photo search and the output ask every figure.
/** A figure's image (its first <img>). */
export const figureImage = (fig: Element): Element | null => firstElement(fig, isImg);
/** A canonical figure's caption text element (CAPTION_SELECTOR), or null. */
export const figureCaption = (fig: Element): Element | null => firstElement(fig, isCaption);
/** A canonical figure's credit element (CREDIT_SELECTOR), or null. */
export const figureCredit = (fig: Element): Element | null => firstElement(fig, isCredit);
