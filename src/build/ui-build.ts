// What the extension's UI needs from the build: stylesheets as text for the reader's shadow root,
// the popup's stylesheet assembled from the shared ones, and libraries without markup assignments.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';

const RAW_SUFFIX = /\?raw$/;
/** Shared sheets first, then the popup's own (popup/popup.css), concatenated into dist's popup.css. */
const POPUP_SHEETS = ['src/ui/styles/palette.css', 'src/ui/styles/article.css', 'popup/popup.css'];
interface LibraryPatch {
  module: RegExp;
  find: RegExp;
  replace: string;
}
// Markup assignments inside libraries, taken out at build time: sanitized content goes in as nodes,
// so Folio needs neither, and store review (web-ext lint) then sees no unsafe assignment at all.
const LIBRARY_PATCHES: readonly LibraryPatch[] = [
  // Preact's dangerouslySetInnerHTML branch: Folio never uses that prop, so no markup can get in
  // through Preact either.
  {
    module: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/,
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
    replace: '(void 0)',
  },
  // DOMPurify's parser fallback for non-HTML namespaces and browsers without DOMParser: Folio
  // sanitizes HTML only, in browsers that all have DOMParser. Without it the input comes out empty.
  {
    module: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    find: /doc\.documentElement\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;/g,
    replace: '',
  },
];

// Node's English catalog (src/ui/i18n/fallback-messages.ts): in the extension the browser's i18n
// serves every locale from _locales/, so the bundles get an empty stand-in instead.
const FALLBACK_MESSAGES_MODULE = /[\\/]i18n[\\/]fallback-messages(\.ts)?$/;

export const noFallbackMessagesPlugin: Plugin = {
  name: 'no-fallback-messages',
  setup(build) {
    build.onResolve({ filter: /fallback-messages$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path),
      namespace: 'no-fallback-messages',
    }));
    build.onLoad({ filter: FALLBACK_MESSAGES_MODULE, namespace: 'no-fallback-messages' }, () => ({
      contents: 'export const FALLBACK_MESSAGES = {};',
      loader: 'js',
    }));
  },
};

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

export const libraryPatchesPlugin: Plugin = {
  name: 'library-patches',
  setup(build) {
    for (const patch of LIBRARY_PATCHES) {
      build.onLoad({ filter: patch.module }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(patch.find, patch.replace);
        // A release that writes it differently must be looked at, not silently shipped.
        if (contents === source) throw new Error(`${args.path}: ${patch.find} not found`);
        return { contents, loader: 'js' };
      });
    }
  },
};

export async function popupStylesheet(root: string): Promise<string> {
  const parts = await Promise.all(POPUP_SHEETS.map((file) => readFile(path.join(root, file), 'utf8')));
  return parts.join('\n');
}
