// The in-page reader view: renders an extracted article into the shadow-rooted host, applies the
// settings live, and on close puts the page back exactly as it was.
//
// The article body is rendered only from the engine's HTML string after sanitizeArticleHtml: no page
// node is ever cloned or moved in, so no page script or handler can run again inside the reader.

import type { Article, ExtractResult } from '../../core/types';
import { articleToMarkdown } from '../../ui/article-to-markdown';
import { domainOf, formatDate, joinAuthors, readingTimeLabel } from '../../ui/format';
import { sanitizeArticleHtml } from '../../ui/sanitize-article-html';
import type { Settings } from '../settings/definitions';
import { coverPage, type PageCover } from './page-cover';
import { addDyslexicFont, removeDyslexicFont } from './reader-fonts';
import { createReaderHost, type ReaderHost } from './reader-host';
import { READER_CSS } from './reader-styles';

// How long the toolbar's "Copied" note stays.
const STATUS_MS = 2500;

export interface ReaderView {
  readonly open: boolean;
  show(result: ExtractResult, settings: Settings): void;
  close(): void;
  applySettings(settings: Settings): void;
}

type Tag = keyof HTMLElementTagNameMap;

function element<K extends Tag>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function adoptStyles(doc: Document, shadow: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; <style> is the fallback.
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in shadow) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(READER_CSS);
      shadow.adoptedStyleSheets = [sheet];
      // Firefox's content-script wrappers can drop the assignment silently: check it took.
      if (shadow.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Fall through to <style>.
  }
  shadow.append(element(doc, 'style', undefined, READER_CSS));
}

/** Parses the sanitized HTML in an inert document and brings the nodes over. */
function bodyFragment(doc: Document, view: Window & typeof globalThis, safeHtml: string): DocumentFragment {
  const parsed = new view.DOMParser().parseFromString(`<body>${safeHtml}</body>`, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const child of Array.from(parsed.body.childNodes)) fragment.append(doc.importNode(child, true));
  return fragment;
}

function sourceLine(doc: Document, article: Article): HTMLElement {
  const line = element(doc, 'p', 'folio-source');
  const domain = domainOf(article.url);
  if (domain) {
    const link = element(doc, 'a', undefined, domain);
    link.href = article.url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    const wrap = element(doc, 'span');
    wrap.append(link);
    line.append(wrap);
  }
  const authors = joinAuthors(article.authors) || article.byline;
  for (const part of [
    authors,
    formatDate(article.publishedTime, article.lang),
    readingTimeLabel(article.readingTimeMinutes),
  ]) {
    if (part) line.append(element(doc, 'span', undefined, part));
  }
  return line;
}

function renderArticle(doc: Document, article: Article): HTMLElement {
  const root = element(doc, 'article', 'folio-article');
  if (article.lang) root.lang = article.lang;
  if (article.dir) root.dir = article.dir;
  const header = element(doc, 'header', 'folio-header');
  if (article.siteName) header.append(element(doc, 'p', 'folio-site', article.siteName));
  const title = element(doc, 'h1', 'folio-title', article.title);
  title.id = 'folio-title';
  header.append(title, sourceLine(doc, article));
  const body = element(doc, 'div', 'folio-body');
  const view = doc.defaultView;
  if (view) body.append(bodyFragment(doc, view, sanitizeArticleHtml(article.html, view)));
  root.append(header, body);
  return root;
}

function renderEmpty(doc: Document, message: string): HTMLElement {
  const box = element(doc, 'div', 'folio-empty');
  box.append(element(doc, 'h1', undefined, 'No article here'), element(doc, 'p', undefined, message));
  return box;
}

async function copyText(doc: Document, shadow: ShadowRoot, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Not a secure context, or no clipboard permission: the selection-based copy below.
  }
  const area = element(doc, 'textarea');
  area.value = text;
  shadow.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

export function createReaderView(doc: Document, win: Window, onClosed: () => void): ReaderView {
  let host: ReaderHost | null = null;
  let cover: PageCover | null = null;
  let root: HTMLElement | null = null;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  function applySettings(next: Settings): void {
    if (!root) return;
    root.dataset.theme = next.theme;
    root.dataset.font = next.font;
    root.dataset.images = next.images ? 'on' : 'off';
    root.dataset.captions = next.captions ? 'on' : 'off';
    root.style.setProperty('--folio-size', `${next.fontSize}px`);
    root.style.setProperty('--folio-line', String(next.lineHeight));
    root.style.setProperty('--folio-width', `${next.contentWidth}ch`);
    root.style.setProperty('--folio-align', next.align === 'justify' ? 'justify' : 'start');
    if (next.font === 'dyslexic') addDyslexicFont(doc);
  }

  function status(text: string): void {
    const node = root?.querySelector('.folio-status');
    if (!node) return;
    node.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      node.textContent = '';
    }, STATUS_MS);
  }

  // Printing (the Print button or the browser's own Ctrl+P while the reader is open): the reader is
  // fixed and clipped to the viewport, so for the print it becomes a plain block in the flow and
  // the hidden page takes no room at all; afterwards everything goes back.
  let printRestore: (() => void) | null = null;

  function beforePrint(): void {
    if (!host || printRestore) return;
    const body = doc.body;
    const bodyDisplay = body?.style.getPropertyValue('display') ?? '';
    const bodyPriority = body?.style.getPropertyPriority('display') ?? '';
    host.printLayout();
    body?.style.setProperty('display', 'none', 'important');
    printRestore = () => {
      printRestore = null;
      if (body) {
        if (bodyDisplay) body.style.setProperty('display', bodyDisplay, bodyPriority);
        else body.style.removeProperty('display');
      }
      host?.show();
    };
  }

  function afterPrint(): void {
    printRestore?.();
  }

  function print(): void {
    beforePrint();
    try {
      win.print();
    } finally {
      // print() blocks until the dialog closes in Chrome and Firefox; afterprint may not fire at all
      // where printing is unavailable (headless), so the layout is put back here too.
      afterPrint();
      root?.focus({ preventScroll: true });
    }
  }

  function toolbar(result: ExtractResult): HTMLElement {
    const bar = element(doc, 'div', 'folio-toolbar');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Folio reader');
    bar.append(element(doc, 'span', 'folio-brand', 'Folio'));
    const note = element(doc, 'span', 'folio-status');
    note.setAttribute('role', 'status');
    bar.append(note);
    if (result.isArticle) {
      const copy = element(doc, 'button', undefined, 'Copy as Markdown');
      copy.type = 'button';
      copy.addEventListener('click', () => {
        const view = doc.defaultView;
        if (!view) return;
        const { isArticle: _, ...article } = result;
        const markdown = articleToMarkdown(article, sanitizeArticleHtml(article.html, view), doc);
        copyText(doc, host?.shadow ?? (root?.getRootNode() as ShadowRoot), markdown).then(
          () => status('Copied as Markdown'),
          () => status('Copy failed'),
        );
      });
      const printButton = element(doc, 'button', undefined, 'Print');
      printButton.type = 'button';
      printButton.addEventListener('click', print);
      bar.append(copy, printButton);
    }
    const closeButton = element(doc, 'button', undefined, 'Close');
    closeButton.type = 'button';
    closeButton.setAttribute('aria-label', 'Close reader view');
    closeButton.addEventListener('click', () => close());
    bar.append(closeButton);
    return bar;
  }

  function show(result: ExtractResult, nextSettings: Settings): void {
    if (host) close();
    // Everything is built detached first: if rendering fails, the page has not been touched.
    const nextHost = createReaderHost(doc);
    adoptStyles(doc, nextHost.shadow);
    const nextRoot = element(doc, 'div', 'folio-root');
    nextRoot.tabIndex = -1;
    nextRoot.setAttribute('role', 'document');
    if (result.isArticle) nextRoot.setAttribute('aria-labelledby', 'folio-title');
    nextRoot.append(
      toolbar(result),
      result.isArticle ? renderArticle(doc, result) : renderEmpty(doc, result.message),
    );
    nextHost.shadow.append(nextRoot);
    // The browser closed the dialog itself (it should not: cancel is refused): close cleanly.
    nextHost.onDismissed = () => close();
    host = nextHost;
    root = nextRoot;
    applySettings(nextSettings);
    try {
      cover = coverPage(doc, win);
      nextHost.show();
    } catch (error) {
      teardown();
      throw error;
    }
    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('beforeprint', beforePrint);
    win.addEventListener('afterprint', afterPrint);
    nextRoot.focus({ preventScroll: true });
  }

  /** Undoes whatever show() got to, in reverse. */
  function teardown(): void {
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('beforeprint', beforePrint);
    win.removeEventListener('afterprint', afterPrint);
    printRestore?.();
    clearTimeout(statusTimer);
    host?.remove();
    host = null;
    root = null;
    removeDyslexicFont(doc);
    cover?.restore();
    cover = null;
  }

  function close(): void {
    if (!host) return;
    teardown();
    onClosed();
  }

  return {
    get open() {
      return host !== null;
    },
    show,
    close,
    applySettings: (next) => {
      applySettings(next);
      if (next.font !== 'dyslexic') removeDyslexicFont(doc);
    },
  };
}
