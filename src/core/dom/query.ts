// Tag lookups through getElementsByTagName: in jsdom a selector query costs far more (it parses and
// matches a selector per call).

export function hasDescendant(el: Element, tags: readonly string[]): boolean {
  for (const t of tags) if (el.getElementsByTagName(t).length > 0) return true;
  return false;
}
