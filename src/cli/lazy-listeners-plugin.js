// An esbuild plugin for the `folio` bundle: linkedom gives every node a listener map in a WeakMap
// when it is created, though the engine never listens to anything. On tests/stress "wide"
// (200,000 elements) those maps cost 2 of the 10 s (the constructor and the garbage collector's
// weak-map work). The bundle creates a node's map when it first gets a listener instead; events
// behave the same. Plain JavaScript, like build-options.js.
import { readFile } from 'node:fs/promises';

const EAGER = 'constructor() {\n    wm.set(this, new Map);\n  }';
const EAGER_READS = [
  'const map = wm.get(this);\n    if (!map.has(type)) ',
  'const map = wm.get(this);\n    if (map.has(type))',
];
const LAZY_READS = [
  'if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);\n    if (!map.has(type)) ',
  'const map = wm.get(this);\n    if (map && map.has(type))',
];

/** @type {import('esbuild').Plugin} */
export const lazyListenersPlugin = {
  name: 'folio-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      // A linkedom whose source moved on is bundled as it is: slower, never different.
      if (!source.includes(EAGER) || !EAGER_READS.every((text) => source.includes(text))) return undefined;
      source = source.replace(EAGER, 'constructor() {}');
      EAGER_READS.forEach((text, i) => {
        source = source.replace(text, LAZY_READS[i]);
      });
      return { contents: source, loader: 'js' };
    });
  },
};
