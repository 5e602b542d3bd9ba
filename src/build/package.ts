// `npm run package` (after the build): zips dist/chrome and dist/firefox into dist/folio-<browser>-<version>.zip,
// ready for the Chrome Web Store and addons.mozilla.org (manifest.json at the root of each archive).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Zippable, zipSync } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const BROWSERS = ['chrome', 'firefox'] as const;
// A fixed timestamp: the same build gives byte-identical archives.
const FIXED_MTIME = new Date('2026-01-01T00:00:00Z');

async function collect(dir: string, prefix = ''): Promise<Zippable> {
  const files: Zippable = {};
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, await collect(full, `${name}/`));
    else files[name] = [new Uint8Array(await readFile(full)), { mtime: FIXED_MTIME }];
  }
  return files;
}

async function main(): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(DIST, 'chrome/manifest.json'), 'utf8')) as {
    version: string;
  };
  for (const browser of BROWSERS) {
    const source = path.join(DIST, browser);
    const files = await collect(source);
    const zip = zipSync(files, { level: 9 });
    const out = path.join(DIST, `folio-${browser}-${manifest.version}.zip`);
    await writeFile(out, zip);
    console.log(`${((await stat(out)).size / 1024).toFixed(1).padStart(7)} KB  ${path.relative(ROOT, out)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
