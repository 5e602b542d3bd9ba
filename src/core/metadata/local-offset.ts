// A date stated in UTC ("2022-05-04T03:37:37Z") is often the same moment the page also states in its
// own offset ("<time datetime="2022-05-03T23:37:37-04:00">"): the reader shows the day the page's
// readers saw, not the day in Greenwich (issue 13: "a date shown a day late because it was converted
// to UTC"; fixture meta-date-local-offset.html).
import { pad, parseDate } from './date';

const UTC_RE = /(?:Z|[+-]00:?00)$/;
const LOCAL_OFFSET_RE = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}$/;
// The page's own <time> elements come first in the header; later ones date comments and teasers.
const MAX_TIMES = 20;

// A page's own clock is a whole number of quarter hours from UTC, between UTC-12 and UTC+14.
const QUARTER_HOUR_MS = 15 * 60_000;
const MIN_OFFSET_MS = -12 * 3_600_000;
const MAX_OFFSET_MS = 14 * 3_600_000;
const DAY_MS = 86_400_000;
// A date read from the page's text: a day, perhaps with a time, and no offset.
const SHOWN_RE = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?)?$/;

/** `instant` on a clock `offsetMs` from UTC, in ISO 8601 with that offset. */
function onClock(instant: number, offsetMs: number): string {
  const local = new Date(instant + offsetMs).toISOString().slice(0, 19);
  const minutes = Math.abs(offsetMs) / 60_000;
  return `${local}${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The UTC `instant` on the clock of a date the page's text shows at the same minute ("February 24,
 * 2020 | 9:25pm" beside "2020-02-25T02:25:54Z": UTC-5); '' when the text shows no time, or another
 * moment.
 */
function onShownClock(instant: number, shown: string): string {
  const m = SHOWN_RE.exec(shown);
  if (m?.[2] === undefined || m[3] === undefined) return '';
  const offset = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) - Math.floor(instant / 60_000) * 60_000;
  return offset !== 0 && offset % QUARTER_HOUR_MS === 0 && offset >= MIN_OFFSET_MS && offset <= MAX_OFFSET_MS
    ? onClock(instant, offset)
    : '';
}

/** The day a date the page's text shows without a time names, when some offset puts `instant` on it. */
function shownDay(instant: number, shown: string): string {
  const m = SHOWN_RE.exec(shown);
  if (!m?.[1] || m[2] !== undefined) return '';
  const day = Date.parse(`${m[1]}T00:00:00Z`);
  return day + DAY_MS > instant + MIN_OFFSET_MS && day <= instant + MAX_OFFSET_MS ? m[1] : '';
}

/**
 * `date` itself, or the same moment in an offset the page states elsewhere: in a <time>'s or a
 * metadata date's offset, or on the clock of a date the page shows in its text (`shown`, read only
 * when needed), or, shown without a time, as the neighbouring day that some offset gives
 * (fixtures meta-date-local-offset.html, meta-date-shown-local-day.html).
 */
export function inPageOffset(
  date: string,
  doc: Document,
  others: readonly string[],
  shown: () => Iterable<string> = () => [],
  dayFirst?: boolean,
): string {
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
  const dates = [...shown()].map((v) => parseDate(v, dayFirst)).filter(Boolean);
  for (const d of dates) {
    const local = onShownClock(instant, d);
    if (local) return local;
  }
  // Without a time, the first day shown, unless the page also shows the UTC day (a masthead's
  // "today" comes before the article's own date; fixture meta-date-shown-local-day.html).
  const utcDay = date.slice(0, 10);
  const day = dates[0] ? shownDay(instant, dates[0]) : '';
  return day && !dates.some((d) => d.startsWith(utcDay)) ? day : date;
}
