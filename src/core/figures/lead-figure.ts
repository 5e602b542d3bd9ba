// PLACEHOLDER written by ENGINE-BODY so the pipeline runs until ENGINE-META's real module lands.
// ENGINE-META owns this file and replaces it.
export function findLeadFigure(_workBody: Element, _content: Element): Element | null {
  return null;
}
