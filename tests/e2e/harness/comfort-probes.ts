// What the reading-comfort tests read inside the reader's shadow root, as expressions evaluated in
// the page: the same probes for Chromium (page.evaluate) and Firefox (BiDi script.evaluate).

const SHADOW = `document.querySelector('[data-folio-reader]')?.shadowRoot`;
const ROOT = `${SHADOW}?.querySelector('.folio-root')`;

export interface BandState {
  line: number;
  first: number;
  last: number;
  top: number;
  bottom: number;
  /** The visible text area: below the toolbar, above the window's bottom. */
  viewTop: number;
  viewBottom: number;
  scrollTop: number;
}

/** The line-focus band, or null when there is none. */
export const BAND = `(() => {
  const root = ${ROOT};
  const band = root?.querySelector('.folio-line-focus');
  if (!root || !band) return null;
  const box = band.getBoundingClientRect();
  return { line: Number(band.dataset.line), first: Number(band.dataset.firstLine),
    last: Number(band.dataset.lastLine), top: box.top, bottom: box.bottom,
    viewTop: root.querySelector('.folio-toolbar').getBoundingClientRect().bottom,
    viewBottom: root.getBoundingClientRect().bottom, scrollTop: root.scrollTop };
})()`;

/** The line height of the article's paragraphs, in px. */
export const PARAGRAPH_LINE_HEIGHT = `parseFloat(getComputedStyle(${ROOT}.querySelector('.folio-body p')).lineHeight)`;

export interface TocState {
  layout: string;
  expanded: string;
  listShown: boolean;
  links: { text: string; current: boolean }[];
  /** Text of the focused element in the reader. */
  focused: string;
  readerOpen: boolean;
}

export const TOC = `(() => {
  const shadow = ${SHADOW};
  const nav = shadow?.querySelector('.folio-toc');
  if (!nav) return null;
  const list = nav.querySelector('ol');
  return { layout: nav.dataset.layout, expanded: nav.querySelector('button').getAttribute('aria-expanded'),
    listShown: list.getClientRects().length > 0,
    links: [...list.querySelectorAll('a')].map((a) => ({ text: a.textContent, current: a.getAttribute('aria-current') === 'location' })),
    focused: shadow.activeElement?.textContent ?? '', readerOpen: true };
})()`;

/** Where the heading with this text sits, relative to the bottom of the toolbar (px). */
export const headingOffset = (text: string) => `(() => {
  const root = ${ROOT};
  const heading = [...root.querySelectorAll('.folio-body h2, .folio-body h3')].find((h) => h.textContent === ${JSON.stringify(text)});
  return heading.getBoundingClientRect().top - root.querySelector('.folio-toolbar').getBoundingClientRect().bottom;
})()`;

/** Scrolls the reader so the heading with this text is at the top. */
export const scrollToHeading = (text: string) => `(() => {
  const root = ${ROOT};
  const heading = [...root.querySelectorAll('.folio-body h2, .folio-body h3')].find((h) => h.textContent === ${JSON.stringify(text)});
  root.scrollTop += heading.getBoundingClientRect().top - root.getBoundingClientRect().top - 80;
  return root.scrollTop;
})()`;

/** Clicks a control of the reader found by its text. */
export const clickInReader = (text: string) => `(() => {
  const shadow = ${SHADOW};
  const target = [...shadow.querySelectorAll('button, a')].find((el) => el.textContent.trim() === ${JSON.stringify(text)});
  target.click();
  return true;
})()`;

export const FOCUS_CONTENTS_BUTTON = `(${SHADOW}.querySelector('.folio-toc-toggle').focus(), true)`;

export interface SpacingReport {
  fontSize: number;
  letterSpacing: number;
  wordSpacing: number;
  paragraphAfter: number;
  lineHeight: number;
  /** Pairs of neighbouring boxes that overlap, by their text. */
  overlaps: string[];
  /** Elements whose content does not fit them, or that stick out of the article or the window. */
  clipped: string[];
  rootScrollsSideways: boolean;
}

/**
 * Text spacing as applied, and the layout checks of WCAG 1.4.12: no two neighbouring blocks (the
 * article's parts, the body's blocks, the toolbar's controls) overlap, and no text is cut off or
 * pushed out of its box. `scope` selects the document root: the reader's shadow root or the popup.
 */
export const spacingReport = (scope: 'reader' | 'popup') => `(() => {
  const root = ${scope === 'reader' ? SHADOW : 'document'};
  const article = root.querySelector('.folio-article');
  const p = article.querySelector('.folio-body p');
  const style = getComputedStyle(p);
  const name = (el) => (el.className || el.localName) + ': ' + (el.textContent || '').trim().slice(0, 40);
  const overlaps = [];
  const check = (elements, axis) => {
    const boxes = elements.filter((el) => el.getClientRects().length > 0).map((el) => [el, el.getBoundingClientRect()]);
    for (let i = 1; i < boxes.length; i++) {
      const [a, ra] = boxes[i - 1];
      const [b, rb] = boxes[i];
      const apart = axis === 'y' ? rb.top >= ra.bottom - 0.5 : (rb.left >= ra.right - 0.5 || rb.top >= ra.bottom - 0.5);
      if (!apart) overlaps.push(name(a) + ' / ' + name(b));
    }
  };
  check([...article.children], 'y');
  check([...article.querySelector('.folio-header').children], 'y');
  check([...article.querySelector('.folio-body').children], 'y');
  const toolbar = root.querySelector('.folio-toolbar');
  if (toolbar) check([...toolbar.children].filter((el) => getComputedStyle(el).position !== 'absolute' && getComputedStyle(el).position !== 'fixed'), 'x');
  const clipped = [];
  const edge = article.getBoundingClientRect();
  for (const el of [article, ...article.querySelectorAll('*'), ...(toolbar ? toolbar.querySelectorAll('*') : [])]) {
    if (el.getClientRects().length === 0) continue;
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) clipped.push('wide ' + name(el));
    if (s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1 && !el.matches('.folio-root')) clipped.push('tall ' + name(el));
    if (article.contains(el) && (box.right > edge.right + 1 || box.left < edge.left - 1)) clipped.push('outside ' + name(el));
    if (box.right > innerWidth + 1) clipped.push('off-screen ' + name(el));
  }
  const scroller = ${scope === 'reader' ? `root.querySelector('.folio-root')` : 'document.scrollingElement'};
  return { fontSize: parseFloat(style.fontSize), letterSpacing: parseFloat(style.letterSpacing),
    wordSpacing: parseFloat(style.wordSpacing), paragraphAfter: parseFloat(style.marginBottom),
    lineHeight: parseFloat(style.lineHeight), overlaps, clipped,
    rootScrollsSideways: scroller.scrollWidth > scroller.clientWidth + 1 };
})()`;

export interface ProgressState {
  offered: boolean;
  progress: number;
  minutesLeft: string;
  bar: string;
}

export const PROGRESS = `(() => {
  const root = ${ROOT};
  if (!root) return null;
  return { offered: root.querySelector('.folio-resume-continue') !== null,
    progress: root.scrollTop / (root.scrollHeight - root.clientHeight),
    minutesLeft: root.querySelector('.folio-minutes-left')?.textContent ?? '',
    bar: root.querySelector('.folio-progress-fill')?.style.transform ?? '' };
})()`;

/** Scrolls the reader to this fraction of the article. */
export const scrollReaderTo = (fraction: number) => `(() => {
  const root = ${ROOT};
  root.scrollTop = ${fraction} * (root.scrollHeight - root.clientHeight);
  return root.scrollTop;
})()`;

/** WCAG 1.4.12's text spacing, as the popup's settings take it. */
export const WCAG_SPACING = {
  'Letter spacing': 0.12,
  'Word spacing': 0.16,
  'Paragraph spacing': 2,
  'Line height': 1.5,
} as const;

/**
 * Every one of WCAG_SPACING's four values is in effect. Each field is saved on its own, so the
 * reader takes them one by one: a test that waited for one of them read the line height before it
 * arrived (Firefox ESR 140, under load).
 */
export const wcagSpacingApplied = (r: SpacingReport): boolean =>
  Math.abs(r.letterSpacing - WCAG_SPACING['Letter spacing'] * r.fontSize) < 0.05 &&
  Math.abs(r.wordSpacing - WCAG_SPACING['Word spacing'] * r.fontSize) < 0.05 &&
  Math.abs(r.paragraphAfter - WCAG_SPACING['Paragraph spacing'] * r.fontSize) < 0.5 &&
  Math.abs(r.lineHeight - WCAG_SPACING['Line height'] * r.fontSize) < 0.05;
