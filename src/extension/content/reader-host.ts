// Where the reader view lives: an outer <dialog> opened with showModal(), holding the shadow host
// (a <div> with an OPEN shadow root), appended to <html> (outside <body>, which is hidden while the
// reader is open). A modal dialog sits in the top layer, so no page overlay or z-index can cover it,
// and it makes the rest of the page inert, including a page's own modal dialog (a cookie prompt)
// that would otherwise leave the reader visible but dead to clicks. Both elements are styled inline
// with !important so no page stylesheet rule (however specific, layered or !important) can move,
// hide or restyle them.

// Checked while open: the page may remove the host, restyle it or open its own top-layer element.
const REASSERT_MS = 700;
const MAX_Z_INDEX = '2147483647';

type Declarations = readonly (readonly [string, string])[];

// `all: initial` first (it resets every longhand), then what each box needs. Properties `all` does
// not cover (direction, unicode-bidi) are set explicitly.
const BOX_RESET: Declarations = [
  ['all', 'initial'],
  ['display', 'block'],
  ['inset', '0'],
  ['width', '100%'],
  ['height', '100%'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'hidden'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['background', 'transparent'],
  ['direction', 'ltr'],
  ['unicode-bidi', 'isolate'],
  // Last, and without !important (see applyStyle): text-spacing tools must be able to override them.
  ['line-height', 'normal'],
  ['letter-spacing', 'normal'],
  ['word-spacing', 'normal'],
];
// WCAG 1.4.12: a person's text-spacing stylesheet or bookmarklet must win over these. `all` expands
// to every longhand with its priority (Firefox serializes them so), so these are set again after it
// at normal priority; the reader's own CSS sets its spacing below the host anyway.
const OVERRIDABLE = new Set(['line-height', 'letter-spacing', 'word-spacing']);
const FRAME_STYLE: Declarations = [...BOX_RESET, ['position', 'fixed'], ['z-index', MAX_Z_INDEX]];
const HOST_STYLE: Declarations = [...BOX_RESET, ['position', 'absolute'], ['contain', 'strict']];
// For printing: both boxes become plain blocks in the flow so every page of the article prints.
const PRINT_STYLE: Declarations = [
  ['position', 'static'],
  ['height', 'auto'],
  ['overflow', 'visible'],
  ['contain', 'none'],
];

export const HOST_ATTRIBUTE = 'data-folio-reader';
const FRAME_ATTRIBUTE = 'data-folio-reader-frame';

export interface ReaderHost {
  /** The shadow host (what `[data-folio-reader]` selects). */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Attaches and opens the host, restores its styles, and starts the watch that keeps it on top. */
  show(): void;
  /** Stops the watch and lays the reader out for printing (show() undoes it). */
  printLayout(): void;
  /** Stops the watch and removes everything. */
  remove(): void;
  /** Called when the browser closed the dialog behind the reader's back. */
  onDismissed: (() => void) | null;
}

function applyStyle(element: HTMLElement, declarations: Declarations): string {
  // style.setProperty, not a style attribute: CSSOM writes are allowed under a page CSP without
  // 'unsafe-inline'.
  element.removeAttribute('style');
  for (const [name, value] of declarations)
    element.style.setProperty(name, value, OVERRIDABLE.has(name) ? '' : 'important');
  return element.getAttribute('style') ?? '';
}

export function createReaderHost(doc: Document): ReaderHost {
  const frame = doc.createElement('dialog');
  frame.setAttribute(FRAME_ATTRIBUTE, '');
  // A plain <div> as the shadow host, not a custom element: a page could define a custom element of
  // any name we pick and get its constructor run on our host.
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const frameStyle = applyStyle(frame, FRAME_STYLE);
  const hostStyle = applyStyle(host, HOST_STYLE);
  frame.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const modal = typeof frame.showModal === 'function';
  let timer: ReturnType<typeof setInterval> | undefined;
  let active = false;

  /** Puts the dialog on top of the top layer, keeping the focus where it was inside the reader. */
  function raise(): void {
    if (!modal) return;
    const focused = shadow.activeElement as HTMLElement | null;
    try {
      if (frame.open) frame.close();
      frame.showModal();
    } catch {
      // Not connected yet: the next check retries.
    }
    focused?.focus({ preventScroll: true });
  }

  function check(): void {
    try {
      if (!frame.isConnected) doc.documentElement.append(frame);
      if (host.parentNode !== frame) frame.append(host);
      if (frame.getAttribute('style') !== frameStyle) applyStyle(frame, FRAME_STYLE);
      if (host.getAttribute('style') !== hostStyle) applyStyle(host, HOST_STYLE);
      const view = doc.defaultView;
      const hit = view ? doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2) : host;
      // Closed by someone else, or something of the page's is drawn above (a later modal or popover).
      if ((modal && !frame.open) || (hit !== null && hit !== host)) raise();
    } catch {
      // The watch must never throw into the page.
    }
  }

  // Escape is handled by the reader's own key listener; the dialog must not close on its own.
  frame.addEventListener('cancel', (event) => event.preventDefault());
  const reader: ReaderHost = {
    host,
    shadow,
    onDismissed: null,
    show() {
      active = true;
      applyStyle(frame, FRAME_STYLE);
      applyStyle(host, HOST_STYLE);
      if (frame.parentNode !== doc.documentElement) doc.documentElement.append(frame);
      raise();
      clearInterval(timer);
      timer = setInterval(check, REASSERT_MS);
    },
    printLayout() {
      clearInterval(timer);
      try {
        if (frame.open) frame.close();
      } catch {
        // Printing works without the top layer.
      }
      for (const [name, value] of PRINT_STYLE) {
        frame.style.setProperty(name, value, 'important');
        host.style.setProperty(name, value, 'important');
      }
    },
    remove() {
      active = false;
      clearInterval(timer);
      try {
        if (frame.open) frame.close();
      } catch {
        // Removing it below closes it anyway.
      }
      frame.remove();
    },
  };
  frame.addEventListener('close', () => {
    // The close from raise() is followed at once by showModal(): only a close that sticks counts.
    if (active && modal && !frame.open && frame.style.getPropertyValue('position') === 'fixed') {
      reader.onDismissed?.();
    }
  });
  return reader;
}
