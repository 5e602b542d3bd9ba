#!/usr/bin/env node
// package.json "bin" entry for `folio`. Runs the built command (dist/cli/folio.js, written by
// `npm run build`); on a fresh checkout where nothing is built yet, builds just the command first
// with esbuild so that `npx folio` works straight after `npm install`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = path.join(root, 'dist', 'cli', 'folio.js');

if (!existsSync(built)) {
  const [{ build }, { cliBuildOptions }] = await Promise.all([
    import('esbuild'),
    import('./build-options.js'),
  ]);
  await build(cliBuildOptions(root, built));
}

// EPIPE (`folio extract ... | head`) is the reader going away, not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
