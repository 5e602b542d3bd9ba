// The reader's "Remove" control: one small button that follows the block under the pointer or with
// the keyboard focus (each numbered block is focusable), placed right after that block so Tab goes
// from the block to its button. Works on the sanitized body's own nodes; adds no page markup.
import { STRINGS } from '../strings';

const BLOCK_SELECTOR = '[data-folio-block]';
const BUTTON_CLASS = 'folio-block-remove';

export function attachBlockRemover(container: HTMLElement, onRemove: (index: number) => void): () => void {
  const doc = container.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = BUTTON_CLASS;
  button.textContent = STRINGS.removeBlock;
  button.setAttribute('aria-label', STRINGS.removeBlockLabel);
  let current: HTMLElement | null = null;

  for (const block of Array.from(container.querySelectorAll<HTMLElement>(BLOCK_SELECTOR))) block.tabIndex = 0;

  const show = (block: HTMLElement) => {
    if (current === block && button.isConnected) return;
    current = block;
    block.after(button);
    // Over the block's top end: the block's box is the one the pointer or focus is on.
    button.style.top = `${block.offsetTop}px`;
  };
  const blockOf = (target: EventTarget | null): HTMLElement | null => {
    const el = target as Element | null;
    const block = el?.closest?.(BLOCK_SELECTOR) as HTMLElement | null | undefined;
    return block && container.contains(block) ? block : null;
  };
  const onOver = (event: Event) => {
    const block = blockOf(event.target);
    if (block) show(block);
  };
  const onFocus = (event: Event) => {
    if (event.target === button) return;
    const block = blockOf(event.target);
    if (block) show(block);
  };
  const onClick = (event: Event) => {
    event.preventDefault();
    const index = Number(current?.getAttribute('data-folio-block'));
    if (current && Number.isInteger(index)) onRemove(index);
  };
  container.addEventListener('mouseover', onOver);
  container.addEventListener('focusin', onFocus);
  button.addEventListener('click', onClick);
  return () => {
    container.removeEventListener('mouseover', onOver);
    container.removeEventListener('focusin', onFocus);
    button.removeEventListener('click', onClick);
    button.remove();
  };
}
