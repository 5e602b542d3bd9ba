// The whole article as one Markdown document: title, where it came from, then the body.
import type { Article } from '../core/types';
import { domainOf, formatDate, joinAuthors } from './format';
import { htmlToMarkdown } from './html-to-markdown';

export function articleToMarkdown(article: Article, safeHtml: string, doc: Document): string {
  const domain = domainOf(article.url);
  const source = [
    article.siteName,
    domain ? `[${domain}](${article.url})` : '',
    joinAuthors(article.authors),
    formatDate(article.publishedTime, article.lang),
  ].filter((part) => part !== '');
  const head = [`# ${article.title}`, source.length > 0 ? `_${source.join(' · ')}_` : ''].filter(Boolean);
  return `${[...head, htmlToMarkdown(safeHtml, doc)].join('\n\n')}\n`;
}
