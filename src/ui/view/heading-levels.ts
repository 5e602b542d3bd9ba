// The view's own <h1> is the article's title, so the body's headings start one level below it.
// Pages use levels freely (an h1 per section, h2 then h4): the levels the body uses are renumbered
// from 2 in their order, so the outline keeps its shape with no gaps and a single h1.

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const TOP_BODY_LEVEL = 2;
const DEEPEST_LEVEL = 6;

function levelOf(heading: Element): number {
  return Number(heading.localName.slice(1));
}

/** Renumbers the headings under `container` in place (attributes and children are kept). */
export function nestHeadings(container: Element): void {
  const headings = Array.from(container.querySelectorAll(HEADINGS));
  const used = [...new Set(headings.map(levelOf))].sort((a, b) => a - b);
  const target = new Map(
    used.map((level, index) => [level, Math.min(TOP_BODY_LEVEL + index, DEEPEST_LEVEL)] as const),
  );
  const doc = container.ownerDocument;
  for (const heading of headings) {
    const level = target.get(levelOf(heading)) ?? DEEPEST_LEVEL;
    if (level === levelOf(heading)) continue;
    const renamed = doc.createElement(`h${level}`);
    for (const attr of Array.from(heading.attributes)) renamed.setAttribute(attr.name, attr.value);
    renamed.append(...Array.from(heading.childNodes));
    heading.replaceWith(renamed);
  }
}
