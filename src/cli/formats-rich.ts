// The markdown and html formats of `folio extract`: the article body goes through the extension's own
// sanitizer and Markdown converter ("Copy as Markdown" and `--format markdown` give the same text),
// which need a browser-like window: jsdom's, loaded only when one of these formats is asked for.
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../core/types';
import { articleToMarkdown } from '../ui/article-to-markdown';
import { sanitizeArticleHtml } from '../ui/sanitize-article-html';
import { escapeHtml, type RichRenderer, sourceLine } from './formats';

function asMarkdown(article: Article, win: Window): string {
  return articleToMarkdown(article, sanitizedBody(article, win), win.document);
}

function sanitizedBody(article: Article, win: Window): string {
  return sanitizeArticleHtml(article.html, win);
}

function asHtml(article: Article, win: Window): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  const source = sourceLine(article);
  const origin = article.url.startsWith('http')
    ? `<p class="folio-source"><a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${escapeHtml(article.url)}</a></p>\n`
    : '';
  return (
    `<!doctype html>\n<html${lang}${dir}>\n<head>\n<meta charset="utf-8">\n` +
    // No script may run in a saved article, whatever slipped through: the page forbids it itself.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">\n` +
    `<title>${escapeHtml(article.title)}</title>\n</head>\n<body>\n<article>\n` +
    `<h1>${escapeHtml(article.title)}</h1>\n` +
    (source ? `<p class="folio-byline">${escapeHtml(source)}</p>\n` : '') +
    origin +
    `${sanitizedBody(article, win)}\n</article>\n</body>\n</html>\n`
  );
}

/** One blank window for the sanitizer, shared by every input of the call. */
export function createRichRenderer(): RichRenderer {
  const win = new JSDOM('<!doctype html>', { virtualConsole: new VirtualConsole() })
    .window as unknown as Window;
  return { markdown: (article) => asMarkdown(article, win), html: (article) => asHtml(article, win) };
}
