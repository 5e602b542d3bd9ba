// Iranian and Afghan pages print their dates in the Solar Hijri calendar ("۱۷ آذر ۱۴۰۳", "۱۷ قوس
// ۱۴۰۳"): a page with no date in its metadata is dated only there (tests/unit/meta-date.test.ts).

// The Iranian names, then the Dari ones of Afghanistan: the same calendar, month for month.
const IRANIAN_MONTHS = 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند';
const DARI_MONTHS = 'حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت';
const MONTH_NUMBER = new Map<string, number>();
for (const names of [IRANIAN_MONTHS, DARI_MONTHS])
  names.split(' ').forEach((name, i) => {
    MONTH_NUMBER.set(name, i + 1);
  });
// Pages type the Persian yeh and kaf as their Arabic forms as often as not.
const persianLetters = (word: string): string => word.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
const MONTH_ALT = [...MONTH_NUMBER.keys()]
  .map((name) => name.replace(/ی/g, '[یي]').replace(/ک/g, '[کك]'))
  .join('|');
// Day, month, perhaps the word "month", then a year of this era (digits already made ASCII).
const SOLAR_DATE_RE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(${MONTH_ALT})(?![\\p{L}\\p{M}])(?:\\s*ماه)?\\s*[,،]?\\s*(1[34]\\d\\d)(?!\\d)`,
  'u',
);
const SOLAR_SCRIPT_RE = /[\u0600-\u06ff]/;

// Leap years fall on these remainders of the year by 33: the rule gives the calendar's leap years
// (1399, 1403 and 1408 are leap, 1404 to 1407 not) over the years read here, the common era's 1995
// to 2100 that parseDate accepts.
const LEAP_REMAINDERS = new Set([1, 5, 9, 13, 17, 22, 26, 30]);
const FIRST_YEAR = 1373;
const LAST_YEAR = 1479;
// New Year's Day (1 Farvardin) of 1403 fell on 20 March 2024.
const ANCHOR_YEAR = 1403;
const ANCHOR_DAY = Date.UTC(2024, 2, 20);
const DAY_MS = 86_400_000;

const isLeap = (year: number): boolean => LEAP_REMAINDERS.has(year % 33);
const yearLength = (year: number): number => (isLeap(year) ? 366 : 365);

/** Days in a month: six of 31, five of 30, and the last 29 or, in a leap year, 30. */
function monthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isLeap(year) ? 30 : 29;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The common era's day of a Solar Hijri day, null for no such day. */
export function solarHijriToGregorian(year: number, month: number, day: number): CalendarDay | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  let days = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  days += day - 1;
  for (let y = ANCHOR_YEAR; y < year; y++) days += yearLength(y);
  for (let y = year; y < ANCHOR_YEAR; y++) days -= yearLength(y);
  const date = new Date(ANCHOR_DAY + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The common era's day of the Solar Hijri date `text` holds (its digits made ASCII), else null. */
export function readSolarHijri(text: string): CalendarDay | null {
  if (!SOLAR_SCRIPT_RE.test(text)) return null;
  const m = SOLAR_DATE_RE.exec(text);
  if (!m) return null;
  const month = MONTH_NUMBER.get(persianLetters(m[2] ?? '')) ?? 0;
  return solarHijriToGregorian(Number(m[3]), month, Number(m[1]));
}
