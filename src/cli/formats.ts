// Renders one extraction result in the format asked for on the command line. json and text need no
// DOM; markdown and html sanitize through a jsdom window (formats-rich.ts), loaded only for them.

import type { Article, ExtractResult } from '../core/types';
import type { OutputFormat } from './args';

/** The markdown and html renderers (formats-rich.ts), which need a DOM of their own. */
export interface RichRenderer {
  markdown(article: Article): string;
  html(article: Article): string;
}

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

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char);
}

export function sourceLine(article: Article): string {
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

/** Renders a result for `file`. A page that is not an article is a result, reported on stderr. */
export function renderResult(
  file: string,
  result: ExtractResult,
  format: OutputFormat,
  rich: RichRenderer | null,
): RenderedResult {
  if (format === 'json') return { stdout: asJson(file, result), stderr: '' };
  if (!result.isArticle) {
    return { stdout: '', stderr: `${file}: no article (${result.reason}): ${result.message}` };
  }
  if (format === 'text') return { stdout: asText(result), stderr: '' };
  if (!rich) throw new Error(`the ${format} format needs its renderer`);
  if (format === 'markdown') return { stdout: rich.markdown(result), stderr: '' };
  return { stdout: rich.html(result), stderr: '' };
}
