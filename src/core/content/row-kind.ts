// What repeated blocks of one kind share: their tag and class, less the class that alternates from
// one row to the next ("bg1"/"bg2", "windowbg"/"windowbg2", "alt1"/"alt2", "odd"/"even") so that a
// list's rows are shaded in turn. Forum threads shade their posts so (fixtures
// core-forum-thread-alternate-rows.html, core-content-split-alternate-rows.html).

const CLASS_SPLIT_RE = /\s+/;
// A 0, 1 or 2 right after a letter: "col-md-8" and "span8" are widths, not turns.
const ROW_TURN_RE = /(?<=\p{L})[012]$/u;
const ROW_PARITY_RE = /^(?:odd|even|alt)$/i;

/** `el`'s tag and class tokens, the row shading left out, in a fixed order; '' without a class. */
export function rowKind(el: Element): string {
  const cls = el.getAttribute('class');
  if (!cls) return '';
  const tokens: string[] = [];
  for (const t of cls.split(CLASS_SPLIT_RE)) {
    if (!t || ROW_PARITY_RE.test(t)) continue;
    tokens.push(t.replace(ROW_TURN_RE, ''));
  }
  return tokens.length ? `${el.localName}.${tokens.sort().join('.')}` : '';
}
