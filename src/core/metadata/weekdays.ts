// The names of the days of the week, as a header line prints them before a date ("Freitag,
// 12.04.2024 | Jane Roe", "vendredi, 12.04.2024", "Fr., 12.04.2024"). Read from the runtime's own
// locale data (Intl), in the languages of the pages Folio reads most, once and only when asked.

// Latin, Cyrillic and Greek scripts: the ones that set a weekday apart from a numeric date by a
// comma. Chinese, Japanese and Korean write the weekday after the date, in brackets.
const LANGS = (
  'en de fr es it pt nl sv da nb fi is pl cs sk sl hr sr bs hu ro bg ru uk el tr lt lv et id ms vi ca gl ' +
  'eu sq'
).split(' ');
// 7 January 2024 was a Sunday.
const FIRST_SUNDAY = Date.UTC(2024, 0, 7);
const DAY_MS = 86_400_000;
// A one-letter short form ("V", "H" in Hungarian) is an initial as often as a day.
const MIN_NAME_CHARS = 2;
const TRAILING_DOT_RE = /\.$/;

// The day a name stands for (0 is Sunday); AMBIGUOUS where languages disagree: "so" is Sunday in
// German and Saturday in Slovak.
const AMBIGUOUS = -1;
let names: Map<string, number> | null = null;

function readNames(): Map<string, number> {
  const found = new Map<string, number>();
  for (const lang of LANGS)
    for (const weekday of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let day = 0; day < 7; day++) {
        const name = fold(format.format(FIRST_SUNDAY + day * DAY_MS));
        if (name.length < MIN_NAME_CHARS) continue;
        const known = found.get(name);
        found.set(name, known === undefined || known === day ? day : AMBIGUOUS);
      }
    }
  return found;
}

const fold = (word: string): string => word.trim().toLocaleLowerCase().replace(TRAILING_DOT_RE, '');

/** The word is the name of a day of the week, whole or short, in one of the languages read. */
export function isWeekdayName(word: string): boolean {
  names ??= readNames();
  return names.has(fold(word));
}

/** The day of the week (0 is Sunday) the word names, when every language read agrees; else null. */
export function weekdayOf(word: string): number | null {
  names ??= readNames();
  const day = names.get(fold(word));
  return day === undefined || day === AMBIGUOUS ? null : day;
}
