// Renders one extraction result in the format asked for on the command line.
// The popup's converter: "Copy as Markdown" and `folio --format markdown` give the same text.

import type { Article, ExtractResult } from '../core/types';
import { articleToMarkdown } from '../ui/article-to-markdown';
import { sanitizeArticleHtml } from '../ui/sanitize-article-html';
import type { OutputFormat } from './args';

export interface RenderedResult {
  /** What goes to stdout (ends with a newline), or '' for nothing. */
  stdout: string;
  /** A one-line note for stderr, or ''. */
  stderr: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const HTML_SPECIAL = /[&<>"']/g;

function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char);
}

function sourceLine(article: Article): string {
  const parts = [
    article.byline || article.authors.join(', '),
    article.siteName,
    article.publishedTime.slice(0, 10),
  ];
  return parts.filter((part) => part !== '').join(' · ');
}

function asJson(file: string, result: ExtractResult): string {
  return `${JSON.stringify({ file, ...result })}\n`;
}

function asText(article: Article): string {
  const source = sourceLine(article);
  return `${[article.title, source, article.text].filter((part) => part !== '').join('\n\n')}\n`;
}

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

/** Renders a result for `file`. A page that is not an article is a result, reported on stderr. */
export function renderResult(
  file: string,
  result: ExtractResult,
  format: OutputFormat,
  win: Window,
): RenderedResult {
  if (format === 'json') return { stdout: asJson(file, result), stderr: '' };
  if (!result.isArticle) {
    return { stdout: '', stderr: `${file}: no article (${result.reason}): ${result.message}` };
  }
  if (format === 'text') return { stdout: asText(result), stderr: '' };
  if (format === 'markdown') return { stdout: asMarkdown(result, win), stderr: '' };
  return { stdout: asHtml(result, win), stderr: '' };
}
