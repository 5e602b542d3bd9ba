// A date stated in UTC ("2022-05-04T03:37:37Z") is often the same moment the page also states in its
// own offset ("<time datetime="2022-05-03T23:37:37-04:00">"): the reader shows the day the page's
// readers saw, not the day in Greenwich (issue 13: "a date shown a day late because it was converted
// to UTC"; fixture meta-date-local-offset.html).
import { parseDate } from './date';

const UTC_RE = /(?:Z|[+-]00:?00)$/;
const LOCAL_OFFSET_RE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}$/;
// The page's own <time> elements come first in the header; later ones date comments and teasers.
const MAX_TIMES = 20;

/** `date` itself, or the same moment in an offset the page states elsewhere. */
export function inPageOffset(date: string, doc: Document, others: readonly string[]): string {
  if (!UTC_RE.test(date)) return date;
  const instant = Date.parse(date);
  if (Number.isNaN(instant)) return date;
  const candidates = [...others];
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < MAX_TIMES; i++)
    candidates.push(times[i]!.getAttribute('datetime') ?? '');
  for (const raw of candidates) {
    const v = raw.trim();
    if (LOCAL_OFFSET_RE.test(v) && Date.parse(v) === instant) return parseDate(v) || date;
  }
  return date;
}
