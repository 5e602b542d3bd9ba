// "Pick the article" on the live page: an outline follows the pointer; arrow keys widen (Up, Left)
// or narrow (Down, Right) the choice, Enter or a click takes it, Escape cancels. The outline and the
// hint are Folio's own boxes over the page, styled through CSSOM (a page's CSP cannot block that),
// and ignore the pointer so the page underneath is what gets pointed at.
import { STRINGS } from '../../ui/strings';

const Z_TOP = '2147483647';
const OUTLINE_COLOUR = '#1f4e79';

export interface Picker {
  cancel(): void;
}

function box(doc: Document, styles: Record<string, string>): HTMLElement {
  const el = doc.createElement('div');
  el.setAttribute('data-folio-picker', '');
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
  return el;
}

export function startPicker(
  doc: Document,
  win: Window,
  onPick: (el: Element) => void,
  onCancel: () => void,
): Picker {
  const outline = box(doc, {
    position: 'fixed',
    'pointer-events': 'none',
    'z-index': Z_TOP,
    border: `3px solid ${OUTLINE_COLOUR}`,
    background: 'rgba(31, 78, 121, 0.08)',
    'box-sizing': 'border-box',
    display: 'none',
  });
  const hint = box(doc, {
    position: 'fixed',
    top: '8px',
    left: '50%',
    transform: 'translateX(-50%)',
    'z-index': Z_TOP,
    'pointer-events': 'none',
    background: OUTLINE_COLOUR,
    color: '#fff',
    font: '14px/1.4 system-ui, sans-serif',
    padding: '6px 12px',
    'border-radius': '4px',
  });
  hint.setAttribute('role', 'status');
  hint.textContent = STRINGS.pickHint;
  doc.documentElement.append(outline, hint);

  let current: Element | null = null;
  // Where Down goes back to after Up: the way the person came.
  let narrower: Element[] = [];

  const draw = () => {
    if (!current) {
      outline.style.setProperty('display', 'none', 'important');
      return;
    }
    const r = current.getBoundingClientRect();
    for (const [name, value] of [
      ['display', 'block'],
      ['left', `${r.left}px`],
      ['top', `${r.top}px`],
      ['width', `${r.width}px`],
      ['height', `${r.height}px`],
    ] as const)
      outline.style.setProperty(name, value, 'important');
  };
  const choose = (el: Element | null, keepPath = false) => {
    if (!el || el === doc.documentElement || el === doc.body) return;
    if (!keepPath) narrower = [];
    current = el;
    draw();
  };

  const onMove = (event: MouseEvent) => {
    const el = event.target as Element | null;
    if (el && el !== current && el.nodeType === 1) choose(el);
  };
  const stop = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
  };
  const onClick = (event: MouseEvent) => {
    stop(event);
    const el = current ?? (event.target as Element | null);
    finish();
    if (el) onPick(el);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      stop(event);
      finish();
      onCancel();
    } else if ((event.key === 'ArrowUp' || event.key === 'ArrowLeft') && current) {
      stop(event);
      const parent = current.parentElement;
      if (parent && parent !== doc.body && parent !== doc.documentElement) {
        narrower.push(current);
        choose(parent, true);
      }
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowRight') && current) {
      stop(event);
      choose(narrower.pop() ?? current.firstElementChild, true);
    } else if (event.key === 'Enter' && current) {
      stop(event);
      const el = current;
      finish();
      onPick(el);
    }
  };
  const onScroll = () => draw();

  // Capture on the window: the page's own handlers never see the pointing.
  win.addEventListener('mouseover', onMove, true);
  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, true);

  function finish(): void {
    win.removeEventListener('mouseover', onMove, true);
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', onScroll, true);
    outline.remove();
    hint.remove();
  }

  // Start on the element at the middle of the window, so the keyboard alone can pick.
  choose(doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 3));
  return {
    cancel: () => {
      finish();
    },
  };
}
