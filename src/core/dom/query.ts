// Tag lookups through getElementsByTagName: in jsdom a selector query costs far more (it parses and
// matches a selector per call), and the cleaner asks these questions of every block.

export function hasDescendant(el: Element, tags: readonly string[]): boolean {
  for (const t of tags) if (el.getElementsByTagName(t).length > 0) return true;
  return false;
}

export function countDescendants(el: Element, tag: string): number {
  return el.getElementsByTagName(tag).length;
}

/** Whether el holds a canonical figure (figure[data-folio-figure]). */
export function hasCanonicalFigure(el: Element): boolean {
  const figs = el.getElementsByTagName('figure');
  for (let i = 0; i < figs.length; i++) if (figs[i]!.hasAttribute('data-folio-figure')) return true;
  return false;
}
