// The work copy built element by element with an explicit stack, for pages the native clone cannot
// take (copy-natively.ts): open shadow roots are flattened into the copy (their content is page
// content, slots filled with the host's light children), nesting past MAX_COPY_DEPTH is flattened
// and over-long child lists are cut, so hostile pages give a bounded tree.
import type { RemovedBlock } from '../types';
import { type CopyResult, type PairHook, PLAYER_TAGS, type PlayerHook } from './copy-result';
import {
  copyNoscript,
  createLike,
  isHidden,
  MAX_CHILDREN_PER_PARENT,
  MAX_COPY_DEPTH,
  recordHidden,
  SKIP_TAGS,
  swallowTest,
} from './copy-rules';
import type { Deadline } from './deadline';
import { isMenu, placeholderFor, type SetAside } from './set-aside-navigation';
import { preview, textOf } from './text';

interface Frame {
  src: Node;
  dst: Node;
  /** The shadow host whose <slot>s this node's subtree fills, when inside a shadow tree. */
  host: Element | null;
  /** Depth of dst in the copy. */
  depth: number;
  /** Set on the exit frame of an element: its finished copy, appended to dst then. */
  copy?: Element;
}

/** Copies into `body`, an empty element of the inert document. */
export function copyNodeByNode(
  srcBody: Element,
  body: Element,
  deadline: Deadline,
  pair?: PairHook,
  player?: PlayerHook,
): CopyResult {
  const doc = body.ownerDocument;
  const removed: RemovedBlock[] = [];
  const noscripts: Element[] = [];
  const setAside: SetAside = new Map();
  const swallowsPage = swallowTest(srcBody);

  // Light children of a shadow host belong to the tree the host itself sits in (maybe another shadow tree).
  const enclosingHost = new Map<Element, Element | null>();
  const stack: Frame[] = [];
  const truncated: Truncation = { count: 0, sample: '' };
  pushChildren(stack, srcBody, body, null, 0, truncated);
  while (stack.length) {
    deadline.tick();
    const { src, dst, host, depth, copy: done } = stack.pop()!;
    if (done) {
      dst.appendChild(done);
      continue;
    }
    if (src.nodeType === 3) {
      dst.appendChild(doc.createTextNode(src.nodeValue ?? ''));
      continue;
    }
    if (src.nodeType !== 1) continue;
    const el = src as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) {
      // A hidden player is dropped as the native copy's hidden pass drops it.
      const shown =
        player && PLAYER_TAGS.has(tag) && !isHidden(el, el.getAttributeNames()) ? player(el, doc) : null;
      if (shown) dst.appendChild(shown);
      continue;
    }
    if (tag === 'noscript') {
      if (swallowsPage(el)) {
        pushChildren(stack, el, dst, host, depth, truncated);
        continue;
      }
      const ns = copyNoscript(el, doc);
      if (ns) {
        dst.appendChild(ns);
        noscripts.push(ns);
      }
      continue;
    }
    if (tag === 'slot' && host) {
      // A slot shows the host's light children assigned to it, or its own fallback content.
      const name = el.getAttribute('name') ?? '';
      const assigned: Node[] = [];
      for (let c = host.firstChild; c; c = c.nextSibling) {
        const slotName = c.nodeType === 1 ? ((c as Element).getAttribute('slot') ?? '') : '';
        if (slotName === name && (c.nodeType === 1 || (c.nodeType === 3 && name === ''))) assigned.push(c);
      }
      const outerHost = enclosingHost.get(host) ?? null;
      if (assigned.length) {
        for (let i = assigned.length - 1; i >= 0; i--)
          stack.push({ src: assigned[i]!, dst, host: outerHost, depth });
      } else pushChildren(stack, el, dst, host, depth, truncated);
      continue;
    }
    // One read of the attribute names serves the hidden test and the copy.
    const names = el.getAttributeNames();
    if (names.length && isHidden(el, names)) {
      recordHidden(el, removed);
      continue;
    }
    if (tag === 'nav' && isMenu(el)) {
      dst.appendChild(placeholderFor(el, doc, setAside));
      continue;
    }
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) enclosingHost.set(el, host);
    // Past this depth wrappers are dropped and their content joins the deepest kept ancestor, so
    // the copy stays shallow (jsdom's own tree updates recurse once per ancestor level).
    if (depth >= MAX_COPY_DEPTH) {
      pushChildren(stack, shadow ?? el, dst, shadow ? el : host, depth, truncated);
      continue;
    }
    // The copy joins its parent only once its own children are in (bottom-up): jsdom's insertion
    // work walks the new node's ancestors, which are then few and not yet in the document.
    const copy = createLike(doc, el, names);
    pair?.(el, copy);
    stack.push({ src: el, dst, host, depth, copy });
    pushChildren(stack, shadow ?? el, copy, shadow ? el : host, depth + 1, truncated);
  }
  if (truncated.count)
    removed.push({
      kind: 'other',
      text: preview(truncated.sample),
      reason: `${truncated.count} more items of over-long lists left out (page too large)`,
    });
  return { removed, noscripts, setAside };
}

/** Nodes past MAX_CHILDREN_PER_PARENT in one parent: how many, and a sample of what they said. */
interface Truncation {
  count: number;
  sample: string;
}

function pushChildren(
  stack: Frame[],
  src: Node,
  dst: Node,
  host: Element | null,
  depth: number,
  truncated: Truncation,
): void {
  const kept: Node[] = [];
  let c = src.firstChild;
  let full = 0;
  for (; c; c = c.nextSibling) {
    if (c.nodeType === 1 && c.firstChild && ++full > MAX_CHILDREN_PER_PARENT) break;
    kept.push(c);
  }
  if (c) {
    for (; c; c = c.nextSibling) {
      truncated.count++;
      if (!truncated.sample && c.nodeType === 1) truncated.sample = textOf(c, 200);
    }
  }
  for (let i = kept.length - 1; i >= 0; i--) stack.push({ src: kept[i]!, dst, host, depth });
}
