// What the extension's UI needs from the build: stylesheets as text for the reader's shadow root,
// the popup's stylesheet assembled from the shared ones, and Preact without its markup assignment.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';

const RAW_SUFFIX = /\?raw$/;
/** Shared sheets first, then the popup's own (popup/popup.css), concatenated into dist's popup.css. */
const POPUP_SHEETS = ['src/ui/styles/palette.css', 'src/ui/styles/article.css', 'popup/popup.css'];
// Preact's only innerHTML assignment from a variable: the dangerouslySetInnerHTML branch. Folio never
// uses that prop (sanitized content goes in as nodes), so the build takes it out: no markup can be
// assigned through Preact, and store review (web-ext lint) sees no unsafe assignment.
const PREACT_MODULE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/;
const PREACT_INNER_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

/** `import css from './x.css?raw'`: the file's text as a string (the reader's shadow root). */
export const rawTextPlugin: Plugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: RAW_SUFFIX }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(RAW_SUFFIX, '')),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

export const preactWithoutInnerHtmlPlugin: Plugin = {
  name: 'preact-without-inner-html',
  setup(build) {
    build.onLoad({ filter: PREACT_MODULE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(PREACT_INNER_HTML, '(void 0)');
      // A Preact release that writes it differently must be looked at, not silently shipped.
      if (contents === source) throw new Error(`${args.path}: dangerouslySetInnerHTML branch not found`);
      return { contents, loader: 'js' };
    });
  },
};

export async function popupStylesheet(root: string): Promise<string> {
  const parts = await Promise.all(POPUP_SHEETS.map((file) => readFile(path.join(root, file), 'utf8')));
  return parts.join('\n');
}
