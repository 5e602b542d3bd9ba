// Turns the many date spellings found in metas, JSON-LD and <time> elements into ISO 8601, keeping
// the page's own timezone offset. Never invents: anything it cannot read with certainty gives ''.

// Years outside this range are typos or epoch-zero defaults ("1970-01-01" on fundus ORF-like feeds).
const MIN_YEAR = 1995;
const MAX_YEAR = 2100;

const MONTHS: Record<string, number> = {};
// en, de, fr, es, it, pt, nl, sv/da/no, pl (genitive forms), cs: first letters are enough to key
// most of them, but we keep whole words to avoid "mar" (es: martes) style clashes being guessed.
const MONTH_NAMES: string[][] = [
  [
    'jan',
    'january',
    'januar',
    'jänner',
    'janvier',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'stycznia',
    'ledna',
  ],
  [
    'feb',
    'february',
    'februar',
    'février',
    'fevrier',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
    'lutego',
    'února',
  ],
  ['mar', 'march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marca', 'března'],
  ['apr', 'april', 'avril', 'abril', 'aprile', 'kwietnia', 'dubna'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'května'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'června'],
  ['jul', 'july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'července'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'augustus', 'augusti', 'sierpnia', 'srpna'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'září'],
  ['oct', 'october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'října'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopadu'],
  [
    'dec',
    'december',
    'dezember',
    'décembre',
    'decembre',
    'diciembre',
    'dicembre',
    'dezembro',
    'grudnia',
    'prosince',
  ],
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SLASH_YMD_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
// 03.05.2024 or 3.5.2024, 14:30 (European day-first with dots).
const DOTTED_RE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:\D{1,12}?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?/;
// "17.7.11" with a two-digit year, the whole text but for a time (a blog's date heading,
// trafilatura-dev); an event's "19.1.23, 10:00-11:30 Uhr" is no such line. A year below 70 is this
// century's.
const DOTTED_SHORT_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{2})(?:,?\s+\d{1,2}:\d{2})?$/;
const CENTURY_PIVOT = 70;
// Year first with dots ("2025.05.05 10:00", "2025. 5. 5."): Korean, Chinese and Hungarian pages.
const DOTTED_YMD_RE = /\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\b/;
// "2025年5月5日" (Chinese, Japanese) and "2025년 5월 5일" (Korean).
const CJK_YMD_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
const EPOCH_RE = /^\d{10}(\d{3})?$/;
const TIME_RE = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;
const ZONE_RE = /(?:\b(?:GMT|UTC)\s*([+-]\d{1,2}(?::?\d{2})?)?|\s([+-]\d{2}:?\d{2})\b|\bZ$)/i;
const WORD_RE = /[\p{L}]+\.?/gu;
const NUM_RE = /\b\d{1,4}\b/g;
const NAMED_ZONES: Record<string, string> = {
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  pst: '-08:00',
  pdt: '-07:00',
  cet: '+01:00',
  cest: '+02:00',
  bst: '+01:00',
  mez: '+01:00',
  mesz: '+02:00',
};
const NAMED_ZONE_RE = /\b(EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MEZ|MESZ)\b/;

const pad = (n: number) => String(n).padStart(2, '0');

function normZone(z: string | undefined): string {
  if (!z) return '';
  if (/^(z|utc|gmt)$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return '';
  const h = Number(m[2]);
  const mm = Number(m[3] ?? '0');
  if (h === 0 && mm === 0) return 'Z';
  return `${m[1]}${pad(h)}:${pad(mm)}`;
}

/** y, mo, d, [h, mi, [s]], [zone] groups of ISO_RE / COMPACT_RE as an ISO string. */
function fromNumericMatch(m: RegExpExecArray): string {
  const opt = (g: string | undefined) => (g !== undefined ? Number(g) : undefined);
  return build(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    opt(m[4]),
    opt(m[5]),
    opt(m[6]) ?? 0,
    normZone(m[7]),
  );
}

// 31 February is no date ("/2020/02/31/" in an address is an archive's numbering: fixture
// meta-date-in-address.html).
const daysIn = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, zone = ''): string {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return '';
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return date;
  if (h > 23 || mi > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}${zone}`;
}

function fromEpoch(n: number): string {
  const d = new Date(n);
  if (Number.isNaN(d.getTime())) return '';
  return build(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    'Z',
  );
}

/** Reads day/month/year from free text with a month name ("May 3, 2024", "3. Mai 2024, 14:30 Uhr"). */
function fromWords(text: string): string {
  const lower = text.toLowerCase();
  let month = 0;
  for (const w of lower.match(WORD_RE) ?? []) {
    const key = w.replace(/\.$/, '');
    const m = MONTHS[key];
    if (m) {
      month = m;
      break;
    }
  }
  if (!month) return '';
  // Drop the time so "14:30" digits are not read as day or year.
  const noTime = lower.replace(TIME_RE, ' ');
  const nums = (noTime.match(NUM_RE) ?? []).map(Number);
  const year = nums.find((n) => n >= MIN_YEAR && n <= MAX_YEAR);
  const day = nums.find((n) => n >= 1 && n <= 31);
  if (!year || !day) return '';
  return withTime(text, year, month, day);
}

function withTime(text: string, y: number, mo: number, d: number): string {
  const t = TIME_RE.exec(text);
  if (!t) return build(y, mo, d);
  let h = Number(t[1]);
  const ampm = t[4]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  const z = ZONE_RE.exec(text);
  let zone = z ? normZone(z[1] ?? z[2] ?? 'Z') : '';
  if (!zone) {
    const named = NAMED_ZONE_RE.exec(text);
    if (named?.[1]) zone = NAMED_ZONES[named[1].toLowerCase()] ?? '';
  }
  return build(y, mo, d, h, Number(t[2]), t[3] ? Number(t[3]) : 0, zone);
}

/** ISO 8601 for a date string in any common format, '' when it cannot be read with certainty. */
export function parseDate(raw: string | null | undefined): string {
  if (!raw) return '';
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 200) return '';
  let m = ISO_RE.exec(text);
  if (m) {
    return fromNumericMatch(m);
  }
  if (EPOCH_RE.test(text)) return fromEpoch(text.length === 13 ? Number(text) : Number(text) * 1000);
  m = COMPACT_RE.exec(text);
  if (m) {
    return fromNumericMatch(m);
  }
  m = SLASH_YMD_RE.exec(text);
  if (m) return withTime(text, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED_YMD_RE.exec(text) ?? CJK_YMD_RE.exec(text);
  const ymd = m ? withTime(text, Number(m[1]), Number(m[2]), Number(m[3])) : '';
  if (ymd) return ymd;
  m = DOTTED_RE.exec(text);
  if (m) return withTime(text, Number(m[3]), Number(m[2]), Number(m[1]));
  m = DOTTED_SHORT_RE.exec(text);
  if (m) {
    const yy = Number(m[3]);
    return withTime(text, yy + (yy < CENTURY_PIVOT ? 2000 : 1900), Number(m[2]), Number(m[1]));
  }
  return fromWords(text);
}

/** Milliseconds since the epoch for an ISO string from parseDate (no offset = read as UTC). */
export function isoToEpoch(iso: string): number {
  if (!iso) return Number.NaN;
  const withZone = /T.*(Z|[+-]\d{2}:\d{2})$/.test(iso)
    ? iso
    : iso.includes('T')
      ? `${iso}Z`
      : `${iso}T00:00:00Z`;
  return Date.parse(withZone);
}
