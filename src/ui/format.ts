// Small formatting helpers for the source line and the Markdown copy. Pure functions: unit tested
// with fake data.
import type { NoArticleReason } from '../core/types';
import { joinList } from './i18n/intl-format';
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

/**
 * "Ann", "Ann and Bob", "Ann, Bob and Cy": in the article's language when given (the names are the
 * page's words, so its "and" goes with them), else the UI's.
 */
export function joinAuthors(authors: readonly string[], lang = ''): string {
  const names = authors.filter((name) => name.trim() !== '');
  return lang ? joinList(names, lang) : STRINGS.joinNames(names);
}

export function removedLabel(count: number): string {
  return STRINGS.removed(count);
}

const sameName = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The authors as one line, or the page's byline when no author was named. A writer that is only the
 * site's own name is left out: the site is named beside it ("BBC News · bbc.com", not "BBC News ·
 * bbc.com · BBC News"; the outlet credited as author on 43 corpus pages of many publishers).
 */
export function authorsLine(article: {
  authors: readonly string[];
  byline: string;
  lang?: string;
  siteName?: string;
}): string {
  const site = article.siteName?.trim() ?? '';
  const isSite = (name: string): boolean => site !== '' && sameName(name, site);
  const names = article.authors.filter((name) => !isSite(name));
  if (names.length > 0) return joinAuthors(names, article.lang);
  const byline = article.byline.trim();
  return article.authors.length > 0 || isSite(byline) ? '' : byline;
}

/** The site's name, unless it only repeats the domain shown beside it. */
export function siteNameToShow(siteName: string, domain: string): string {
  const name = siteName.trim();
  return name !== '' && name.toLowerCase() !== domain.toLowerCase() ? name : '';
}

/**
 * What to tell people when there is no article: the engine's own message is English for the command
 * line, so the views say it in the UI's language by its reason; only a technical error keeps its text.
 */
export function noArticleText(result: { reason: NoArticleReason; message: string }): string {
  switch (result.reason) {
    case 'too-large':
      return STRINGS.tooLargeText;
    case 'error':
      return result.message || STRINGS.unknownError;
    default:
      return STRINGS.noArticleFallback;
  }
}
