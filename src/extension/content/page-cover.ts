// Hides the page under the reader without destroying anything, and puts it back exactly: the body's
// own `style` and `inert` attributes, the scroll position and the focused element. The page's nodes
// are never moved, cloned or removed, so its scripts keep their references and keep working.

// What is set on <body> while the reader is open (its layout is kept, so the scroll position is too).
const HIDDEN_PROPERTIES = [['visibility', 'hidden']] as const;

export interface PageCover {
  /** Undoes everything `coverPage` did. Safe to call twice. */
  restore(): void;
}

interface SavedAttributes {
  style: string | null;
  inert: string | null;
}

function readAttributes(element: Element): SavedAttributes {
  return { style: element.getAttribute('style'), inert: element.getAttribute('inert') };
}

function putAttribute(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

export function coverPage(doc: Document, win: Window): PageCover {
  const body = doc.body;
  const scrollX = win.scrollX;
  const scrollY = win.scrollY;
  const active = doc.activeElement as (Element & { focus?: (options?: FocusOptions) => void }) | null;
  const focused = active && active !== doc.body && typeof active.focus === 'function' ? active : null;
  const saved = body ? readAttributes(body) : null;
  let ours: string | null = null;

  if (body) {
    for (const [property, value] of HIDDEN_PROPERTIES) body.style.setProperty(property, value, 'important');
    // inert: the hidden page takes no focus, clicks or screen-reader attention.
    body.setAttribute('inert', '');
    ours = body.getAttribute('style');
  }

  let restored = false;
  return {
    restore() {
      if (restored) return;
      restored = true;
      if (body && saved) {
        if (body.getAttribute('style') === ours) {
          putAttribute(body, 'style', saved.style);
        } else {
          // The page changed the body's style while the reader was open: keep its changes, take ours out.
          for (const [property] of HIDDEN_PROPERTIES) body.style.removeProperty(property);
          if (saved.style !== null) {
            const original = doc.createElement('div');
            original.setAttribute('style', saved.style);
            for (const [property] of HIDDEN_PROPERTIES) {
              const value = original.style.getPropertyValue(property);
              if (value !== '')
                body.style.setProperty(property, value, original.style.getPropertyPriority(property));
            }
          } else if (body.getAttribute('style') === '') {
            body.removeAttribute('style');
          }
        }
        putAttribute(body, 'inert', saved.inert);
      }
      win.scrollTo(scrollX, scrollY);
      if (focused?.isConnected) focused.focus?.({ preventScroll: true });
    },
  };
}
