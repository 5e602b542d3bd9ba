// How the `folio` command is bundled, in one place for `npm run build` (src/build/build.ts), the
// first `npx folio` on a fresh checkout (bin.js) and the CLI tests. Plain JavaScript: bin.js runs
// under Node with no TypeScript loader.
import path from 'node:path';

/**
 * @param {string} root the repository root
 * @param {string} outfile where the bundle goes
 * @returns {import('esbuild').BuildOptions}
 */
export function cliBuildOptions(root, outfile) {
  return {
    entryPoints: [path.join(root, 'src', 'cli', 'folio.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsdom loads files relative to itself at run time and cannot be bundled; the other runtime
    // dependencies (dompurify, parse5) stay in node_modules beside it too.
    packages: 'external',
    logLevel: 'error',
  };
}
