// Small string helpers shared by the metadata readers.
import { memoized } from '../dom/bounded-memo';
import { collapse } from '../dom/text';

const TAG_RE = /<[^>]{0,500}>/g;
const ENTITY_RE = /&(#x[0-9a-f]+|#\d+|[a-z]{2,8});/gi;
// Named entities seen double-escaped in JSON-LD and metas (fundus StuttgarterZeitung "R&uuml;ckbau").
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  Eacute: 'É',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ccedil: 'ç',
  ntilde: 'ñ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
};

function safeCodePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
}

/** Decodes the entities and strips tags that some sites leave inside JSON-LD and meta values. */
export function decodeText(text: string | null | undefined): string {
  if (!text) return '';
  const decoded = text.replace(TAG_RE, ' ').replace(ENTITY_RE, (_m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeCodePoint(Number.parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return safeCodePoint(Number(k.slice(1)));
    return NAMED[e] ?? NAMED[k] ?? `&${e};`;
  });
  return collapse(decoded);
}

const FOLDED_MAX_ENTRIES = 512;
const FOLDED_MAX_CHARS = 400;

/** Lower-case, accent-free, punctuation-free form for comparing titles and names. */
export const fold: (text: string) => string = memoized(
  (text) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  // Titles, headings and names: longer texts are folded each time.
  FOLDED_MAX_ENTRIES,
  FOLDED_MAX_CHARS,
);
