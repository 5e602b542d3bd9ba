// Dates and lists in the UI locale, through Intl: the reader's chrome speaks the reader's language
// even when the article is in another.
import { uiLocale } from './catalog';

const DAY_MS = 86_400_000;
// Up to a week back a date reads better as "yesterday" or "3 days ago"; older ones as the date.
const RELATIVE_DAYS = 7;
const DATE_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

function validDate(iso: string): Date | null {
  if (iso === '') return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "12 March 2024" in the given locale (the UI's by default); '' for no or a broken date. */
export function formatDay(iso: string, locale = uiLocale()): string {
  const date = validDate(iso);
  if (!date) return '';
  try {
    return new Intl.DateTimeFormat(locale, DATE_OPTIONS).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, DATE_OPTIONS).format(date);
  }
}

function calendarDays(from: Date, to: Date): number {
  const start = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const end = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end - start) / DAY_MS);
}

/** "today", "yesterday", "3 days ago" for the last week, else the date; future dates as dates. */
export function formatPublished(iso: string, now: Date = new Date(), locale = uiLocale()): string {
  const date = validDate(iso);
  if (!date) return '';
  const days = calendarDays(date, now);
  if (days < 0 || days >= RELATIVE_DAYS) return formatDay(iso, locale);
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  } catch {
    return formatDay(iso, locale);
  }
}

/** "Ann", "Ann and Bob", "Ann, Bob and Cy", with the UI locale's conjunction and commas. */
export function joinList(items: readonly string[], locale = uiLocale()): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
