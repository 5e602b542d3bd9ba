// Writes the canonical figure (canonical-figure.ts) for one image and puts it where its box was.
import { CAPTION_CLASS, CREDIT_CLASS, FIGURE_ATTR } from '../canonical-figure';
import { collapse } from '../dom/text';
import { firstElement, withTag } from '../dom/walk';
import type { ImageInfo } from './read-image';

// A separator the page sets between caption and credit is no part of the credit ("| Jane Roe",
// "Bild: | Max Muster": fixture figures-credit-leading-separator.html, fundus Hessenschau).
const LEADING_SEPARATOR_RE = /^[\s|/·•–—-]+/;

export function buildFigure(doc: Document, info: ImageInfo, caption: string, rawCredit: string): Element {
  const credit = rawCredit.replace(LEADING_SEPARATOR_RE, '');
  const figure = doc.createElement('figure');
  figure.setAttribute(FIGURE_ATTR, '');
  const img = doc.createElement('img');
  img.setAttribute('src', info.src);
  if (info.srcset) img.setAttribute('srcset', info.srcset);
  img.setAttribute('alt', info.alt);
  if (info.width) img.setAttribute('width', info.width);
  if (info.height) img.setAttribute('height', info.height);
  figure.append(img);
  if (caption) {
    const fc = doc.createElement('figcaption');
    const span = doc.createElement('span');
    span.className = CAPTION_CLASS;
    span.textContent = caption;
    fc.append(span);
    figure.append(fc);
  }
  if (credit) addCredit(figure, credit);
  return figure;
}

const isFigcaption = withTag('figcaption');

/** Writes `credit` at the end of a canonical figure's figcaption, which it makes when there is none. */
export function addCredit(figure: Element, credit: string): void {
  const doc = figure.ownerDocument;
  let fc = firstElement(figure, isFigcaption);
  if (!fc) {
    fc = doc.createElement('figcaption');
    figure.append(fc);
  } else if (collapse(fc.textContent)) fc.append(doc.createTextNode(' '));
  const small = doc.createElement('small');
  small.className = CREDIT_CLASS;
  small.textContent = credit;
  fc.append(small);
}

/**
 * Puts the canonical figure where the group's box was. A <figure> box is rewritten in place: in
 * jsdom replacing a child costs time in proportion to its siblings (the tests/stress 5 MB page has
 * 11,000 of them around its 200 figures), rewriting it does not.
 */
export function becomeFigure(box: Element, figure: Element): Element {
  if (box.localName !== 'figure') {
    box.replaceWith(figure);
    return figure;
  }
  for (const name of box.getAttributeNames()) box.removeAttribute(name);
  box.setAttribute(FIGURE_ATTR, '');
  box.replaceChildren(...Array.from(figure.childNodes));
  return box;
}
