// Small formatting helpers for the source line and the Markdown copy. Pure functions: unit tested
// with fake data.
import { STRINGS } from './strings';

const WWW_PREFIX = /^www\./;

/** The host of an http(s) URL without "www.", or '' when the URL is not one. */
export function domainOf(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
    return parsed.hostname.replace(WWW_PREFIX, '');
  } catch {
    return '';
  }
}

// The calendar day at the start of an ISO date: the day the page states in its own offset.
const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A date people read at a glance ("12 March 2024"), in the article's language when the browser has
 * it. The day is the one the page states: "2025-04-05T00:30:00+02:00" is 5 April wherever the
 * reader is, not 4 April converted to UTC or to the reader's own zone.
 */
export function formatDate(iso: string, lang: string): string {
  if (iso === '') return '';
  const day = ISO_DAY_RE.exec(iso);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  };
  try {
    return date.toLocaleDateString(lang || undefined, options);
  } catch {
    return date.toLocaleDateString(undefined, options);
  }
}

export function readingTimeLabel(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '';
  return STRINGS.readingTime(Math.max(1, Math.round(minutes)));
}

/** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
export function joinAuthors(authors: readonly string[]): string {
  return STRINGS.joinNames(authors.filter((name) => name.trim() !== ''));
}

export function removedLabel(count: number): string {
  return STRINGS.removed(count);
}

/** The authors as one line, or the page's byline when no author was named. */
export function authorsLine(article: { authors: readonly string[]; byline: string }): string {
  return joinAuthors(article.authors) || article.byline.trim();
}

/** The site's name, unless it only repeats the domain shown beside it. */
export function siteNameToShow(siteName: string, domain: string): string {
  const name = siteName.trim();
  return name !== '' && name.toLowerCase() !== domain.toLowerCase() ? name : '';
}
