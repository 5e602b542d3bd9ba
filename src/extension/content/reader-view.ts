// The in-page reader view: renders the shared article view (src/ui/view, with Preact) into the
// shadow-rooted host, applies the settings live, and on close puts the page back exactly as it was.
//
// The article body is rendered only from the engine's HTML string after sanitizing: no page node is
// ever cloned or moved in, so no page script or handler can run again inside the reader.

import { h, render } from 'preact';
import type { ExtractResult } from '../../core/types';
import type { ActionHost } from '../../ui/actions';
import type { PositionMemory } from '../../ui/comfort/position-store';
import type { RepairHost } from '../../ui/repair/repair-types';
import { applySettingsStyle } from '../../ui/settings-style';
import { TITLE_ID } from '../../ui/view/article-view';
import { KEEPS_ESCAPE_ATTRIBUTE } from '../../ui/view/table-of-contents';
import type { Settings } from '../settings/definitions';
import { coverPage, type PageCover } from './page-cover';
import { ReaderApp } from './reader-app';
import { addDyslexicFont, removeDyslexicFont } from './reader-fonts';
import { createReaderHost, type ReaderHost } from './reader-host';
import { READER_CSS } from './reader-styles';

export interface ReaderView {
  readonly open: boolean;
  show(result: ExtractResult, settings: Settings, repair?: RepairHost): void;
  /** Draws a new article (a site fix changed it) in the open reader, keeping its place. */
  update(result: ExtractResult, repair?: RepairHost): void;
  close(): void;
  applySettings(settings: Settings): void;
}

function adoptStyles(doc: Document, shadow: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; <style> is the fallback.
  try {
    const view = doc.defaultView;
    if (view && 'adoptedStyleSheets' in shadow) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(READER_CSS);
      shadow.adoptedStyleSheets = [sheet];
      // Firefox's content-script wrappers can drop the assignment silently: check it took.
      if (shadow.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Fall through to <style>.
  }
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  shadow.append(style);
}

async function copyText(doc: Document, shadow: ShadowRoot, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Not a secure context, or no clipboard permission: the selection-based copy below.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  shadow.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** Whether something inside the reader (an open menu) takes this Escape for itself. */
function escapeTakenInside(event: KeyboardEvent): boolean {
  return event
    .composedPath()
    .some((node) => (node as Partial<Element>).hasAttribute?.(KEEPS_ESCAPE_ATTRIBUTE) === true);
}

export function createReaderView(
  doc: Document,
  win: Window,
  onClosed: () => void,
  positions: PositionMemory | null = null,
): ReaderView {
  let host: ReaderHost | null = null;
  let cover: PageCover | null = null;
  let root: HTMLElement | null = null;
  /** Draws the reader app with these settings (set by show, used again when settings change). */
  let draw: ((settings: Settings) => void) | null = null;
  // What the reader shows: a site fix (update) swaps the article in place.
  let shown: { result: ExtractResult; repair: RepairHost | null; settings: Settings } | null = null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing || escapeTakenInside(event)) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  function applySettings(next: Settings): void {
    if (!root) return;
    applySettingsStyle(root, next);
    draw?.(next);
    if (next.font === 'dyslexic') addDyslexicFont(doc);
  }

  // Printing (the Print button or the browser's own Ctrl+P while the reader is open): the reader is
  // fixed and clipped to the viewport, so for the print it becomes a plain block in the flow and
  // the hidden page takes no room at all; afterwards everything goes back.
  let printRestore: (() => void) | null = null;

  function beforePrint(): void {
    if (!host || printRestore) return;
    const body = doc.body;
    const bodyDisplay = body?.style.getPropertyValue('display') ?? '';
    const bodyPriority = body?.style.getPropertyPriority('display') ?? '';
    host.printLayout();
    body?.style.setProperty('display', 'none', 'important');
    printRestore = () => {
      printRestore = null;
      if (body) {
        if (bodyDisplay) body.style.setProperty('display', bodyDisplay, bodyPriority);
        else body.style.removeProperty('display');
      }
      host?.show();
    };
  }

  function afterPrint(): void {
    printRestore?.();
  }

  function print(): void {
    beforePrint();
    try {
      win.print();
    } finally {
      // print() blocks until the dialog closes in Chrome and Firefox; afterprint may not fire at all
      // where printing is unavailable (headless), so the layout is put back here too.
      afterPrint();
      root?.focus({ preventScroll: true });
    }
  }

  function show(result: ExtractResult, nextSettings: Settings, repair?: RepairHost): void {
    if (host) close();
    // Everything is built detached first: if rendering fails, the page has not been touched.
    const nextHost = createReaderHost(doc);
    adoptStyles(doc, nextHost.shadow);
    const nextRoot = doc.createElement('div');
    nextRoot.className = 'folio-root folio-themed';
    nextRoot.tabIndex = -1;
    nextRoot.setAttribute('role', 'document');
    if (result.isArticle) nextRoot.setAttribute('aria-labelledby', TITLE_ID);
    const actions: ActionHost = {
      win,
      copyText: (text) => copyText(doc, nextHost.shadow, text),
      print,
    };
    shown = { result, repair: repair ?? null, settings: nextSettings };
    const drawApp = (settings: Settings) => {
      if (!shown) return;
      shown.settings = settings;
      const { result: current, repair: fixes } = shown;
      render(
        h(ReaderApp, {
          result: current,
          host: actions,
          settings,
          positions,
          onClose: () => close(),
          repair: fixes,
        }),
        nextRoot,
      );
    };
    drawApp(nextSettings);
    nextHost.shadow.append(nextRoot);
    // The browser closed the dialog itself (it should not: cancel is refused): close cleanly.
    nextHost.onDismissed = () => close();
    host = nextHost;
    root = nextRoot;
    draw = drawApp;
    applySettings(nextSettings);
    try {
      cover = coverPage(doc, win);
      nextHost.show();
    } catch (error) {
      teardown();
      throw error;
    }
    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('beforeprint', beforePrint);
    win.addEventListener('afterprint', afterPrint);
    nextRoot.focus({ preventScroll: true });
  }

  /** Undoes whatever show() got to, in reverse. */
  function teardown(): void {
    win.removeEventListener('keydown', onKeyDown, true);
    win.removeEventListener('beforeprint', beforePrint);
    win.removeEventListener('afterprint', afterPrint);
    printRestore?.();
    if (root) render(null, root);
    host?.remove();
    host = null;
    root = null;
    draw = null;
    shown = null;
    removeDyslexicFont(doc);
    cover?.restore();
    cover = null;
  }

  function close(): void {
    if (!host) return;
    teardown();
    onClosed();
  }

  return {
    get open() {
      return host !== null;
    },
    show,
    update: (result, repair) => {
      if (!shown || !draw) return;
      shown = { ...shown, result, repair: repair ?? null };
      draw(shown.settings);
    },
    close,
    applySettings: (next) => {
      applySettings(next);
      if (next.font !== 'dyslexic') removeDyslexicFont(doc);
    },
  };
}
