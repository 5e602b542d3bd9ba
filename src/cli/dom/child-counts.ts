// childElementCount in constant time for linkedom. linkedom counts by building the list of element
// children on every read, and the engine reads the count for each ancestor of each paragraph while
// scoring: 19 of the 30 s on tests/stress "huge" (5 MB). jsdom answers from a cached live collection;
// here each parent keeps its count until its own children change (every change of children in
// linkedom goes through insertBefore or a child's remove()).
import { emptyDocument } from './tree-adapter';

const COUNT = Symbol('folio-child-element-count');
const INSTALLED = Symbol.for('folio-child-counts');
const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

type Counted = Node & { [COUNT]?: number | undefined };

function owner(start: object, key: string): object {
  for (let proto: object | null = start; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.hasOwn(proto, key)) return proto;
  }
  throw new Error(`linkedom has no ${key}`);
}

function forget(node: Node | null): void {
  if (node) (node as Counted)[COUNT] = undefined;
}

/** Wraps linkedom's own `key` method so that the parents it changes forget their counts first. */
function wrap(target: object, key: string, parentsOf: (self: Node, args: unknown[]) => Node[]): void {
  const proto = owner(target, key);
  const original = (proto as Record<string, (...args: unknown[]) => unknown>)[key]!;
  Object.defineProperty(proto, key, {
    configurable: true,
    writable: true,
    value(this: Node, ...args: unknown[]) {
      for (const parent of parentsOf(this, args)) forget(parent);
      return original.apply(this, args);
    },
  });
}

/** Installs the cached count on linkedom's classes; later calls do nothing. */
export function installChildCounts(): void {
  const doc = emptyDocument();
  const element = doc.createElement('div');
  const proto = owner(element, 'childElementCount') as { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  Object.defineProperty(proto, INSTALLED, { value: true });
  wrap(element, 'insertBefore', (self, [node]) => {
    const moved = node as Node;
    // A fragment's children all move out of it.
    return moved.nodeType === DOCUMENT_FRAGMENT_NODE ? [self, moved] : [self, moved.parentNode!];
  });
  wrap(element, 'remove', (self) => [self.parentNode!]);
  wrap(doc.createTextNode(''), 'remove', (self) => [self.parentNode!]);
  wrap(doc.createComment(''), 'remove', (self) => [self.parentNode!]);
  Object.defineProperty(proto, 'childElementCount', {
    configurable: true,
    get(this: Counted) {
      let count = this[COUNT];
      if (count === undefined) {
        count = 0;
        for (let child = this.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === ELEMENT_NODE) count++;
        }
        this[COUNT] = count;
      }
      return count;
    },
  });
}
