import type { Article } from '../../core/types';
import { authorsLine, domainOf, readingTimeLabel, siteNameToShow } from '../format';
import { uiText } from '../i18n/direction';
import { formatDay, formatPublished } from '../i18n/intl-format';

const SPACES = / /g;
const NBSP = '\u00a0';

/**
 * Where the article came from: site name (unless it is just the domain), the original page's domain
 * as a link, authors (or the page's byline), date, reading time. The line mixes the page's words
 * (site, authors) with the UI's (date, reading time): each part is isolated, so an Arabic site name
 * beside an English reading time (or the reverse) cannot reorder its neighbours.
 */
export function SourceLine({ article, now }: { article: Article; now?: Date }) {
  const domain = domainOf(article.url);
  // A name never breaks across lines: wrapping happens between names ("Ada Lind and / Tomas Berg").
  const authors = authorsLine({
    ...article,
    authors: article.authors.map((name) => name.replace(SPACES, NBSP)),
  });
  const date = formatPublished(article.publishedTime, now);
  const ui = uiText();
  const reading = readingTimeLabel(article.readingTimeMinutes);
  const site = siteNameToShow(article.siteName, domain);
  const parts = [
    site ? <bdi class="folio-site">{site}</bdi> : null,
    domain ? (
      <a class="folio-domain" dir="ltr" href={article.url} target="_blank" rel="noopener noreferrer">
        {domain}
      </a>
    ) : null,
    authors ? <bdi class="folio-authors">{authors}</bdi> : null,
    date ? (
      <time
        class="folio-date"
        dateTime={article.publishedTime}
        title={formatDay(article.publishedTime)}
        {...ui}
      >
        {date}
      </time>
    ) : null,
    reading ? (
      <span class="folio-reading-time" {...ui}>
        {reading}
      </span>
    ) : null,
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
