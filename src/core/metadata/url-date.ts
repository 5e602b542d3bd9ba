// The date a page's address carries: "/2020/01/13/slug" (WordPress permalinks, many news sites). The
// last resort for a page that prints its date nowhere the other readers look (fixture
// meta-date-in-address.html; trafilatura-dev: four blogs and an association's news, each dated only
// there or in a line the readers miss).
import { parseDate } from './date';

// Year, month and day as three path segments of their own, or joined by hyphens as Chinese news sites
// set them ("/2020-02/19/", "/2020/02-19/", "/2020-02-19/"), or month and day as one segment
// ("/2020/0219/"); parseDate judges whether they are a day.
const PATH_DATE_RE = /\/(\d{4})(?:[/-](\d{1,2})[/-](\d{1,2})|\/(\d{2})(\d{2}))(?=\/|$)/;

/** "YYYY-MM-DD" from the address's path, '' when it holds no whole date. */
export function dateFromUrl(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const m = PATH_DATE_RE.exec(path);
  return m ? parseDate(`${m[1]}/${m[2] ?? m[4]}/${m[3] ?? m[5]}`) : '';
}
