// The canonical figure: the one shape every kept image takes in the work copy and in the article's
// html, and that the reader, the popup and the Markdown copy read back:
//   <figure data-folio-figure><img …><figcaption><span class="folio-caption">…</span>
//   <small class="folio-credit">…</small></figcaption></figure>
// figures/build-figure.ts makes them; the scorer, the cleaner and the serializer recognise them.

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
 * FIGURE_ATTR's value on a figure whose box on the page linked to another page (a teaser card's
 * picture and headline, a promo's cover): the link is gone from the canonical figure, the fact stays.
 */
export const LINKED_FIGURE = 'links-away';
export const isLinkedFigure = (el: Element): boolean => el.getAttribute(FIGURE_ATTR) === LINKED_FIGURE;

export const FIGURE_SELECTOR = `figure[${FIGURE_ATTR}]`;
export const CAPTION_SELECTOR = `.${CAPTION_CLASS}`;
export const CREDIT_SELECTOR = `.${CREDIT_CLASS}`;

// A predicate rather than closest(): jsdom runs every closest() selector through its selector engine.
export const isCanonicalFigure = (el: Element): boolean => el.hasAttribute(FIGURE_ATTR);
