// The caption and credit texts of a photo's box: caption elements read without their controls and
// inner credits, credit elements split or kept whole, a credit from the img title as a last resort.

import { RATING_WIDGET_RE } from '../content/phrases/ratings';
import { collapse } from '../dom/text';
import { findElements } from '../dom/walk';
import {
  isCaptionClassed,
  isCaptionControl,
  isCreditByTagOnly,
  isCreditElement,
  isCreditLabelBox,
  isHiddenCaptionLabel,
  isStrictCreditElement,
} from './element-roles';
import type { Group } from './photo-box';
import { holdsRunningTime, isClipLine, isPlayerText, isPlayerTitle } from './player-text';
import { creditOnItsOwn, endsInQuote, namesPosition, splitCredit, wholeCredit } from './split-credit';

// A caption longer than this is an article paragraph that borrowed a caption class.
export const MAX_CAPTION_CHARS = 1200;

// Where block children meet, words are kept apart: a caption's heading and its text ("<h4>Morning
// crossing</h4><p>The ferry…", fixture figures-caption-heading-and-text.html) are two phrases.
const CAPTION_BREAKS = new Set(
  'p div br span li h1 h2 h3 h4 h5 h6 dt dd td th blockquote header footer'.split(' '),
);
const BREAK = Symbol('break');

/**
 * `el`'s text without the subtrees `remove` picks (`el` itself excepted), a space after each block.
 * One walk over the caption: a clone with the picks removed and a selector query for the blocks cost
 * four times as much under jsdom (bench:speed profile).
 */
function textWithout(el: Element, remove: (el: Element) => boolean): string {
  let out = '';
  const stack: (Node | typeof BREAK)[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n === BREAK) out += ' ';
    else if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !remove(n as Element)) {
      if (CAPTION_BREAKS.has((n as Element).localName)) stack.push(BREAK);
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return collapse(out);
}

// "... | Bildquelle: WDR/Frank Überall" in the img title (fundus WDR): a credit, when labelled.
// The label starts a word and takes a colon ("Bildschirm" or "(Bildmontage)" in the title are caption
// words: fixture figures-title-credit.html); "©" needs none.
const TITLE_CREDIT_RE =
  /(?:^|[\s|(])(?:(?:bildquelle|bildrechte|bildnachweis|quelle|fotos?|photos?|credits?|bild|image|copyright)\s*:|©)\s*(.+)$/i;

// "… the staff situation. Bild Jane Roe" (a label without its colon after the last sentence) and
// "Photo by Jane Roe" (fixture figures-title-credit.html).
const TITLE_BARE_LABEL_RE = /(?:^|[.!?]\s+)(?:Bild|Foto|Photo)\s+(\p{Lu}[^.!?|]{1,60})$/u;
const TITLE_BY_RE = /(?:^|\s)(?:[Pp]hotos?|[Ff]oto|[Bb]ild|[Ii]mage)\s+(?:by|von)\s+([^|]{2,60})$/;

// "Andrew Robertson vom FC Liverpool | AFP/Paul Ellis" (fundus SportSchau): a short last part after
// a pipe in the img title is the credit.
const TITLE_PIPE_RE = /\s\|\s([^|]{2,60})$/;

export function titleCredit(img: Element): string {
  const title = collapse(img.getAttribute('title'));
  const m = TITLE_CREDIT_RE.exec(title);
  if (m?.[1]) return splitCredit(m[0].trim()).credit || collapse(m[1]);
  const bare = TITLE_BARE_LABEL_RE.exec(title) ?? TITLE_BY_RE.exec(title);
  if (bare?.[1]) return bare[1].trim();
  return TITLE_PIPE_RE.exec(title)?.[1]?.trim() ?? '';
}

// A label naming the caption as one ("图注：…", Chinese "picture note", readability-pages gmw;
// "Caption: …"): the reader shows it as a caption already.
const CAPTION_LABEL_RE =
  /^(?:图注|圖注|图说|圖說|图片说明|圖片說明|caption|bildunterschrift|légende|legende|leyenda|didascalia|legenda)\s*[:：]\s*/i;

// Credits are names and agencies; a sentence this long is a caption (fundus KleineZeitung <small>).
const MIN_CAPTION_WORDS = 8;
const MIN_CAPTION_CHARS = 50;
function looksLikeCaption(t: string): boolean {
  return t.length >= MIN_CAPTION_CHARS && t.split(' ').length >= MIN_CAPTION_WORDS && !t.includes('/');
}

// A <small> that only its tag calls a credit and that runs in prose ("The old pier at dawn": words
// in lower case one after another) is the caption set small (fixture figures-caption-small-prose.html);
// a name or an agency has none ("Jane Roe", "AFP/Getty Images").
const PROSE_RUN_RE = /(?:^|\s)\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}(?=\s|[.,;]?$)/u;
const isSmallProse = (c: Element, t: string): boolean =>
  isCreditByTagOnly(c) && PROSE_RUN_RE.test(t) && !wholeCredit(t);

// A credit element that sets the name in brackets ("<span class="credit">(Jane Roe)</span>"): the
// brackets set it off from the caption beside it and are no part of the name (fundus-dev: a US
// daily's photo credits; fixture figures-credit-in-brackets.html).
const BRACKETED_RE = /^[([（【]\s*([^()[\]（）【】]+?)\s*[)\]）】]$/;
const unbracketed = (credit: string): string => BRACKETED_RE.exec(credit)?.[1] ?? credit;

// "Anett Seidler | Anett Seidler" (fundus BerlinerMorgenpost prints the name twice): once is enough.
function dedupeCredit(credit: string): string {
  const parts = credit.split(/\s[|/]\s/);
  if (parts.length < 2) return credit;
  const seen = new Set<string>();
  const kept = parts.filter((p) => {
    // A part may keep the bar the page set before it ("| ARD" beside "ARD").
    const k = p
      .replace(/^[\s|·•]+/, '')
      .trim()
      .toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return kept.length === parts.length ? credit : kept.join(' / ');
}

// A caption that opens with a box of its own holding the copyright sign and a name, or the sign
// alone and then a box with the name: those boxes are the credit, whatever their class
// ("<figcaption><span class="copy">© Agency</span><p>The caption.</p>", trafilatura-dev: a church
// charity's news; fixture figures-credit-marks.html). At the caption's end the text's own "©" split
// reads it. "Copyright" counts with its sign, a colon or a year after it: "Copyright law …" is a
// sentence.
const COPYRIGHT_MARK = '(?:[©ⓒⒸ]|\\(c\\)|copyright\\s*(?:[©:]|\\d{4}))';
const COPYRIGHT_BOX_RE = new RegExp(`^${COPYRIGHT_MARK}[\\s:]*\\p{L}`, 'iu');
const COPYRIGHT_SIGN_RE = /^(?:[©ⓒⒸ]|\(c\)|copyright)\s*:?$/i;
const MAX_COPYRIGHT_BOX_CHARS = 80;

const leafText = (el: Element | null): string =>
  el && el.childElementCount === 0 ? collapse(el.textContent) : '';

function opensWithCopyrightBox(caption: Element, el: Element): boolean {
  const text = leafText(el);
  if (!text || text.length > MAX_COPYRIGHT_BOX_CHARS) return false;
  const opens = (t: string) => collapse(caption.textContent).startsWith(t);
  if (COPYRIGHT_BOX_RE.test(text) || COPYRIGHT_SIGN_RE.test(text)) return opens(text);
  const sign = leafText(el.previousElementSibling);
  return COPYRIGHT_SIGN_RE.test(sign) && opens(`${sign} ${text}`);
}

/**
 * `ofVideo`: the group's image stands for a video (a player's still): a clip's own label ("Watch: the
 * ferry returns") is then its caption, where beside a photo it names a teaser's clip (fixture
 * figures-video-element.html).
 */
export function readCaption(group: Group, ofVideo = false): { caption: string; credit: string } {
  const isClip = (t: string): boolean => !ofVideo && isClipLine(t);
  const creditEls = new Set<Element>();
  // An audio or video teaser's box (it names a running time) says nothing about the photo.
  for (const c of group.credits) if (!holdsRunningTime(c)) creditEls.add(c);
  const ownCaptions = group.captions.filter((c) => !holdsRunningTime(c) && !isPlayerTitle(c));
  for (const cap of ownCaptions) {
    for (const inner of findElements(cap, (e) => isCreditElement(e) || opensWithCopyrightBox(cap, e)))
      creditEls.add(inner);
  }
  // A caption element that itself matches the credit selector ("caption-credit") is a credit, unless
  // a box named only for the credit stands beside it: then "image__caption attribution" is the
  // caption and a <figcaption class="image__credit"> the credit (fixture
  // figures-caption-beside-credit-box.html).
  const apart = (a: Element, b: Element): boolean => a !== b && !a.contains(b) && !b.contains(a);
  const creditOnly = (el: Element): boolean => isStrictCreditElement(el) && !isCaptionClassed(el);
  const captions = ownCaptions.filter((c) => {
    if (c.localName === 'figcaption')
      return !(creditOnly(c) && ownCaptions.some((o) => apart(o, c) && isCaptionClassed(o)));
    if (!isCreditElement(c)) return true;
    return (
      isCaptionClassed(c) &&
      !isStrictCreditElement(c) &&
      [...ownCaptions, ...group.credits].some((o) => apart(o, c) && creditOnly(o))
    );
  });
  // A credit inside another credit box is part of it, unless that box is read as the caption: then
  // the inner one is the credit ("<figcaption class="lead-image__credit"><span class="…caption">…
  // <span class="…attribution">Name/Agency</span>", readability-pages citylab-1; fixture
  // figures-credit-inside-credit-classed-caption.html).
  const notCaptions = [...creditEls].filter((c) => !captions.includes(c));
  const creditList = notCaptions.filter((c) => !notCaptions.some((o) => o !== c && o.contains(c)));
  const creditSet = new Set(creditList);
  const texts: string[] = [];
  const nameLines: string[] = [];
  const ownCredits: string[] = [];
  for (const cap of captions) {
    const copy = cap.cloneNode(true) as Element;
    // Remove credit elements inside this caption from the caption text.
    const credits = (e: Element) => isCreditElement(e) || opensWithCopyrightBox(copy, e);
    for (const inner of findElements(copy, (e) => credits(e) || isControlOrLabel(e), {
      outermost: true,
    }))
      inner.remove();
    const own = creditSet.size ? null : creditAtEnd(copy);
    if (own) {
      ownCredits.push(own.credit);
      own.el.remove();
    }
    const name = creditSet.size ? null : nameLineAtEnd(copy);
    if (name) {
      nameLines.push(collapse(name.textContent));
      name.remove();
    }
    const t = textWithout(copy, isCaptionControl);
    if (t && t.length <= MAX_CAPTION_CHARS && !texts.includes(t) && !isPlayerText(t) && !isClip(t))
      texts.push(t);
  }
  // A caption box inside a credit box ("<div class="copyright">Bild: Agency<span
  // class="picture-description">The caption.</span></div>", trafilatura-dev: a legal news site;
  // fixture figures-caption-inside-credit-box.html) is the caption and the rest of the box the
  // credit; a box with nothing else in it is read whole.
  const creditTexts: string[] = [];
  const lines = new Map<Element, string>();
  for (const c of creditSet) {
    const inner = findElements(c, (e) => e !== c && isInnerCaption(e), { outermost: true });
    const rest = inner.length ? creditLine(c, true) : '';
    if (NO_WORD_RE.test(rest)) {
      lines.set(c, creditLine(c));
      continue;
    }
    for (const el of inner) {
      const t = textWithout(el, isCaptionControl);
      if (t && !texts.includes(t)) texts.push(t);
    }
    lines.set(c, rest);
  }
  // Two <small> lines, one marked as the credit ("© Name"): the other is the caption (fixture
  // figures-small-caption-beside-credit.html).
  const marked = [...lines].some(([c, t]) => isStrictCreditElement(c) || wholeCredit(t) !== '');
  for (const c of creditSet) {
    const t = lines.get(c) ?? '';
    if (!t || NO_WORD_RE.test(t) || creditTexts.includes(t) || isPlayerText(t) || isClip(t)) continue;
    const split = splitCredit(t);
    if (marked && !split.credit && isCreditByTagOnly(c) && !captions.length) {
      if (!texts.includes(t)) texts.push(t);
    } else if (split.credit && namesPosition(split.caption)) {
      // "Left image: Agency, right image: Name": the word before the label says which photo
      // (trafilatura-dev vice).
      creditTexts.push(t);
    } else if (split.credit) {
      creditTexts.push(split.credit);
      if (split.caption && !texts.includes(split.caption)) texts.push(split.caption);
    } else if ((looksLikeCaption(t) && !isStrictCreditElement(c)) || endsInQuote(t) || isSmallProse(c, t)) {
      // A long <small>/<cite> with no credit in it is the caption (fundus KleineZeitung); so is one
      // that ends in a quoted sentence, which no credit does.
      if (!texts.includes(t)) texts.push(t);
    } else creditTexts.push(t);
  }
  for (const c of ownCredits) if (!creditTexts.includes(c)) creditTexts.push(c);
  // The name line is the credit only where the caption names none otherwise.
  if (!creditTexts.length && !splitCredit(texts.join(' ')).credit) creditTexts.push(...nameLines);
  else texts.push(...nameLines);
  let caption = texts.join(' ');
  let credit = joinCredits(creditTexts);
  const split = splitCredit(caption);
  if (split.credit) {
    // "Featured image: Jane Roe" under the photo it names: the word before the label says which
    // photo, and is no caption (fixture figures-credit-position-words.html).
    caption = namesPosition(split.caption) ? '' : split.caption;
    if (!credit) credit = split.credit;
  }
  caption = withoutCreditEcho(caption.replace(CAPTION_LABEL_RE, ''), credit);
  if (caption && credit && caption === credit) caption = '';
  // A rating widget's tally beside its stars is no caption (fixture clutter-rating-widget.html).
  if (isPlayerText(caption) || RATING_WIDGET_RE.test(caption) || NO_WORD_RE.test(caption)) caption = '';
  if (isPlayerText(credit) || NO_WORD_RE.test(credit)) credit = '';
  return { caption, credit: dedupeCredit(unbracketed(credit)) };
}

// A separator between the photo's subject and its credit: a slash, a bar, a dash or a comma.
const SUBJECT_SEPARATOR_RE = /^\s*[/|,–—-]\s*/;

/**
 * "Constitutional Tribunal / Shutterstock" read whole as a credit, where the image's alt says
 * "Constitutional Tribunal": the part the alt repeats names the subject, not a photographer, and is
 * the caption (trafilatura-dev: a Polish daily's lead photo; fixture
 * figures-credit-after-subject-named-by-alt.html).
 */
export function subjectFromAlt(read: { caption: string; credit: string }, alt: string): typeof read {
  if (read.caption || !alt || !read.credit.startsWith(alt)) return read;
  const rest = read.credit.slice(alt.length);
  const sep = SUBJECT_SEPARATOR_RE.exec(rest);
  if (!sep || !/\p{L}/u.test(rest)) return read;
  return { caption: alt, credit: rest.slice(sep[0].length) };
}

// "<figcaption><p>The pier at dawn.</p><p>Jane Roe</p></figcaption>": a caption's last line that is
// a person's name alone, after a line that ends a sentence, is the photographer's (fixture
// figures-caption-name-line.html). A caption of one line, or a name first (the sitter's), is not.
const NAME_LINE_RE = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const LINE_TAGS = new Set(['p', 'div', 'span', 'small', 'cite', 'em', 'i']);
const ENDS_SENTENCE_RE = /[.!?…]["”»’']?$/;

function nameLineAtEnd(caption: Element): ChildNode | null {
  const afterBreak = nameAfterBreak(caption);
  if (afterBreak) return afterBreak;
  const lines = Array.from(caption.children).filter((c) => collapse(c.textContent));
  const last = lines[lines.length - 1];
  if (lines.length < 2 || !last || !LINE_TAGS.has(last.localName) || last.childElementCount) return null;
  // Text of the caption outside its lines would sit between them.
  let loose = '';
  for (let n = caption.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) loose += n.nodeValue ?? '';
  if (loose.trim()) return null;
  const before = collapse(lines[lines.length - 2]!.textContent);
  return NAME_LINE_RE.test(collapse(last.textContent)) && ENDS_SENTENCE_RE.test(before) ? last : null;
}

/**
 * "The pier at dawn.<br>Jane Roe": the same name line set after a break, as text or in an element of
 * its own (fixture figures-caption-name-line.html).
 */
function nameAfterBreak(caption: Element): ChildNode | null {
  let last = caption.lastChild;
  while (last?.nodeType === 3 && !collapse(last.nodeValue)) last = last.previousSibling;
  if (
    !last ||
    (last.nodeType === 1 &&
      (!LINE_TAGS.has((last as Element).localName) || (last as Element).childElementCount))
  )
    return null;
  let br = last.previousSibling;
  while (br?.nodeType === 3 && !collapse(br.nodeValue)) br = br.previousSibling;
  if (br?.nodeType !== 1 || (br as Element).localName !== 'br') return null;
  let before = '';
  for (let n = caption.firstChild; n && n !== br; n = n.nextSibling) before += n.textContent ?? '';
  return NAME_LINE_RE.test(collapse(last.textContent)) && ENDS_SENTENCE_RE.test(collapse(before))
    ? last
    : null;
}

// "Waves hit the harbour wall <span>ANP</span>": an agency, or a name with its agency or outlet,
// in an element of its own that ends the caption is set apart from the caption's words as a bracket
// would set it (Dutch and Spanish papers; fixture figures-credit-own-element-at-end.html). A link is
// not set apart: "… as reported by <a>Reuters</a>" ends a sentence.
const OWN_CREDIT_TAGS = new Set(['span', 'small', 'em', 'i', 'b', 'strong', 'cite', 'p', 'div', 'font']);

function creditAtEnd(caption: Element): { el: Element; credit: string } | null {
  let last = caption.lastChild;
  while (last?.nodeType === 3 && !collapse(last.nodeValue)) last = last.previousSibling;
  if (last?.nodeType !== 1) return null;
  const el = last as Element;
  if (!OWN_CREDIT_TAGS.has(el.localName) || el.childElementCount) return null;
  let before = '';
  for (let n = el.previousSibling; n && !before; n = n.previousSibling) before = collapse(n.textContent);
  if (!CAPTION_WORD_RE.test(before)) return null;
  const credit = creditOnItsOwn(el.textContent ?? '');
  return credit ? { el, credit } : null;
}
const CAPTION_WORD_RE = /\p{L}{2}/u;

/**
 * "Glass cloche terrariums (Jane Roe)" beside the credit box "Jane Roe": the caption's closing
 * brackets or bar repeat the credit shown apart, and go (readability-pages ehow-1; fixture
 * figures-caption-name-line.html). A name in the caption's words stays ("A portrait of Jane Roe").
 */
function withoutCreditEcho(caption: string, credit: string): string {
  if (!credit || caption.length <= credit.length) return caption;
  const tail = caption.slice(-credit.length - 2);
  if (tail === `(${credit})` || tail === `[${credit}]`) return caption.slice(0, -credit.length - 2).trim();
  const bar = caption.slice(-credit.length - 3);
  if (bar === ` | ${credit}` || bar === ` / ${credit}`) return caption.slice(0, -credit.length - 3).trim();
  return caption;
}

// A link offering the picture for sale or licence ("Purchase Licensing Rights", "Buy this photo",
// "Bild kaufen") ends wire photos' captions: a shop's button, not words about the photo (fixture
// figures-credit-world-wordings.html).
const SALE_LINK_RE =
  /^(?:(?:purchase|buy|order|request)\s.{0,30}\b(?:licen[cs]ing|licen[cs]es?|rights|reprints?|photos?|images?|pictures?|prints?)|licen[cs]e\s+this\s+(?:photo|image|picture)|(?:bild|foto)\s+(?:kaufen|bestellen|lizenzieren)|acheter\s+(?:cette|la)\s+photo)\b/i;
const isSaleLink = (el: Element): boolean =>
  el.localName === 'a' && SALE_LINK_RE.test(collapse(el.textContent));

const isControlOrLabel = (el: Element): boolean =>
  isCaptionControl(el) || isHiddenCaptionLabel(el) || isSaleLink(el);

// A text with no letter or digit ("©", "|") says nothing.
const NO_WORD_RE = /^[^\p{L}\p{N}]*$/u;
const TOOLTIP_ATTRS = ['title', 'data-original-title', 'aria-label'];

/**
 * A credit element's text; a "©" button shows its credit only as a tooltip, so then the tooltip is
 * read (fixture figures-credit-tooltip.html; a church news page in trafilatura-dev: title="Name/Agency").
 */
const isInnerCaption = (e: Element): boolean => isCaptionClassed(e) && !isCreditElement(e);

/** A credit box's text; `withoutCaptions`: less the caption boxes inside it. */
function creditLine(el: Element, withoutCaptions = false): string {
  const text = textWithout(
    el,
    (e) =>
      isControlOrLabel(e) || (e !== el && (isCreditLabelBox(e) || (withoutCaptions && isInnerCaption(e)))),
  );
  if (!text || !NO_WORD_RE.test(text)) return text;
  for (const name of TOOLTIP_ATTRS) {
    const tip = collapse(el.getAttribute(name));
    if (tip && !NO_WORD_RE.test(tip)) return tip;
  }
  return text;
}

// A part that opens with a separator of its own, or follows one, joins with a space: a CMS's credit
// and source fields ("<p>Tom Berg</p>" + "<p>/ Harbour Public Radio</p>"; fixture
// figures-credit-source-field.html) read "Tom Berg / Harbour Public Radio", not "Tom Berg / / …".
const LEADING_SEPARATOR_RE = /^[/|·•–—-]\s/;
const TRAILING_SEPARATOR_RE = /\s[/|·•–—-]$/;

function joinCredits(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!out) out = part;
    else if (LEADING_SEPARATOR_RE.test(part) || TRAILING_SEPARATOR_RE.test(out)) out += ` ${part}`;
    else out += ` / ${part}`;
  }
  return out;
}
