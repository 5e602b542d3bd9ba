import type { Article } from '../../src/core/types';
import { domainOf, formatDate, joinAuthors, readingTimeLabel } from '../../src/ui/format';

const SPACES = / /g;
const NBSP = '\u00a0';

/** Where the article came from: site, the original page's domain as a link, authors, date, reading time. */
export function SourceLine({ article }: { article: Article }) {
  const domain = domainOf(article.url);
  // A name never breaks across lines: wrapping happens between names ("Ada Lind and / Tomas Berg").
  const authors = joinAuthors(article.authors.map((name) => name.replace(SPACES, NBSP)));
  const date = formatDate(article.publishedTime, article.lang);
  const reading = readingTimeLabel(article.readingTimeMinutes);
  const showSite = article.siteName !== '' && article.siteName.toLowerCase() !== domain.toLowerCase();
  const parts = [
    showSite ? <span class="site">{article.siteName}</span> : null,
    domain ? (
      <a class="domain" href={article.url} target="_blank" rel="noopener noreferrer">
        {domain}
      </a>
    ) : null,
    authors ? <span class="authors">{authors}</span> : null,
    date ? (
      <time class="date" dateTime={article.publishedTime}>
        {date}
      </time>
    ) : null,
    reading ? <span class="reading-time">{reading}</span> : null,
  ].filter((part) => part !== null);
  return (
    <p class="source-line" data-testid="source-line">
      {parts.map((part, i) => (
        <>
          {i > 0 ? (
            <span class="sep" aria-hidden="true">
              {' · '}
            </span>
          ) : null}
          {part}
        </>
      ))}
    </p>
  );
}
