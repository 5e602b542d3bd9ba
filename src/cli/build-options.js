// How the `folio` command is bundled, in one place for `npm run build` (src/build/build.ts), the
// first `npx folio` on a fresh checkout (bin.js) and the CLI tests. Plain JavaScript: bin.js runs
// under Node with no TypeScript loader.
import path from 'node:path';
import { lazyListenersPlugin } from './lazy-listeners-plugin.js';

/**
 * The command (folio.js) and its worker thread (folio-worker.js) in the folder of `outfile`, split
 * into shared chunks. parse5 and linkedom are bundled in: Node resolves and loads one file faster
 * than a package's hundred. jsdom (only for --format markdown|html, loaded on demand) reads files
 * relative to itself at run time and cannot be bundled; dompurify stays beside it.
 * @param {string} root the repository root
 * @param {string} outfile where the command goes (its folder takes the worker and the chunks)
 * @returns {import('esbuild').BuildOptions}
 */
export function cliBuildOptions(root, outfile) {
  const name = path.basename(outfile, '.js');
  return {
    entryPoints: {
      [name]: path.join(root, 'src', 'cli', 'folio.ts'),
      [`${name}-worker`]: path.join(root, 'src', 'cli', 'worker.ts'),
    },
    outdir: path.dirname(outfile),
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom', 'dompurify'],
    plugins: [lazyListenersPlugin],
    logLevel: 'error',
  };
}
