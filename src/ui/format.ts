// Small formatting helpers for the popup's source line. Pure functions: unit tested with fake data.

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

/** A date people read at a glance ("12 March 2024"), in the article's language when the browser has it. */
export function formatDate(iso: string, lang: string): string {
  if (iso === '') return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  try {
    return date.toLocaleDateString(lang || undefined, options);
  } catch {
    return date.toLocaleDateString(undefined, options);
  }
}

export function readingTimeLabel(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '';
  const rounded = Math.max(1, Math.round(minutes));
  return `${rounded} min read`;
}

/** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
export function joinAuthors(authors: readonly string[]): string {
  const names = authors.filter((name) => name.trim() !== '');
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function removedLabel(count: number): string {
  return `Removed ${count} ${count === 1 ? 'block' : 'blocks'}`;
}
