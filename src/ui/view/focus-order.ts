// Keyboard helpers for the views: the reader's focus trap and the toolbar's arrow keys.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements Tab stops at under `root`, in document order (hidden ones left out). */
export function tabStops(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[inert]'),
  );
}

/**
 * Keeps Tab inside `root` (the reader's shadow root): from the last stop to the first and back.
 * A modal dialog alone lets Tab leave for the browser's own toolbar, and the hidden page is inert,
 * so the reader would be the only thing to come back to anyway. Returns whether it moved the focus.
 */
export function wrapTab(event: KeyboardEvent, root: ShadowRoot | Document): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const stops = tabStops(root);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return false;
  const active = root.activeElement;
  const outside = active === null || !stops.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    first.focus();
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}

// Keys that move within a toolbar (WAI-ARIA toolbar pattern); fields keep their own arrow keys.
const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);
const FIELD = new Set(['input', 'select', 'textarea']);
const OWN_KEYS = '[role="menu"], [role="listbox"], [role="tree"], nav, [role="toolbar"]';

/** Arrow keys, Home and End move between a toolbar's controls (keydown handler for role="toolbar"). */
export function onToolbarKeyDown(event: KeyboardEvent): void {
  const bar = event.currentTarget as HTMLElement | null;
  const from = event.target as HTMLElement | null;
  if (!bar || !from || event.defaultPrevented || FIELD.has(from.localName)) return;
  // A menu or list inside the toolbar (the contents) moves with its own keys.
  const owner = from.closest(OWN_KEYS);
  if (owner !== null && owner !== bar) return;
  const stops = tabStops(bar).filter((el) => el.closest(OWN_KEYS) === bar);
  const at = stops.indexOf(from);
  if (at < 0 || stops.length < 2) return;
  // In a right-to-left toolbar "next" is to the left.
  const rtl = bar.ownerDocument.defaultView?.getComputedStyle(bar).direction === 'rtl';
  let to: number;
  if (event.key === 'Home') to = 0;
  else if (event.key === 'End') to = stops.length - 1;
  else if (NEXT.has(event.key)) to = rtl && event.key === 'ArrowRight' ? at - 1 : at + 1;
  else if (PREVIOUS.has(event.key)) to = rtl && event.key === 'ArrowLeft' ? at + 1 : at - 1;
  else return;
  event.preventDefault();
  stops[(to + stops.length) % stops.length]?.focus();
}
