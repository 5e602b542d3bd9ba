// `npm run build`: bundles the extension for Chrome and Firefox (same code, per-browser manifest),
// the engine as an ES module library and the `folio` command, then prints the bundle sizes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { cliBuildOptions } from '../cli/build-options.js';
import { libraryPatchesPlugin, noFallbackMessagesPlugin, popupStylesheet, rawTextPlugin } from './ui-build';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const TARGETS = ['chrome', 'firefox'] as const;
// What one build writes under dist/ (package.ts adds the zips beside them).
const OUTPUT_PARTS = ['chrome', 'firefox', 'lib', 'cli'];
type Target = (typeof TARGETS)[number];
// Chrome 120 / Firefox 140 (the manifest's strict_min_version): popover, :has(), structuredClone.
// Chrome 123 and Firefox 120 are the first with CSS light-dark(), which the popup's palette uses.
const BROWSER_TARGETS = ['chrome123', 'firefox140'];
// The detection script runs on every page: issue 3 caps it at 15 KB minified.
const DETECT_LIMIT_BYTES = 15 * 1024;
const FONT_DIR = path.join(ROOT, 'node_modules/@fontsource/opendyslexic/files');
const FONT_FILES = ['opendyslexic-latin-400-normal.woff2', 'opendyslexic-latin-700-normal.woff2'];

const rel = (file: string): string => path.relative(ROOT, file);

/** The manifest for one browser: Chrome drops the Firefox-only keys. */
export function manifestFor(target: Target, source: Record<string, unknown>): Record<string, unknown> {
  const manifest = structuredClone(source);
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: 'background.js' };
  } else {
    // Firefox does not know use_dynamic_url (its resource URLs are per-install random already).
    const resources = manifest.web_accessible_resources as Array<Record<string, unknown>> | undefined;
    for (const entry of resources ?? []) delete entry.use_dynamic_url;
  }
  return manifest;
}

export function extensionBundles(outdir: string, plugins: Plugin[]): BuildOptions[] {
  const common: BuildOptions = {
    plugins: [...plugins, rawTextPlugin, libraryPatchesPlugin, noFallbackMessagesPlugin],
    bundle: true,
    format: 'iife',
    target: BROWSER_TARGETS,
    platform: 'browser',
    outdir,
    logLevel: 'warning',
    legalComments: 'none',
    // Shipped builds never speak with the scripted test engine (src/ui/speech/engine-choice.ts).
    define: { 'process.env.NODE_ENV': '"production"', __FOLIO_SCRIPTED_SPEECH__: 'false' },
  };
  return [
    { ...common, entryPoints: { background: 'src/extension/background.ts' } },
    { ...common, entryPoints: { detect: 'src/extension/content/detect.ts' }, minify: true },
    { ...common, entryPoints: { boot: 'popup/boot.ts' }, minify: true },
    { ...common, entryPoints: { article: 'src/extension/content/article-script.ts' }, minify: true },
    {
      ...common,
      entryPoints: { reader: 'src/extension/content/reader.ts' },
      jsx: 'automatic',
      jsxImportSource: 'preact',
      minify: true,
    },
    {
      ...common,
      entryPoints: { popup: 'popup/main.tsx' },
      jsx: 'automatic',
      jsxImportSource: 'preact',
      minify: true,
      // popup.css is assembled by copyStatic; a CSS import in the code would be bundled beside it.
      loader: { '.css': 'css' },
    },
  ];
}

async function copyStatic(
  outdir: string,
  target: Target,
  manifestSource: Record<string, unknown>,
): Promise<void> {
  await mkdir(path.join(outdir, 'icons'), { recursive: true });
  await mkdir(path.join(outdir, 'fonts'), { recursive: true });
  const manifest = manifestFor(target, manifestSource);
  await writeFile(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const name of await readdir(path.join(ROOT, 'icons'))) {
    if (name.endsWith('.png'))
      await copyFile(path.join(ROOT, 'icons', name), path.join(outdir, 'icons', name));
  }
  for (const name of FONT_FILES) await copyFile(path.join(FONT_DIR, name), path.join(outdir, 'fonts', name));
  await copyFile(path.join(ROOT, 'popup/popup.html'), path.join(outdir, 'popup.html'));
  // The UI text of every locale (the manifest's default_locale and __MSG_ keys need it).
  await cp(path.join(ROOT, '_locales'), path.join(outdir, '_locales'), { recursive: true });
  await writeFile(path.join(outdir, 'popup.css'), await popupStylesheet(ROOT));
}

async function buildLibraries(out: string, plugins: Plugin[]): Promise<string[]> {
  const outputs: string[] = [];
  const lib = path.join(out, 'lib/index.js');
  await build({
    entryPoints: ['src/lib/index.ts'],
    plugins,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: lib,
    logLevel: 'warning',
  });
  // The public types: the engine's data shapes (declarations emitted by tsc, so `as const` values
  // become valid ambient declarations) plus the two functions. Type-only, like src/core/types.ts.
  const tsc = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsc'),
    [
      'src/core/types.ts',
      '--ignoreConfig',
      '--declaration',
      '--emitDeclarationOnly',
      '--outDir',
      path.join(out, 'lib'),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`tsc (declarations) failed: ${tsc.stdout}${tsc.stderr}`);
  await writeFile(
    path.join(out, 'lib/index.d.ts'),
    `import type { DetectionResult, DetectOptions, ExtractOptions, ExtractResult } from './types.js';
export type * from './types.js';
export declare function extractArticle(doc: Document, options?: ExtractOptions): ExtractResult;
export declare function isProbablyArticle(doc: Document, options?: DetectOptions): DetectionResult;
`,
  );
  outputs.push(lib);
  const cli = path.join(out, 'cli/folio.js');
  const cliOptions = cliBuildOptions(ROOT, cli);
  await build({ ...cliOptions, plugins: [...(cliOptions.plugins ?? []), ...plugins], logLevel: 'warning' });
  outputs.push(cli);
  return outputs;
}

async function size(file: string): Promise<string> {
  const bytes = (await stat(file)).size;
  return `${(bytes / 1024).toFixed(1).padStart(7)} KB  ${rel(file)}`;
}

/** Moves a freshly built `part` from the staging folder over dist/`part` (swap by rename). */
async function swapIn(stage: string, part: string): Promise<void> {
  const fresh = path.join(stage, part);
  if (!existsSync(fresh)) return;
  const target = path.join(DIST, part);
  // The old build moves into the staging folder (deleted below): a test reading dist/ meanwhile sees
  // either the old build or the new one, never a half-written folder.
  if (existsSync(target)) await rename(target, path.join(stage, `${part}.old`));
  await rename(fresh, target);
}

/** Builds everything; `plugins` go to every esbuild run (for tools that wrap the build). */
export async function buildAll(plugins: Plugin[] = []): Promise<void> {
  const started = performance.now();
  process.chdir(ROOT);
  await mkdir(DIST, { recursive: true });
  const stage = await mkdtemp(path.join(DIST, '.build-'));
  try {
    const manifestSource = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const chromeDir = path.join(stage, 'chrome');
    // Bundle once into chrome/, then copy the bundles to firefox/: the code is the same.
    const [libs] = await Promise.all([
      buildLibraries(stage, plugins),
      Promise.all(extensionBundles(chromeDir, plugins).map((options) => build(options))),
    ]);
    const firefoxDir = path.join(stage, 'firefox');
    await mkdir(firefoxDir, { recursive: true });
    for (const name of await readdir(chromeDir)) {
      if (name.endsWith('.js') || name.endsWith('.css'))
        await copyFile(path.join(chromeDir, name), path.join(firefoxDir, name));
    }
    await Promise.all([
      copyStatic(chromeDir, 'chrome', manifestSource),
      copyStatic(firefoxDir, 'firefox', manifestSource),
    ]);
    for (const part of OUTPUT_PARTS) await swapIn(stage, part);
    const finalChrome = path.join(DIST, 'chrome');
    const files = (await readdir(finalChrome)).filter(
      (name) => name.endsWith('.js') || name.endsWith('.css'),
    );
    const lines = await Promise.all([
      ...files.map((name) => size(path.join(finalChrome, name))),
      ...libs.map((file) => size(path.join(DIST, path.relative(stage, file)))),
    ]);
    console.log(lines.join('\n'));
    const detectBytes = (await stat(path.join(finalChrome, 'detect.js'))).size;
    console.log(
      `detection content script: ${(detectBytes / 1024).toFixed(1)} KB minified (limit ${DETECT_LIMIT_BYTES / 1024} KB)`,
    );
    console.log(`built dist/chrome and dist/firefox in ${Math.round(performance.now() - started)} ms`);
    if (detectBytes > DETECT_LIMIT_BYTES) {
      console.error('detect.js is over its size limit');
      process.exitCode = 1;
    }
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
