// A live TreeWalker, as the DOM standard defines it, for linkedom documents. linkedom's own walker
// copies every node under the root into an array when it is created and offers only nextNode():
// the engine's walks that stop early (a bounded look around a node) then cost the whole subtree, and
// its walks that move to a first child, a sibling or a parent are not possible at all.

const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

type Filter = ((node: Node) => number) | { acceptNode(node: Node): number } | null;

/** NodeFilter.SHOW_* bit of a node type (1 << (nodeType - 1)), as the standard maps them. */
const showBit = (node: Node): number => 1 << (node.nodeType - 1);

export class LiveTreeWalker {
  readonly root: Node;
  readonly whatToShow: number;
  readonly filter: Filter;
  currentNode: Node;

  constructor(root: Node, whatToShow = 0xffffffff, filter: Filter = null) {
    this.root = root;
    this.whatToShow = whatToShow;
    this.filter = filter;
    this.currentNode = root;
  }

  private accept(node: Node): number {
    if ((this.whatToShow & showBit(node)) === 0) return FILTER_SKIP;
    const filter = this.filter;
    if (!filter) return FILTER_ACCEPT;
    return typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
  }

  parentNode(): Node | null {
    let node: Node | null = this.currentNode;
    while (node && node !== this.root) {
      node = node.parentNode;
      if (node && this.accept(node) === FILTER_ACCEPT) {
        this.currentNode = node;
        return node;
      }
    }
    return null;
  }

  firstChild(): Node | null {
    return this.traverseChildren(true);
  }

  lastChild(): Node | null {
    return this.traverseChildren(false);
  }

  nextSibling(): Node | null {
    return this.traverseSiblings(true);
  }

  previousSibling(): Node | null {
    return this.traverseSiblings(false);
  }

  nextNode(): Node | null {
    let node = this.currentNode;
    let result = FILTER_ACCEPT;
    for (;;) {
      while (result !== FILTER_REJECT && node.firstChild) {
        node = node.firstChild;
        result = this.accept(node);
        if (result === FILTER_ACCEPT) {
          this.currentNode = node;
          return node;
        }
      }
      let sibling: Node | null = null;
      let temporary: Node | null = node;
      while (temporary) {
        if (temporary === this.root) return null;
        sibling = temporary.nextSibling;
        if (sibling) break;
        temporary = temporary.parentNode;
      }
      if (!sibling) return null;
      node = sibling;
      result = this.accept(node);
      if (result === FILTER_ACCEPT) {
        this.currentNode = node;
        return node;
      }
    }
  }

  previousNode(): Node | null {
    let node = this.currentNode;
    while (node !== this.root) {
      let sibling = node.previousSibling;
      while (sibling) {
        node = sibling;
        let result = this.accept(node);
        while (result !== FILTER_REJECT && node.lastChild) {
          node = node.lastChild;
          result = this.accept(node);
        }
        if (result === FILTER_ACCEPT) {
          this.currentNode = node;
          return node;
        }
        sibling = node.previousSibling;
      }
      const parent = node.parentNode;
      if (node === this.root || !parent) return null;
      node = parent;
      if (this.accept(node) === FILTER_ACCEPT) {
        this.currentNode = node;
        return node;
      }
    }
    return null;
  }

  private traverseChildren(first: boolean): Node | null {
    let node: Node | null = first ? this.currentNode.firstChild : this.currentNode.lastChild;
    while (node) {
      const result = this.accept(node);
      if (result === FILTER_ACCEPT) {
        this.currentNode = node;
        return node;
      }
      if (result === FILTER_SKIP) {
        const child: Node | null = first ? node.firstChild : node.lastChild;
        if (child) {
          node = child;
          continue;
        }
      }
      while (node) {
        const sibling: Node | null = first ? node.nextSibling : node.previousSibling;
        if (sibling) {
          node = sibling;
          break;
        }
        const parent: Node | null = node.parentNode;
        if (!parent || parent === this.root || parent === this.currentNode) return null;
        node = parent;
      }
    }
    return null;
  }

  private traverseSiblings(next: boolean): Node | null {
    let node: Node | null = this.currentNode;
    if (node === this.root) return null;
    for (;;) {
      let sibling: Node | null = next ? node.nextSibling : node.previousSibling;
      while (sibling) {
        node = sibling;
        const result = this.accept(node);
        if (result === FILTER_ACCEPT) {
          this.currentNode = node;
          return node;
        }
        sibling = next ? node.firstChild : node.lastChild;
        if (result === FILTER_REJECT || !sibling) sibling = next ? node.nextSibling : node.previousSibling;
      }
      node = node.parentNode;
      if (!node || node === this.root) return null;
      if (this.accept(node) === FILTER_ACCEPT) return null;
    }
  }
}
