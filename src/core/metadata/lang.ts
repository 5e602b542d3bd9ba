// Language and writing direction from the html/body attributes, content-language and og:locale.
import { firstMeta, type MetaMap } from './meta-tags';

const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);
const LANG_RE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

function normLang(raw: string | null | undefined): string {
  const v = (raw ?? '').trim().split(/[,;\s]/)[0] ?? '';
  if (!LANG_RE.test(v)) return '';
  return v.replace('_', '-');
}

export function readLang(
  doc: Document,
  metas: MetaMap,
  jsonLdLang: string,
): { lang: string; dir: 'ltr' | 'rtl' | '' } {
  const html = doc.documentElement;
  const body = doc.body;
  const lang =
    normLang(html?.getAttribute('lang')) ||
    normLang(html?.getAttribute('xml:lang')) ||
    normLang(body?.getAttribute('lang')) ||
    normLang(firstMeta(metas, ['content-language', 'language', 'dc.language', 'og:locale'])) ||
    normLang(jsonLdLang);
  const rawDir = (html?.getAttribute('dir') || body?.getAttribute('dir') || '').trim().toLowerCase();
  let dir: 'ltr' | 'rtl' | '' = rawDir === 'rtl' ? 'rtl' : rawDir === 'ltr' ? 'ltr' : '';
  // A right-to-left language with no declared direction still reads right to left.
  if (!dir && RTL_LANGS.has(lang.split('-')[0]!.toLowerCase())) dir = 'rtl';
  return { lang, dir };
}
