// The whole article as one Markdown document: title, where it came from, then the body.
import type { Article } from '../core/types';
import { authorsLine, domainOf, formatDate, siteNameToShow } from './format';
import { htmlToMarkdown, nodeToMarkdown } from './html-to-markdown';

function head(article: Article): string[] {
  const domain = domainOf(article.url);
  const source = [
    siteNameToShow(article.siteName, domain),
    domain ? `[${domain}](${article.url})` : '',
    authorsLine(article),
    formatDate(article.publishedTime, article.lang),
  ].filter((part) => part !== '');
  return [`# ${article.title}`, source.length > 0 ? `_${source.join(' · ')}_` : ''].filter(Boolean);
}

/** From the sanitized body as nodes (the views: no markup is parsed again). */
export function articleNodesToMarkdown(article: Article, body: ParentNode): string {
  return `${[...head(article), nodeToMarkdown(body)].join('\n\n')}\n`;
}

/** From the sanitized body as markup (the command line). */
export function articleToMarkdown(article: Article, safeHtml: string, doc: Document): string {
  return `${[...head(article), htmlToMarkdown(safeHtml, doc)].join('\n\n')}\n`;
}
