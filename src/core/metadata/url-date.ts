// The date a page's address carries: "/2020/01/13/slug" (WordPress permalinks, many news sites). The
// last resort for a page that prints its date nowhere the other readers look (fixture
// meta-date-in-address.html; trafilatura-dev: four blogs and an association's news, each dated only
// there or in a line the readers miss).

// Year, month and day as three path segments of their own.
const PATH_DATE_RE = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/|$)/;

/** "YYYY-MM-DD" from the address's path, '' when it holds no whole date. */
export function dateFromUrl(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const m = PATH_DATE_RE.exec(path);
  if (!m) return '';
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const month = Number(mo);
  const day = Number(d);
  // 31 February is no date: the path is an archive's numbering, not a day.
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return '';
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
