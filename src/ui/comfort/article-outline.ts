// The headings of the rendered article body, ready for the table of contents: each entry's heading
// gets its id (buildToc decides it) and can take focus when the contents send a reader to it.
import { buildToc, type TocEntry } from './toc';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

export interface Outline {
  entries: TocEntry[];
  /** The heading element of each entry, same order. */
  targets: HTMLElement[];
}

export const NO_OUTLINE: Outline = { entries: [], targets: [] };

export function outlineOf(body: Element): Outline {
  const headings = Array.from(body.querySelectorAll<HTMLElement>(HEADINGS));
  const root = body.getRootNode() as Document | ShadowRoot;
  const taken = new Set(Array.from(root.querySelectorAll('[id]'), (element) => element.id));
  const entries = buildToc(
    headings.map((heading) => ({
      level: Number(heading.localName.slice(1)),
      text: heading.textContent ?? '',
      id: heading.id,
    })),
    taken,
  );
  const targets: HTMLElement[] = [];
  for (const entry of entries) {
    const heading = headings[entry.index];
    if (!heading) continue;
    heading.id = entry.id;
    // Focusable from script only: the contents move keyboard users to the section they chose.
    heading.tabIndex = -1;
    targets.push(heading);
  }
  return { entries, targets };
}
