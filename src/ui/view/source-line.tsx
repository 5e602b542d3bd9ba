import type { Article } from '../../core/types';
import { authorsLine, domainOf, formatDate, readingTimeLabel, siteNameToShow } from '../format';

const SPACES = / /g;
const NBSP = '\u00a0';

/**
 * Where the article came from: site name (unless it is just the domain), the original page's domain
 * as a link, authors (or the page's byline), date, reading time.
 */
export function SourceLine({ article }: { article: Article }) {
  const domain = domainOf(article.url);
  // A name never breaks across lines: wrapping happens between names ("Ada Lind and / Tomas Berg").
  const authors = authorsLine({
    ...article,
    authors: article.authors.map((name) => name.replace(SPACES, NBSP)),
  });
  const date = formatDate(article.publishedTime, article.lang);
  const reading = readingTimeLabel(article.readingTimeMinutes);
  const site = siteNameToShow(article.siteName, domain);
  const parts = [
    site ? <span class="folio-site">{site}</span> : null,
    domain ? (
      <a class="folio-domain" href={article.url} target="_blank" rel="noopener noreferrer">
        {domain}
      </a>
    ) : null,
    authors ? <span class="folio-authors">{authors}</span> : null,
    date ? (
      <time class="folio-date" dateTime={article.publishedTime}>
        {date}
      </time>
    ) : null,
    reading ? <span class="folio-reading-time">{reading}</span> : null,
  ].filter((part) => part !== null);
  return (
    <p class="folio-source" data-testid="source-line">
      {parts.map((part, i) => (
        <>
          {i > 0 ? (
            <span class="folio-sep" aria-hidden="true">
              {' · '}
            </span>
          ) : null}
          {part}
        </>
      ))}
    </p>
  );
}
