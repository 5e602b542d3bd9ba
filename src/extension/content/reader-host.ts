// The element the reader view lives in: a host with an OPEN shadow root, appended to <html> (outside
// <body>, which is hidden while the reader is open), shown in the top layer as a manual popover so
// no page overlay or z-index can cover it, and styled inline with !important so no page stylesheet
// rule — however specific, layered or !important — can move, hide or restyle it.

// Checked while open: the page may remove the host, restyle it or open its own top-layer element.
const REASSERT_MS = 700;
const MAX_Z_INDEX = '2147483647';

// `all: initial` first (it resets every longhand), then what the host needs. Properties `all` does
// not cover (direction, unicode-bidi) are set explicitly.
const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['width', '100%'],
  ['height', '100%'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'hidden'],
  ['z-index', MAX_Z_INDEX],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['background', 'transparent'],
  ['contain', 'strict'],
  ['direction', 'ltr'],
  ['unicode-bidi', 'isolate'],
];

export const HOST_ATTRIBUTE = 'data-folio-reader';

export interface ReaderHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Starts the watch that keeps the host attached, styled and on top. */
  show(): void;
  /** Stops the watch without removing the host (while printing). */
  pause(): void;
  /** Stops the watch and removes the host. */
  remove(): void;
}

function applyHostStyle(host: HTMLElement): string {
  // style.setProperty, not a style attribute: CSSOM writes are allowed under a page CSP without
  // 'unsafe-inline'.
  host.removeAttribute('style');
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  return host.getAttribute('style') ?? '';
}

function supportsPopover(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function';
}

function raise(host: HTMLElement): void {
  if (!supportsPopover(host)) return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Not connected or already shown elsewhere: the next check retries.
  }
}

export function createReaderHost(doc: Document): ReaderHost {
  // A plain <div>, not a custom element: a page could define a custom element of any name we pick and
  // get its constructor run on our host.
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const ownStyle = applyHostStyle(host);
  if (supportsPopover(host)) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'open' });
  let timer: ReturnType<typeof setInterval> | undefined;

  function check(): void {
    try {
      const root = doc.documentElement;
      if (!host.isConnected) {
        root.append(host);
        raise(host);
      }
      if (host.getAttribute('style') !== ownStyle) applyHostStyle(host);
      if (supportsPopover(host) && !host.matches(':popover-open')) raise(host);
      const view = doc.defaultView;
      if (!view) return;
      const hit = doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
      // Something of the page's is drawn above the reader (a later top-layer dialog or popover).
      if (hit !== null && hit !== host) raise(host);
    } catch {
      // The watch must never throw into the page.
    }
  }

  return {
    host,
    shadow,
    show() {
      applyHostStyle(host);
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
      raise(host);
      clearInterval(timer);
      timer = setInterval(check, REASSERT_MS);
    },
    pause() {
      clearInterval(timer);
    },
    remove() {
      clearInterval(timer);
      try {
        if (supportsPopover(host) && host.matches(':popover-open')) host.hidePopover();
      } catch {
        // Removing it below closes it anyway.
      }
      host.remove();
    },
  };
}
