import { useEffect, useRef, useState } from 'preact/hooks';
import type { Outline } from '../comfort/article-outline';
import { useCurrentSection } from '../comfort/use-current-section';
import type { TocLayout } from '../comfort/use-toc-layout';
import { STRINGS } from '../strings';

/** Set while an element handles Escape itself (an open menu): the reader then stays open. */
export const KEEPS_ESCAPE_ATTRIBUTE = 'data-folio-keeps-escape';
// Not "folio-toc-…": that prefix belongs to the headings' ids (comfort/toc.ts).
const LIST_ID = 'folio-contents-list';
const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(count - 1, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The article's sections: a side list beside the text on wide windows (open until collapsed), a
 * menu from the toolbar on narrow ones. The section being read is marked (aria-current); choosing
 * one scrolls to its heading and moves the focus there.
 */
export function TableOfContents({
  outline,
  scroller,
  layout,
}: {
  outline: Outline;
  scroller: HTMLElement | null;
  layout: TocLayout;
}) {
  const current = useCurrentSection(scroller, outline.targets);
  const [sideOpen, setSideOpen] = useState(true);
  const [menuOpen, setMenuOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const open = layout === 'side' ? sideOpen : menuOpen;
  const setOpen = layout === 'side' ? setSideOpen : setMenuOpen;

  // A menu closes when the pointer goes down anywhere else.
  useEffect(() => {
    if (layout !== 'menu' || !menuOpen || !scroller) return;
    const onDown = (event: PointerEvent) => {
      const target = event.composedPath()[0];
      if (nav.current && target && !nav.current.contains(target as Node)) setMenuOpen(false);
    };
    scroller.addEventListener('pointerdown', onDown);
    return () => scroller.removeEventListener('pointerdown', onDown);
  }, [layout, menuOpen, scroller]);

  const go = (index: number) => {
    const target = outline.targets[index];
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    if (layout === 'menu') setMenuOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && layout === 'menu' && menuOpen) {
      event.preventDefault();
      setMenuOpen(false);
      toggle.current?.focus();
      return;
    }
    const links = Array.from(nav.current?.querySelectorAll('a') ?? []);
    // ↓ on the button opens the list and goes into it, at the section being read.
    if (event.key === 'ArrowDown' && event.composedPath()[0] === toggle.current) {
      event.preventDefault();
      setOpen(true);
      // The list is shown on the next render; focus it then.
      const view = nav.current?.ownerDocument.defaultView;
      view?.requestAnimationFrame(() => links[Math.max(0, current)]?.focus());
      return;
    }
    const move = MOVES[event.key];
    const at = links.indexOf(event.composedPath()[0] as HTMLAnchorElement);
    if (!move || at === -1) return;
    event.preventDefault();
    links[move(at, links.length)]?.focus();
  };

  return (
    <nav
      ref={nav}
      class="folio-toc"
      data-layout={layout}
      aria-label={STRINGS.contents}
      onKeyDown={onKeyDown}
      {...(layout === 'menu' && menuOpen ? { [KEEPS_ESCAPE_ATTRIBUTE]: '' } : {})}
    >
      <button
        ref={toggle}
        type="button"
        class="folio-toc-toggle"
        aria-expanded={open}
        aria-controls={LIST_ID}
        onClick={() => setOpen(!open)}
      >
        {STRINGS.contents}
      </button>
      <ol id={LIST_ID} class="folio-toc-list" hidden={!open}>
        {outline.entries.map((entry, index) => (
          <li key={entry.id} data-depth={entry.depth}>
            <a
              href={`#${entry.id}`}
              aria-current={index === current ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                go(index);
              }}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
